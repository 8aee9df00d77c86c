import { z } from '../../lib/zod';
import { ACTIVATIONS } from '../../experiment/activations';
import type { Problem } from '../../experiment/problem';
import { isProblem } from '../../experiment/problem';
import type { Message } from '../../lib/message';
import { engineMessage, messageSchema } from './engine-messages';

/** Backends in the order "auto" tries them. */
export const BACKEND_NAMES = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];
export const BACKEND_CHOICES = ['auto', ...BACKEND_NAMES] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];

const backendAttemptSchema = z.object({
  backend: z.enum(BACKEND_NAMES),
  ok: z.boolean(),
  /** Why it failed; null when it started. */
  reason: messageSchema.nullable(),
});
export type BackendAttempt = z.infer<typeof backendAttemptSchema>;

const backendReportSchema = z.object({
  requested: z.enum(BACKEND_CHOICES),
  active: z.enum(BACKEND_NAMES).nullable(),
  attempts: z.array(backendAttemptSchema),
});
export type BackendReport = z.infer<typeof backendReportSchema>;

const finite = z.number();
export const epochMetricsSchema = z.object({
  epoch: z.number().int().min(1),
  loss: finite,
  valLoss: finite,
  accuracy: finite.nullable(),
  valAccuracy: finite.nullable(),
  /** The learning rate this epoch trained with (it follows the schedule). */
  learningRate: finite,
  /** Spread of the validation metrics over cross-validation folds; null for a single model. */
  valLossStd: finite.nullable(),
  valAccuracyStd: finite.nullable(),
});
export type EpochMetrics = z.infer<typeof epochMetricsSchema>;

const evaluationMetricsSchema = z.object({ loss: finite, accuracy: finite.nullable() });
/** Loss and (for classification) accuracy of the trained model on a held-out set. */
export type EvaluationMetrics = z.infer<typeof evaluationMetricsSchema>;

const runId = z.number().int().min(0);
const epochNumber = z.number().int().min(0);
const range = z.tuple([z.number(), z.number()]);

/**
 * What the model predicts, for the live charts; arrays are transferred, not copied.
 * grid: the output on a size×size grid over [x, y] (row-major, row 0 at y[0], `outputs` values per
 * cell: a probability for binary, class probabilities for multiclass, the value for regression).
 * curve: the predicted y at each x for 1-D regression. confusion: counts on the validation set,
 * matrix[actual * n + predicted]. misclassified: validation images the model got wrong.
 * feature-importance, attributions and hidden-units explain the model; see their fields.
 */
export const predictionsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('grid'),
    epoch: epochNumber,
    size: z.number().int().min(2).max(256),
    x: range,
    y: range,
    outputs: z.number().int().min(1),
    values: z.instanceof(Float32Array),
  }),
  z.object({
    kind: z.literal('curve'),
    epoch: epochNumber,
    xs: z.instanceof(Float32Array),
    ys: z.instanceof(Float32Array),
  }),
  z.object({
    kind: z.literal('confusion'),
    epoch: epochNumber,
    classNames: z.array(z.string()),
    matrix: z.array(z.number().int().min(0)),
  }),
  z.object({
    kind: z.literal('misclassified'),
    epoch: epochNumber,
    width: z.number().int().min(1),
    height: z.number().int().min(1),
    images: z.instanceof(Float32Array),
    predicted: z.array(z.number().int()),
    actual: z.array(z.number().int()),
  }),
  /**
   * Permutation importance (scikit-learn's) on the validation set, for 1-D inputs: per input
   * column, in column order, how much the score drops when that column is shuffled.
   */
  z.object({
    kind: z.literal('feature-importance'),
    epoch: epochNumber,
    /** Accuracy for classification, R² for regression (scikit-learn's default scores). */
    metric: z.enum(['accuracy', 'r2']),
    /** The score of the unshuffled validation set. */
    baseline: finite,
    repeats: z.number().int().min(1),
    /** mean and (population) std over repeats of baseline − shuffled score. */
    features: z.array(z.object({ name: z.string(), mean: finite, std: finite.min(0) })),
  }),
  /**
   * Saliency and integrated gradients of validation digits (wrong ones first). Each digit has a
   * slot for its predicted class and, when it differs, one for its actual class; `classes`,
   * `slotDigits` (index into `digits`) and `completeness` are per slot, and `saliency` and
   * `integrated` hold width×height values per slot, row by row. `images` holds width×height
   * original pixels per digit.
   */
  z.object({
    kind: z.literal('attributions'),
    epoch: epochNumber,
    width: z.number().int().min(1),
    height: z.number().int().min(1),
    /** What is explained: the last Dense layer's pre-activation (logit), or the model's output. */
    target: z.enum(['logit', 'output']),
    /** Integration steps of integrated gradients (from a black image). */
    steps: z.number().int().min(1),
    /** `index` is the digit's row in the validation set; `probability` the predicted class's. */
    digits: z.array(
      z.object({
        index: z.number().int().min(0),
        actual: z.number().int(),
        predicted: z.number().int(),
        probability: finite,
      }),
    ),
    classes: z.array(z.number().int().min(0)),
    slotDigits: z.array(z.number().int().min(0)),
    /** The sum of a slot's integrated gradients, and F(image) − F(black) it should equal. */
    completeness: z.array(z.object({ sum: finite, expected: finite })),
    images: z.instanceof(Float32Array),
    saliency: z.instanceof(Float32Array),
    integrated: z.instanceof(Float32Array),
  }),
  /**
   * For 2-D inputs: the outputs of up to 8 units of each of the first two hidden Dense layers on a
   * size×size grid over [x, y] (like `grid`). `values` holds size×size values per unit, layer by
   * layer and unit by unit, row 0 at y[0].
   */
  z.object({
    kind: z.literal('hidden-units'),
    epoch: epochNumber,
    size: z.number().int().min(2).max(256),
    x: range,
    y: range,
    layers: z.array(
      z.object({
        /** The layer's index in the spec's model.layers. */
        layerIndex: z.number().int().min(0),
        /** How many of its units are shown: its first ones. */
        units: z.number().int().min(1),
        totalUnits: z.number().int().min(1),
        activation: z.enum(ACTIVATIONS),
      }),
    ),
    values: z.instanceof(Float32Array),
  }),
]);
export type Predictions = z.infer<typeof predictionsSchema>;
export type PredictionKind = Predictions['kind'];
export type PredictionsOf<K extends PredictionKind> = Extract<Predictions, { kind: K }>;

/** The slowest pace a run may be given: one epoch every 10 s. */
export const MAX_EPOCH_MS = 10_000;
const epochMsSchema = z.number().min(0).max(MAX_EPOCH_MS);

/** A pace the worker accepts: `ms` clamped to 0..MAX_EPOCH_MS, and 0 for anything not a number. */
export const clampEpochMs = (ms: number): number =>
  Number.isFinite(ms) ? Math.min(MAX_EPOCH_MS, Math.max(0, ms)) : 0;

/** What a run asks of the worker besides training. */
const runOptionsSchema = z.object({
  /** Send live predictions for the charts (grid, curve, confusion matrix, misclassified digits) and the explanations. */
  predictions: z.boolean(),
  /** Send the trained model (topology and weights) at the end, for download. */
  exportModel: z.boolean(),
  /** k-fold cross-validation: k models train in lockstep; 1 means the usual validation split. */
  cvFolds: z.number().int().min(1).max(10),
  /**
   * The pace: the least wall-clock time from the start of one epoch to the start of the next, in
   * ms; 0 trains as fast as it goes. The worker waits out the rest after each epoch but the last.
   */
  epochMs: epochMsSchema.default(0),
  /** Pause at the end of the first epoch (a Step pressed while nothing trains). */
  stepOnce: z.boolean().default(false),
});
export type RunOptions = z.infer<typeof runOptionsSchema>;
export const DEFAULT_RUN_OPTIONS: RunOptions = {
  predictions: false,
  exportModel: false,
  cvFolds: 1,
  epochMs: 0,
  stepOnce: false,
};

/** A dataset as it crosses to a worker: flat typed arrays (transferred, not copied) and their sizes. */
export const datasetSchema = z.object({
  features: z.instanceof(Float32Array),
  targets: z.instanceof(Float32Array),
  count: z.number().int().min(1),
  featureCount: z.number().int().min(1),
});

/** Messages from the main thread to the training worker. The spec stays `unknown` here: the worker validates it. */
export const workerRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    runId,
    spec: z.unknown(),
    backend: z.enum(BACKEND_CHOICES),
    options: runOptionsSchema,
  }),
  z.object({ type: z.literal('stop'), runId }),
  z.object({ type: z.literal('pause'), runId }),
  z.object({ type: z.literal('resume'), runId }),
  // A new pace (see RunOptions.epochMs) for a run in progress; a wait under way follows it at once.
  z.object({ type: z.literal('pace'), runId, epochMs: epochMsSchema }),
  // A paused run trains one more epoch and pauses again; a training one pauses at its epoch's end.
  z.object({ type: z.literal('step'), runId }),
  // Data only the main thread has (MNIST, an uploaded CSV): transferred once, cached by key.
  z.object({
    type: z.literal('data'),
    key: z.string().min(1).max(200),
    ...datasetSchema.shape,
  }),
  // Times a few warm training steps of the spec's model on one backend, for "auto".
  z.object({
    type: z.literal('probe'),
    probeId: runId,
    spec: z.unknown(),
    backend: z.enum(BACKEND_NAMES),
  }),
  // Test hook: the worker closes itself without a word, as a crashed or hung worker would look.
  z.object({ type: z.literal('exit') }),
]);
export type WorkerRequest = z.infer<typeof workerRequestSchema>;

export const finishReasons = z.enum(['completed', 'stopped', 'early-stopped']);

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
    folds: z.number().int().min(1),
  }),
  z.object({
    type: z.literal('progress'),
    runId,
    epoch: z.number().int(),
    batch: z.number().int(),
    /** Mean training loss of the epoch so far. */
    loss: finite.nullable(),
  }),
  z.object({ type: z.literal('epoch'), runId, metrics: epochMetricsSchema, elapsedMs: z.number() }),
  z.object({ type: z.literal('predictions'), runId, predictions: predictionsSchema }),
  z.object({ type: z.literal('paused'), runId }),
  z.object({ type: z.literal('resumed'), runId }),
  // The trained model as tf.io model artifacts: topology and weight specs as JSON, weights as bytes.
  z.object({
    type: z.literal('model'),
    runId,
    topology: z.string(),
    weightSpecs: z.string(),
    weights: z.instanceof(ArrayBuffer),
  }),
  z.object({
    type: z.literal('finished'),
    runId,
    reason: finishReasons,
    epochs: z.number().int(),
    bestEpoch: z.number().int().nullable(),
    restoredBest: z.boolean(),
    elapsedMs: z.number(),
    tensorsBefore: z.number().int(),
    tensorsAfter: z.number().int(),
    test: evaluationMetricsSchema.nullable(),
  }),
  z.object({
    type: z.literal('diverged'),
    runId,
    epoch: z.number().int(),
    message: messageSchema,
  }),
  z.object({
    type: z.literal('failed'),
    runId: runId.nullable(),
    message: messageSchema,
    /** What is wrong with the spec, when that is why it failed; the UI words each problem. */
    problems: z.array(z.custom<Problem>(isProblem)).optional(),
    /** The worker may be broken (an error escaped every handler): replace it. */
    fatal: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('probed'),
    probeId: runId,
    backend: z.enum(BACKEND_NAMES),
    /** Training samples per second once warm, or null when the backend failed. */
    samplesPerSecond: z.number().nullable(),
    warmupMs: z.number().nullable(),
    reason: messageSchema.nullable(),
  }),
]);
export type WorkerReply = z.infer<typeof workerReplySchema>;
export type FinishReason = z.infer<typeof finishReasons>;

/** Parses a request, or explains in one sentence why it is not one. */
export function parseWorkerRequest(
  data: unknown,
): { ok: true; request: WorkerRequest } | { ok: false; message: Message } {
  const parsed = workerRequestSchema.safeParse(data);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0]?.message;
  return {
    ok: false,
    message: engineMessage('request-unreadable', {
      what: describe(data),
      // zod's own words for what is wrong, as it gives them.
      detail: issue ?? engineMessage('invalid'),
    }),
  };
}

export function parseWorkerReply(
  data: unknown,
): { ok: true; reply: WorkerReply } | { ok: false; message: Message } {
  const parsed = workerReplySchema.safeParse(data);
  if (parsed.success) return { ok: true, reply: parsed.data };
  return { ok: false, message: engineMessage('reply-unreadable', { what: describe(data) }) };
}

/** What a message that could not be read was: a value of some JavaScript type, or its type field. */
function describe(data: unknown): Message {
  if (data === null || typeof data !== 'object')
    return engineMessage('what-value', { kind: data === null ? 'null' : typeof data });
  const type = (data as { type?: unknown }).type;
  return typeof type === 'string'
    ? engineMessage('what-type', { type: type.slice(0, 40) })
    : engineMessage('what-untyped');
}
