import { startBackend } from './backends';
import type { WorkerReply } from './protocol';
import { createWorkerRuntime } from './worker-runtime';

// Typed view of the dedicated worker global, without pulling the WebWorker lib into the DOM build.
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

const runtime = createWorkerRuntime({ post: (reply) => scope.postMessage(reply), startBackend });

scope.addEventListener('message', (event) => {
  void runtime.handle(event.data);
});
