/**
 * Runs `run` in a task of its own just after the next frame is painted (a timer set from inside
 * requestAnimationFrame fires after that frame): for work that should neither delay what is about to
 * show nor make one long task with it.
 */
export function afterNextPaint(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}

/**
 * An idle period this long means no frame is waiting to be drawn: Chromium grants up to 50 ms when nothing
 * is scheduled, and only what is left of the frame (under 16 ms) while a page is still being drawn.
 */
const SETTLED_IDLE_MS = 40;

/**
 * Runs `run` once the page has loaded and finished drawing (a fiche draws its sections over many frames
 * after the first paint): at the first idle period long enough that no frame is pending, and after
 * `maxWaitMs` from the load at the latest, for a page that never settles. For work the reader never waits
 * for and that would otherwise compete with the drawing for a phone's few cores (main.ts: the worker that
 * formats dates, the service worker's download of the app, the packs' sync). Without requestIdleCallback
 * (Safari), one second after the load.
 */
export function whenSettled(run: () => void, maxWaitMs = 5_000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  const start = () => {
    if (typeof requestIdleCallback !== 'function') {
      setTimeout(once, 1_000);
      return;
    }
    setTimeout(once, maxWaitMs);
    const check = (deadline: IdleDeadline) => {
      if (done) return;
      if (deadline.timeRemaining() >= SETTLED_IDLE_MS) once();
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
