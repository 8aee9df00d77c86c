/**
 * When the store applies a burst of engine and search events: on an animation frame, at most one
 * burst per `minIntervalMs`, so React renders the live charts at a pace the eye follows (20 a
 * second by default: a 100-epoch run that takes a second still grows visibly) and never more than
 * once a frame. A hidden tab gets no frames, so a timer
 * applies the burst instead after `hiddenFallbackMs`: nothing waits for the tab to be shown.
 */
export function frameSchedule({
  minIntervalMs = 50,
  hiddenFallbackMs = 250,
  now = () => performance.now(),
  // Node (unit tests) has no frames: the timer alone applies the burst there.
  frame = typeof requestAnimationFrame === 'function'
    ? (callback: () => void) => requestAnimationFrame(callback)
    : null,
}: {
  minIntervalMs?: number;
  hiddenFallbackMs?: number;
  now?: () => number;
  frame?: ((callback: () => void) => unknown) | null;
} = {}): (flush: () => void) => void {
  let last = -Infinity;
  return (flush) => {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      last = now();
      flush();
    };
    const wait = Math.max(0, last + minIntervalMs - now());
    setTimeout(() => {
      if (frame) frame(run);
      setTimeout(run, frame ? hiddenFallbackMs : 0);
    }, wait);
  };
}
