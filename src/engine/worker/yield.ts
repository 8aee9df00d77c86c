/**
 * How often the training loop yields to the event loop, at most: Stop and Pause take effect
 * within this long plus one batch. Yielding after every batch cost a small model ~10% of its
 * speed (a batch of the default MLP takes about 0.5 ms, a round trip about 0.05–0.3 ms).
 */
export const YIELD_INTERVAL_MS = 10;

/**
 * Resolves on the next turn of the event loop, so a worker can receive "stop" between batches.
 * A MessageChannel is used instead of setTimeout, which browsers clamp to 4 ms when nested,
 * and instead of requestAnimationFrame, which stalls in hidden tabs.
 *
 * Node (unit tests, scripts) gets `setImmediate` instead: it drains a MessagePort's queue,
 * messages posted while draining included, up to about a thousand before timers run, so a
 * loop yielding through a port every 10 ms would starve timers for ten seconds.
 */
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;

export function yieldToEventLoop(): Promise<void> {
  if (immediate) return new Promise((resolve) => void immediate(resolve));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}
