import './watch-policy';
import { startBackend } from './backends';
import type { WorkerReply } from '../client/protocol';
import { createWorkerRuntime } from './worker-runtime';

// Typed view of the dedicated worker global, without pulling the WebWorker lib into the DOM build.
const scope = self as unknown as {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  close(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(
    type: 'unhandledrejection',
    listener: (event: PromiseRejectionEvent) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
};

const runtime = createWorkerRuntime({
  post: (reply, transfer) => scope.postMessage(reply, transfer ?? []),
  startBackend,
  exit: () => scope.close(),
});

scope.addEventListener('message', (event) => {
  void runtime.handle(event.data);
});
// A rejection nobody awaits (a lost GPU device, say) would otherwise leave the UI waiting forever.
scope.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  runtime.fail(event.reason);
});
scope.addEventListener('error', (event) => {
  event.preventDefault();
  runtime.fail(event.error ?? event.message);
});
