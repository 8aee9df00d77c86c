import './watch-policy';
import type { ImportanceReply } from '../client/importance-client';
import { createImportanceRuntime } from './importance-runtime';

// Typed view of the dedicated worker global, without pulling the WebWorker lib into the DOM build.
const scope = self as unknown as {
  postMessage(message: ImportanceReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

const runtime = createImportanceRuntime((reply) => scope.postMessage(reply));
scope.addEventListener('message', (event) => runtime.handle(event.data));
