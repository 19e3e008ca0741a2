/**
 * Runs `run` in a task of its own just after the next frame is painted (a timer set from inside
 * requestAnimationFrame fires after that frame): for work that should neither delay what is about to
 * show nor make one long task with it.
 */
export function afterNextPaint(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}
