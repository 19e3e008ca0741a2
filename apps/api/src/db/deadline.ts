/**
 * `promise`, or a rejection with `error()` once `ms` have passed without it settling. The timer does not
 * keep the process alive, and a late rejection of `promise` is handled (nobody is waiting for it any more).
 */
export function withDeadline<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
    timer.unref();
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
