import { z } from '../../lib/zod';
import type { Dataset } from '../../data/types';
import type { ExperimentSpec } from '../../experiment/experiment';
import { engineMessage, MessageError, messageSchema } from './engine-messages';
import type { WorkerLike } from './worker-like';

/** What the export worker needs: the spec, the data it cannot make itself, and the README. */
export interface PythonExportRequest {
  spec: ExperimentSpec;
  /** MNIST's images or an uploaded CSV's rows, as the training worker would get them. */
  external: Dataset | null;
  readme: string;
}

export const pythonExportReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), zip: z.instanceof(Uint8Array) }),
  z.object({ ok: z.literal(false), message: messageSchema }),
]);
export type PythonExportReply = z.infer<typeof pythonExportReplySchema>;

const createExportWorker = (): WorkerLike =>
  new Worker(new URL('../worker/python-export.worker.ts', import.meta.url), {
    type: 'module',
    name: 'traintab-python-export',
  });

/**
 * The Python project as a zip, built off the page: splitting MNIST and deflating it takes longer
 * than a frame. One worker per export, closed when it answers; a crash rejects with a message.
 */
export function exportPythonProject(
  request: PythonExportRequest,
  createWorker: () => WorkerLike = createExportWorker,
): Promise<Uint8Array> {
  const worker = createWorker();
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.addEventListener('message', (event) => {
      const parsed = pythonExportReplySchema.safeParse((event as MessageEvent).data);
      if (!parsed.success) reject(new MessageError(engineMessage('export-reply-unreadable')));
      else if (parsed.data.ok) resolve(parsed.data.zip);
      else reject(new MessageError(parsed.data.message));
    });
    // A reply that cannot be deserialised would otherwise leave the export waiting for ever.
    worker.addEventListener('messageerror', () =>
      reject(new MessageError(engineMessage('export-reply-unreadable'))),
    );
    worker.addEventListener('error', (event) => {
      // Without this the browser reports the worker's error as uncaught on the page.
      event.preventDefault();
      const detail = (event as ErrorEvent).message;
      reject(
        new MessageError(
          engineMessage('export-worker-stopped', {
            detail: detail || engineMessage('export-load-failed'),
          }),
        ),
      );
    });
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
