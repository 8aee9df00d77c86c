/**
 * Resolves on the next turn of the event loop, so a worker can receive "stop" between batches.
 * A MessageChannel is used instead of setTimeout, which browsers clamp to 4 ms when nested,
 * and instead of requestAnimationFrame, which stalls in hidden tabs.
 */
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

export function yieldToEventLoop(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // In Node (unit tests) an open port would keep the process alive; a Node script that trains
    // must therefore keep its own handle open (a pending timer) until training resolves.
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}
