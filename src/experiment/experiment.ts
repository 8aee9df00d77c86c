import { z } from '../lib/zod';
import { realNumber, wholeNumber } from '../lib/zod-numbers';
import { DATASET_NAMES } from '../data/catalog';
import { layerSchema } from './layers';
import { searchSpecSchema } from './search-schema';

export const SPEC_VERSION = 2;

export const OPTIMIZERS = [
  'sgd',
  'momentum',
  'adam',
  'rmsprop',
  'adagrad',
  'adadelta',
  'adamax',
] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export const LOSSES = [
  'binaryCrossentropy',
  'sparseCategoricalCrossentropy',
  'meanSquaredError',
  'meanAbsoluteError',
  'huber',
] as const;
export type LossName = (typeof LOSSES)[number];

export const LIMITS = {
  // The widest ranges any dataset allows; each dataset's own limits are checked in validate.ts.
  numPoints: { min: 0, max: 50000 },
  noise: { min: 0, max: 1 },
  layers: { min: 1, max: 30 },
  learningRate: { min: 1e-6, max: 10 },
  batchSize: { min: 1, max: 1024 },
  epochs: { min: 1, max: 10000 },
  validationSplit: { min: 0.05, max: 0.5 },
  testSplit: { min: 0, max: 0.5 },
  scheduleFactor: { min: 0, max: 1 },
  scheduleEvery: { min: 1, max: 10000 },
  patience: { min: 1, max: 10000 },
  minDelta: { min: 0, max: 10 },
  seed: { min: 0, max: 4294967295 },
} as const;

export const LR_SCHEDULES = ['constant', 'step', 'exponential', 'cosine'] as const;
export type LrScheduleKind = (typeof LR_SCHEDULES)[number];

/**
 * How the learning rate changes with the epoch e (0-based): step multiplies it by `factor` every
 * `everyEpochs`; exponential by factor^(e / everyEpochs); cosine anneals it to lr × factor.
 */
export const lrScheduleSchema = z.object({
  kind: z.enum(LR_SCHEDULES),
  factor: realNumber(LIMITS.scheduleFactor),
  everyEpochs: wholeNumber(LIMITS.scheduleEvery),
});
export type LrSchedule = z.infer<typeof lrScheduleSchema>;

/** Stop when validation loss has not improved by `minDelta` for `patience` epochs. */
export const earlyStoppingSchema = z.object({
  enabled: z.boolean(),
  patience: wholeNumber(LIMITS.patience),
  minDelta: realNumber(LIMITS.minDelta),
  restoreBestWeights: z.boolean(),
});
export type EarlyStopping = z.infer<typeof earlyStoppingSchema>;

export const TEST_SHIFTS = ['none', 'noise', 'region'] as const;
export type TestShift = (typeof TEST_SHIFTS)[number];

// Failures carry no words: validate.ts maps each zod issue to a problem the UI words.
const seed = wholeNumber(LIMITS.seed);

/** What the spec keeps of an uploaded CSV: the file itself stays in the tab, never in the spec or a link. */
export const csvSourceSchema = z.object({
  fileName: z.string().max(260),
  /** Content hash of the file, to recognise it when it is uploaded again. */
  hash: z.string().regex(/^[0-9a-f]{8,64}$/),
  target: z.string().min(1).max(200),
  task: z.enum(['classification', 'regression']),
  missing: z.enum(['drop', 'fill']),
  /** What the converted data looks like, so the model can be checked without the file. */
  shape: z.object({
    task: z.enum(['binary', 'multiclass', 'regression']),
    inputSize: z.number().int().min(1).max(10000),
    outputSize: z.number().int().min(1).max(1000),
  }),
});
export type CsvSource = z.infer<typeof csvSourceSchema>;

export const experimentSpecSchema = z.object({
  version: z.literal(SPEC_VERSION),
  dataset: z.object({
    name: z.enum(DATASET_NAMES),
    numPoints: wholeNumber(LIMITS.numPoints),
    noise: realNumber(LIMITS.noise),
    seed,
    testShift: z.enum(TEST_SHIFTS),
    standardize: z.boolean(),
    csv: csvSourceSchema.nullable(),
  }),
  model: z.object({
    layers: z.array(layerSchema).min(LIMITS.layers.min).max(LIMITS.layers.max),
  }),
  training: z.object({
    optimizer: z.enum(OPTIMIZERS),
    learningRate: realNumber(LIMITS.learningRate),
    loss: z.enum(LOSSES),
    batchSize: wholeNumber(LIMITS.batchSize),
    epochs: wholeNumber(LIMITS.epochs),
    validationSplit: realNumber(LIMITS.validationSplit),
    testSplit: realNumber(LIMITS.testSplit),
    seed,
    schedule: lrScheduleSchema,
    earlyStopping: earlyStoppingSchema,
  }),
  search: searchSpecSchema,
});

/** The whole experiment as plain JSON: the only thing the UI sends to the training worker. */
export type ExperimentSpec = z.infer<typeof experimentSpecSchema>;
