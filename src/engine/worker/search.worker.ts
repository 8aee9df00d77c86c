import './watch-policy';
import type { SearchReply } from '../client/search-protocol';
import { createSearchRuntime } from './search-runtime';

// Typed view of the dedicated worker global, without pulling the WebWorker lib into the DOM build.
const scope = self as unknown as {
  postMessage(message: SearchReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(
    type: 'unhandledrejection',
    listener: (event: PromiseRejectionEvent) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
};

const runtime = createSearchRuntime({ post: (reply) => scope.postMessage(reply) });

scope.addEventListener('message', (event) => runtime.handle(event.data));
scope.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  runtime.fail(event.reason);
});
scope.addEventListener('error', (event) => {
  event.preventDefault();
  runtime.fail(event.error ?? event.message);
});
