import { z } from 'zod';

/** Backends in the order "auto" tries them. */
export const BACKEND_NAMES = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];
export const BACKEND_CHOICES = ['auto', ...BACKEND_NAMES] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];

const backendAttemptSchema = z.object({
  backend: z.enum(BACKEND_NAMES),
  ok: z.boolean(),
  /** Why it failed; null when it started. */
  reason: z.string().nullable(),
});
export type BackendAttempt = z.infer<typeof backendAttemptSchema>;

const backendReportSchema = z.object({
  requested: z.enum(BACKEND_CHOICES),
  active: z.enum(BACKEND_NAMES).nullable(),
  attempts: z.array(backendAttemptSchema),
});
export type BackendReport = z.infer<typeof backendReportSchema>;

const finite = z.number();
const epochMetricsSchema = z.object({
  epoch: z.number().int().min(1),
  loss: finite,
  valLoss: finite,
  accuracy: finite.nullable(),
  valAccuracy: finite.nullable(),
});
export type EpochMetrics = z.infer<typeof epochMetricsSchema>;

const evaluationMetricsSchema = z.object({ loss: finite, accuracy: finite.nullable() });
/** Loss and (for classification) accuracy of the trained model on a held-out set. */
export type EvaluationMetrics = z.infer<typeof evaluationMetricsSchema>;

const runId = z.number().int().min(0);

/** Messages from the main thread to the training worker. The spec stays `unknown` here: the worker validates it. */
export const workerRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    runId,
    spec: z.unknown(),
    backend: z.enum(BACKEND_CHOICES),
  }),
  z.object({ type: z.literal('stop'), runId }),
  // Data only the main thread has (MNIST, an uploaded CSV): transferred once, cached by key.
  z.object({
    type: z.literal('data'),
    key: z.string().min(1).max(200),
    features: z.instanceof(Float32Array),
    targets: z.instanceof(Float32Array),
    count: z.number().int().min(1),
    featureCount: z.number().int().min(1),
  }),
]);
export type WorkerRequest = z.infer<typeof workerRequestSchema>;

/** Messages from the training worker back to the main thread. */
export const workerReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('backend'), runId, report: backendReportSchema }),
  z.object({
    type: z.literal('started'),
    runId,
    backend: z.enum(BACKEND_NAMES),
    params: z.number().int(),
    trainSize: z.number().int(),
    validationSize: z.number().int(),
    batchesPerEpoch: z.number().int(),
  }),
  z.object({
    type: z.literal('progress'),
    runId,
    epoch: z.number().int(),
    batch: z.number().int(),
  }),
  z.object({ type: z.literal('epoch'), runId, metrics: epochMetricsSchema, elapsedMs: z.number() }),
  z.object({
    type: z.literal('finished'),
    runId,
    stopped: z.boolean(),
    epochs: z.number().int(),
    elapsedMs: z.number(),
    tensorsBefore: z.number().int(),
    tensorsAfter: z.number().int(),
    test: evaluationMetricsSchema.nullable(),
  }),
  z.object({ type: z.literal('diverged'), runId, epoch: z.number().int(), message: z.string() }),
  z.object({ type: z.literal('failed'), runId: runId.nullable(), message: z.string() }),
]);
export type WorkerReply = z.infer<typeof workerReplySchema>;

/** Parses a request, or explains in one sentence why it is not one. */
export function parseWorkerRequest(
  data: unknown,
): { ok: true; request: WorkerRequest } | { ok: false; message: string } {
  const parsed = workerRequestSchema.safeParse(data);
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    message: `The training worker got a message it does not understand (${describe(data)}): ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
  };
}

export function parseWorkerReply(
  data: unknown,
): { ok: true; reply: WorkerReply } | { ok: false; message: string } {
  const parsed = workerReplySchema.safeParse(data);
  if (parsed.success) return { ok: true, reply: parsed.data };
  return {
    ok: false,
    message: `The training worker sent a message the app does not understand (${describe(data)}).`,
  };
}

function describe(data: unknown): string {
  if (data === null || typeof data !== 'object') return `a ${data === null ? 'null' : typeof data}`;
  const type = (data as { type?: unknown }).type;
  return typeof type === 'string' ? `type "${type.slice(0, 40)}"` : 'an object without a type';
}
