import { z } from 'zod';
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
} as const;

export const LR_SCHEDULES = ['constant', 'step', 'exponential', 'cosine'] as const;
export type LrScheduleKind = (typeof LR_SCHEDULES)[number];

/**
 * How the learning rate changes with the epoch e (0-based): step multiplies it by `factor` every
 * `everyEpochs`; exponential by factor^(e / everyEpochs); cosine anneals it to lr × factor.
 */
export const lrScheduleSchema = z.object({
  kind: z.enum(LR_SCHEDULES, { error: `Schedule must be one of ${LR_SCHEDULES.join(', ')}` }),
  factor: z
    .number({ error: 'Decay factor must be a number' })
    .min(LIMITS.scheduleFactor.min, { error: 'Decay factor must be at least 0' })
    .max(LIMITS.scheduleFactor.max, { error: 'Decay factor must be at most 1' }),
  everyEpochs: z
    .number({ error: 'Decay interval must be a number' })
    .int({ error: 'Decay interval must be a whole number of epochs' })
    .min(LIMITS.scheduleEvery.min, { error: 'Decay interval must be at least 1 epoch' })
    .max(LIMITS.scheduleEvery.max, { error: 'Decay interval must be at most 10000 epochs' }),
});
export type LrSchedule = z.infer<typeof lrScheduleSchema>;

/** Stop when validation loss has not improved by `minDelta` for `patience` epochs. */
export const earlyStoppingSchema = z.object({
  enabled: z.boolean(),
  patience: z
    .number({ error: 'Patience must be a number' })
    .int({ error: 'Patience must be a whole number of epochs' })
    .min(LIMITS.patience.min, { error: 'Patience must be at least 1 epoch' })
    .max(LIMITS.patience.max, { error: 'Patience must be at most 10000 epochs' }),
  minDelta: z
    .number({ error: 'Minimum improvement must be a number' })
    .min(LIMITS.minDelta.min, { error: 'Minimum improvement must be at least 0' })
    .max(LIMITS.minDelta.max, { error: 'Minimum improvement must be at most 10' }),
  restoreBestWeights: z.boolean(),
});
export type EarlyStopping = z.infer<typeof earlyStoppingSchema>;

export const TEST_SHIFTS = ['none', 'noise', 'region'] as const;
export type TestShift = (typeof TEST_SHIFTS)[number];

const seed = z
  .number({ error: 'Seed must be a number' })
  .int({ error: 'Seed must be a whole number' })
  .min(0, { error: 'Seed must be at least 0' })
  .max(4294967295, { error: 'Seed must be at most 4294967295' });

/** What the spec keeps of an uploaded CSV: the file itself stays in the tab, never in the spec or a link. */
export const csvSourceSchema = z.object({
  fileName: z.string().max(260),
  /** Content hash of the file, to recognise it when it is uploaded again. */
  hash: z.string().regex(/^[0-9a-f]{8,64}$/, { error: 'CSV hash must be hexadecimal' }),
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
  version: z.literal(SPEC_VERSION, { error: `Spec version must be ${SPEC_VERSION}` }),
  dataset: z.object({
    name: z.enum(DATASET_NAMES, { error: `Dataset must be one of ${DATASET_NAMES.join(', ')}` }),
    numPoints: wholeNumber('Number of points', LIMITS.numPoints),
    noise: realNumber('Noise', LIMITS.noise),
    seed,
    testShift: z.enum(TEST_SHIFTS, {
      error: `Test shift must be one of ${TEST_SHIFTS.join(', ')}`,
    }),
    standardize: z.boolean({ error: 'Standardize must be true or false' }),
    csv: csvSourceSchema.nullable(),
  }),
  model: z.object({
    layers: z
      .array(layerSchema)
      .min(LIMITS.layers.min, { error: 'The model needs at least one layer' })
      .max(LIMITS.layers.max, { error: `The model can have at most ${LIMITS.layers.max} layers` }),
  }),
  training: z.object({
    optimizer: z.enum(OPTIMIZERS, { error: `Optimizer must be one of ${OPTIMIZERS.join(', ')}` }),
    learningRate: realNumber('Learning rate', LIMITS.learningRate),
    loss: z.enum(LOSSES, { error: `Loss must be one of ${LOSSES.join(', ')}` }),
    batchSize: wholeNumber('Batch size', LIMITS.batchSize),
    epochs: wholeNumber('Epochs', LIMITS.epochs),
    validationSplit: realNumber('Validation split', LIMITS.validationSplit),
    testSplit: realNumber('Test split', LIMITS.testSplit),
    seed,
    schedule: lrScheduleSchema,
    earlyStopping: earlyStoppingSchema,
  }),
  search: searchSpecSchema,
});

/** The whole experiment as plain JSON: the only thing the UI sends to the training worker. */
export type ExperimentSpec = z.infer<typeof experimentSpecSchema>;
