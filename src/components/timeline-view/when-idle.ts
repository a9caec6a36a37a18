/**
 * How much of an idle period, in ms, a step of idle work needs left to start. Work that runs past
 * the end of its idle period delays the page's next frame; a step that finds less room waits for the
 * next period.
 */
export const IDLE_ROOM = 10;
/** Past this, in ms, a step runs whatever room is left, so that a page that is never idle still gets it. */
const IDLE_TIMEOUT = 2000;

/**
 * Runs `steps` in order once the page is idle, each in an idle period with room for it
 * (requestIdleCallback; a short timeout where there is none, as in Safari), and returns what cancels
 * the steps not run yet. A step may return a promise: the next waits for it.
 */
export function whenIdle(steps: readonly (() => unknown)[]): () => void {
  let cancelled = false;
  let cancelWait = () => {};
  const run = (index: number): void => {
    if (cancelled || index >= steps.length) return;
    cancelWait = idlePeriod(() => void Promise.resolve(steps[index]()).then(() => run(index + 1)));
  };
  run(0);
  return () => {
    cancelled = true;
    cancelWait();
  };
}

/** Calls `work` in the next idle period with IDLE_ROOM ms left, or once IDLE_TIMEOUT ms have passed. */
function idlePeriod(work: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const handle = setTimeout(work, 200);
    return () => clearTimeout(handle);
  }
  const until = performance.now() + IDLE_TIMEOUT;
  let handle = 0;
  const wait = () => {
    handle = requestIdleCallback((deadline) => (deadline.timeRemaining() >= IDLE_ROOM || deadline.didTimeout ? work() : wait()), {
      timeout: Math.max(1, until - performance.now()),
    });
  };
  wait();
  return () => cancelIdleCallback(handle);
}
