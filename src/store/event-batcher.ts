/**
 * Applies bursts of store updates together: epoch, progress and search events can arrive
 * hundreds of times a second, so they are queued and applied in one `setState` per scheduled
 * tick (charts redraw at most that often). An urgent update (a run or search starting, ending,
 * failing) is applied at once, after everything queued before it, so order is never lost.
 */
export interface EventBatcher<S> {
  push(update: (state: S) => Partial<S>, urgent?: boolean): void;
  /** Applies everything queued now. */
  flush(): void;
}

export function createEventBatcher<S>(
  get: () => S,
  set: (patch: Partial<S>) => void,
  schedule: (flush: () => void) => void,
): EventBatcher<S> {
  let pending: ((state: S) => Partial<S>)[] = [];
  let scheduled = false;
  function flush(): void {
    scheduled = false;
    if (pending.length === 0) return;
    const updates = pending;
    pending = [];
    let patch: Partial<S> = {};
    for (const update of updates) patch = { ...patch, ...update({ ...get(), ...patch }) };
    set(patch);
  }
  return {
    push(update, urgent = false) {
      pending.push(update);
      if (urgent) flush();
      else if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
    },
    flush,
  };
}
