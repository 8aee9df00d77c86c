/**
 * Storage writes one after another, in the order asked: a later write never lands before an
 * earlier one. The first failure is told once; later writes still go.
 */
export function createWriteQueue(onError: (error: unknown) => void) {
  let queue: Promise<void> = Promise.resolve();
  let failed = false;
  return {
    /** Queues a write; resolves once it (and every write before it) has settled. */
    push(write: () => Promise<void>): Promise<void> {
      queue = queue.then(write).catch((error: unknown) => {
        if (failed) return;
        failed = true;
        onError(error);
      });
      return queue;
    },
    /** Resolves once every write so far has settled. */
    settled: () => queue,
  };
}
