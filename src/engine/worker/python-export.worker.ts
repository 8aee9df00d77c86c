import './watch-policy';
import type { PythonExportReply } from '../client/python-export-client';
import { runPythonExport } from './python-export-runtime';

// Typed view of the dedicated worker global, without pulling the WebWorker lib into the DOM build.
const scope = self as unknown as {
  postMessage(message: PythonExportReply, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

scope.addEventListener('message', (event) => {
  const { reply, transfer } = runPythonExport(event.data);
  scope.postMessage(reply, transfer);
});
