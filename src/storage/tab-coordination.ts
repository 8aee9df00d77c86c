/**
 * Tabs of the same site sharing the saved studies: one tab drives a study (trains its trials and
 * writes it), holding a Web Lock named after it; another tab that opens it follows it read-only,
 * re-reading it when the driver announces a write (BroadcastChannel), and takes over when the
 * lock comes free (the driving tab closed or crashed: the browser releases its locks).
 */
export interface TabCoordination {
  /** Becomes the tab driving study `id` if no other tab does; held until `release`. */
  claim(id: string): Promise<boolean>;
  /** Calls `onGranted` once this tab drives study `id` (the other let go); the result cancels. */
  waitFor(id: string, onGranted: () => void): () => void;
  release(id: string): void;
  /** Tells other tabs that study `id` was written. */
  announce(id: string): void;
  /** Calls `onWritten` whenever another tab announces a write of study `id`; the result stops. */
  listen(id: string, onWritten: () => void): () => void;
}

const lockName = (id: string) => `traintab-study:${id}`;

/** The browser's Web Locks and BroadcastChannel; null where either is missing. */
export function browserCoordination(): TabCoordination | null {
  if (
    typeof navigator === 'undefined' ||
    !navigator.locks ||
    typeof BroadcastChannel === 'undefined'
  )
    return null;
  const locks = navigator.locks;
  const channel = new BroadcastChannel('traintab-studies');
  const releases = new Map<string, () => void>();
  const listeners = new Set<{ id: string; onWritten: () => void }>();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const id = (event.data as { written?: unknown } | null)?.written;
    for (const listener of listeners) if (listener.id === id) listener.onWritten();
  };
  /** Holds the lock until release(id) is called. */
  const hold = (id: string) => new Promise<void>((release) => releases.set(id, release));

  return {
    claim: (id) =>
      new Promise((resolve) => {
        void locks.request(lockName(id), { ifAvailable: true }, (lock) => {
          resolve(lock !== null);
          return lock ? hold(id) : undefined;
        });
      }),
    waitFor(id, onGranted) {
      const controller = new AbortController();
      locks
        .request(lockName(id), { signal: controller.signal }, () => {
          onGranted();
          return hold(id);
        })
        // Cancelled before it was granted.
        .catch(() => undefined);
      return () => controller.abort();
    },
    release(id) {
      releases.get(id)?.();
      releases.delete(id);
    },
    announce: (id) => channel.postMessage({ written: id }),
    listen(id, onWritten) {
      const listener = { id, onWritten };
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
