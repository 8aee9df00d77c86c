import { z } from '../../lib/zod';
import type { Message } from '../../lib/message';
import type { ImportanceEvaluator } from '../../search/importance/param-importances';
import { IMPORTANCE_EVALUATORS } from '../../search/importance/param-importances';
import type { ImportanceStudy } from '../../search/importance/importance-study';
import { engineMessage, MessageError, messageSchema } from './engine-messages';
import type { WorkerLike } from './worker-like';

export type { ImportanceEvaluator, ImportanceStudy };

/** Parameters and their importances, most important first; they sum to 1. */
export type Importances = readonly (readonly [string, number])[];

export const importanceRequestSchema = z.object({
  id: z.number().int(),
  study: z.unknown(),
  evaluator: z.enum(IMPORTANCE_EVALUATORS),
  seed: z.number().int().min(0),
});
export type ImportanceRequest = z.infer<typeof importanceRequestSchema>;

export const importanceReplySchema = z.discriminatedUnion('ok', [
  z.object({
    id: z.number().int(),
    ok: z.literal(true),
    importances: z.array(z.tuple([z.string(), z.number()])),
  }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: messageSchema }),
]);
export type ImportanceReply = z.infer<typeof importanceReplySchema>;

/** Computes parameter importances off the page; a newer request supersedes one still open. */
export interface ImportanceComputer {
  /** Resolves with the importances, or null when a newer request superseded this one. */
  compute(
    study: ImportanceStudy,
    evaluator: ImportanceEvaluator,
    seed: number,
  ): Promise<Importances | null>;
  close(): void;
}

const createImportanceWorker = (): WorkerLike =>
  new Worker(new URL('../worker/importance.worker.ts', import.meta.url), {
    type: 'module',
    name: 'traintab-importance',
  });

/**
 * The random forest behind fANOVA takes tens of milliseconds to a few hundred, more than a frame:
 * it runs in a worker of its own. A worker that crashes is replaced at the next request.
 */
export function importanceWorker(
  createWorker: () => WorkerLike = createImportanceWorker,
): ImportanceComputer {
  let worker: WorkerLike | null = null;
  let nextId = 0;
  let pending: {
    id: number;
    resolve(value: Importances | null): void;
    reject(error: Error): void;
  } | null = null;

  const fail = (message: Message) => {
    worker?.terminate();
    worker = null;
    pending?.reject(new MessageError(message));
    pending = null;
  };
  const open = (): WorkerLike => {
    const created = createWorker();
    created.addEventListener('message', (event) => {
      const parsed = importanceReplySchema.safeParse((event as MessageEvent).data);
      if (!parsed.success) return fail(engineMessage('importance-unreadable'));
      const reply = parsed.data;
      if (!pending || pending.id !== reply.id) return;
      const { resolve, reject } = pending;
      pending = null;
      if (reply.ok) resolve(reply.importances);
      else reject(new MessageError(reply.message));
    });
    created.addEventListener('error', (event) => {
      // Without this the browser reports the worker's error as uncaught on the page.
      event.preventDefault();
      const detail = (event as ErrorEvent).message;
      fail(
        engineMessage('importance-worker-stopped', {
          detail: detail || engineMessage('importance-load-failed'),
        }),
      );
    });
    return created;
  };

  return {
    compute(study, evaluator, seed) {
      pending?.resolve(null);
      const id = nextId++;
      worker ??= open();
      const request: ImportanceRequest = { id, study, evaluator, seed };
      return new Promise((resolve, reject) => {
        pending = { id, resolve, reject };
        worker?.postMessage(request);
      });
    },
    close() {
      pending?.resolve(null);
      pending = null;
      worker?.terminate();
      worker = null;
    },
  };
}
