import { z } from '../../lib/zod';
import type { Message, MessageParam } from '../../lib/message';
import { isMessage, message } from '../../lib/message';

/**
 * Everything the engine (the training, probe, search and importance workers and their clients)
 * tells people, as message codes: the UI's words for each are under `engine` in the `messages`
 * namespace (src/ui/i18n/locales/<language>/messages.ts, which must hold exactly these keys).
 * Epochs, seconds and backend names travel as parameters; a reason is a nested message; an
 * exception's own text (TensorFlow.js's, the browser's) travels as it is, as `detail`.
 */
export type EngineMessageCode =
  // Text from elsewhere, shown as it is, and the words that stand in for a missing one.
  | 'detail'
  | 'unknown'
  | 'invalid'
  // A run in the training worker.
  | 'invalid-spec'
  | 'data-missing'
  | 'data-inconsistent'
  | 'busy'
  | 'no-backend'
  | 'attempt'
  | 'attempts'
  | 'incompatible-backend'
  | 'diverged'
  | 'training-failed'
  | 'out-of-memory'
  | 'did-not-start'
  // Why a backend cannot train (the worker's start, "auto"'s measurements).
  | 'wasm-conv2d'
  | 'no-webgpu'
  | 'no-gpu-adapter'
  | 'backend-init-failed'
  | 'backend-mismatch'
  | 'probe-timeout'
  | 'probe-worker-crashed'
  | 'pool-closed'
  | 'measure-failed'
  // The training worker itself: crashes, silence, nonsense.
  | 'training-message-unreadable'
  | 'training-worker-crashed'
  | 'worker-load-failed'
  | 'training-worker-hung'
  | 'request-unreadable'
  | 'reply-unreadable'
  | 'what-value'
  | 'what-type'
  | 'what-untyped'
  // The importance worker.
  | 'importance-unreadable'
  | 'importance-worker-stopped'
  | 'importance-load-failed'
  | 'importance-request-unreadable'
  // The search worker (the sampler).
  | 'search-message-unreadable'
  | 'search-worker-crashed'
  | 'search-closed'
  | 'search-busy'
  | 'search-post-failed'
  | 'search-worker-failed'
  | 'search-request-unreadable'
  | 'search-reply-unreadable'
  // The Python export worker.
  | 'export-request-unreadable'
  | 'export-failed'
  | 'export-reply-unreadable'
  | 'export-worker-stopped'
  | 'export-load-failed';

export type EngineMessage = Message<`messages:engine.${EngineMessageCode}`>;

export const engineMessage = (
  code: EngineMessageCode,
  params?: Readonly<Record<string, MessageParam>>,
): EngineMessage => message(`messages:engine.${code}` as const, params);

/** Text that has no code (an exception's, a record saved before messages had codes), as it is. */
export const textMessage = (detail: string): EngineMessage => engineMessage('detail', { detail });

/**
 * A message as it crosses a worker's boundary or comes back from storage: a code and parameters,
 * each a string, a number or a message.
 */
export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z
    .object({
      code: z.string().min(1),
      params: z.record(z.string(), z.union([z.string(), z.number(), messageSchema])).optional(),
    })
    .transform(({ code, params }) => message(code, params)),
);

/**
 * A message saved by this version, or text saved by one from before messages had codes (an
 * English sentence): read back as a message either way, the text shown as it was.
 */
export const savedMessageSchema: z.ZodType<Message> = z.union([
  z.string().transform(textMessage),
  messageSchema,
]);

/** An error that carries its words as a message: a promise's rejection, a failed load. */
export class MessageError extends Error {
  constructor(
    readonly reason: Message,
    options?: ErrorOptions,
  ) {
    // The code, for a console or a test; people read the reason, in their language.
    super(reason.code, options);
    this.name = 'MessageError';
  }
}

/**
 * What went wrong, as a message: an error's own `reason` message (a MessageError's, or another
 * layer's error that carries one), else the exception's text as it is.
 */
export function errorMessage(error: unknown): Message {
  if (error instanceof Error) {
    const { reason } = error as { reason?: unknown };
    return isMessage(reason) ? reason : textMessage(error.message);
  }
  return isMessage(error) ? error : textMessage(String(error));
}
