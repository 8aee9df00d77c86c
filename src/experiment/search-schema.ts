import { z } from '../lib/zod';
import { wholeNumber } from '../lib/zod-numbers';
import { refinement } from './problem';

/** A value a searched parameter can take. */
export type ParamValue = number | string | boolean;

export const SEARCH_STRATEGIES = ['grid', 'random', 'gp', 'tpe'] as const;
export type SearchStrategy = (typeof SEARCH_STRATEGIES)[number];

export const PRUNER_KINDS = ['none', 'median', 'asha', 'hyperband'] as const;
export type PrunerKind = (typeof PRUNER_KINDS)[number];

/**
 * What ASHA ranks a trial by at a rung: `last`, its value at the rung's epoch (Optuna's rule), or
 * `best`, its best value so far (the value a finished trial is scored by: its best epoch).
 */
export const RUNG_VALUES = ['last', 'best'] as const;
export type RungValue = (typeof RUNG_VALUES)[number];

/** What a search optimises, and in which direction each metric is better. */
export const OBJECTIVE_METRICS = ['valLoss', 'valAccuracy'] as const;
export type ObjectiveMetric = (typeof OBJECTIVE_METRICS)[number];
export type Direction = 'minimize' | 'maximize';
export const METRIC_DIRECTION: Readonly<Record<ObjectiveMetric, Direction>> = {
  valLoss: 'minimize',
  valAccuracy: 'maximize',
};

export const SEARCH_LIMITS = {
  params: { max: 12 },
  choices: { max: 32 },
  gridPoints: { min: 2, max: 20 },
  maxTrials: { min: 1, max: 1000 },
  maxMinutes: { min: 0, max: 1440 },
  concurrency: { min: 1, max: 8 },
  cv: { min: 1, max: 10 },
  startupTrials: { min: 1, max: 100 },
  prunerStartupTrials: { min: 0, max: 100 },
  warmupSteps: { min: 0, max: 1000 },
  minResource: { min: 1, max: 1000 },
  reductionFactor: { min: 2, max: 10 },
  seed: { min: 0, max: 4294967295 },
} as const;

const paramValue = z.union([z.number(), z.string().max(100), z.boolean()]);

const floatDistribution = z
  .object({
    type: z.literal('float'),
    low: z.number(),
    high: z.number(),
    log: z.boolean(),
  })
  .refine((d) => d.low <= d.high, refinement('low-above-high'))
  .refine((d) => !d.log || d.low > 0, refinement('log-needs-positive-low'));

const intDistribution = z
  .object({
    type: z.literal('int'),
    low: z.number().int(),
    high: z.number().int(),
    step: z.number().int().min(1),
    log: z.boolean(),
  })
  .refine((d) => d.low <= d.high, refinement('low-above-high'))
  .refine((d) => !d.log || d.low >= 1, refinement('log-needs-low-of-one'))
  .refine((d) => !d.log || d.step === 1, refinement('log-needs-step-one'));

const categoricalDistribution = z.object({
  type: z.literal('categorical'),
  choices: z.array(paramValue).min(1).max(SEARCH_LIMITS.choices.max),
});

/** Distributions as Optuna has them: float (linear or log), int (step, linear or log), categorical. */
export const distributionSchema = z.discriminatedUnion('type', [
  floatDistribution,
  intDistribution,
  categoricalDistribution,
]);
export type Distribution = z.infer<typeof distributionSchema>;
export type FloatDistribution = Extract<Distribution, { type: 'float' }>;
export type IntDistribution = Extract<Distribution, { type: 'int' }>;
export type CategoricalDistribution = Extract<Distribution, { type: 'categorical' }>;

/**
 * One searched field. `target` is a dotted path into the spec (`training.learningRate`,
 * `model.layers.1.units`) or a block repeat (`model.repeat.1-2`: layers 1..2 appear n times).
 * `condition` makes it conditional: it exists only while another parameter takes one of `in`.
 */
export const searchParamSchema = z.object({
  target: z.string().min(1).max(100),
  distribution: distributionSchema,
  /** How many evenly spaced points a grid search takes of a numeric range. */
  gridPoints: z.number().int().min(SEARCH_LIMITS.gridPoints.min).max(SEARCH_LIMITS.gridPoints.max),
  condition: z
    .object({ param: z.string().min(1).max(100), in: z.array(paramValue).min(1).max(32) })
    .nullable(),
});
export type SearchParamSpec = z.infer<typeof searchParamSchema>;

const prunerSchema = z.object({
  kind: z.enum(PRUNER_KINDS),
  /** Median: trials that must finish before anything is pruned. */
  startupTrials: wholeNumber(SEARCH_LIMITS.prunerStartupTrials),
  /** Median: epochs a trial always runs before it can be pruned. */
  warmupSteps: wholeNumber(SEARCH_LIMITS.warmupSteps),
  /** ASHA / Hyperband: epochs of the first rung. */
  minResource: wholeNumber(SEARCH_LIMITS.minResource),
  /** ASHA / Hyperband: keep 1 / factor of the trials at each rung. */
  reductionFactor: wholeNumber(SEARCH_LIMITS.reductionFactor),
  /**
   * ASHA: what a trial is ranked by at a rung. Added after version 2's first links, so optional:
   * absent means `last`, Optuna's rule and what those links ran with.
   */
  rungValue: z.enum(RUNG_VALUES).optional(),
});
export type PrunerSpec = z.infer<typeof prunerSchema>;

/** The hyperparameter search of an experiment: what is searched, how, and for how long. */
export const searchSpecSchema = z.object({
  strategy: z.enum(SEARCH_STRATEGIES),
  params: z.array(searchParamSchema).max(SEARCH_LIMITS.params.max),
  objective: z.enum(OBJECTIVE_METRICS),
  pruner: prunerSchema,
  /** Folds of cross-validation; 1 means the usual validation split. */
  cv: wholeNumber(SEARCH_LIMITS.cv),
  maxTrials: wholeNumber(SEARCH_LIMITS.maxTrials),
  /** 0 means no time limit. */
  maxMinutes: z.number().min(SEARCH_LIMITS.maxMinutes.min).max(SEARCH_LIMITS.maxMinutes.max),
  concurrency: wholeNumber(SEARCH_LIMITS.concurrency),
  /** Random trials before a model-based sampler (GP, TPE) starts proposing. */
  startupTrials: wholeNumber(SEARCH_LIMITS.startupTrials),
  seed: wholeNumber(SEARCH_LIMITS.seed),
});
export type SearchSpec = z.infer<typeof searchSpecSchema>;

export const DEFAULT_SEARCH: SearchSpec = {
  strategy: 'random',
  params: [],
  objective: 'valLoss',
  // ASHA from epoch 5 (step 4), keeping the best quarter by best value so far: on the pruning
  // bench about a third of the grid's epochs, and the grid's best kept (docs/search-api.md).
  pruner: {
    kind: 'none',
    startupTrials: 5,
    warmupSteps: 3,
    minResource: 4,
    reductionFactor: 4,
    rungValue: 'best',
  },
  cv: 1,
  maxTrials: 20,
  maxMinutes: 0,
  concurrency: 2,
  startupTrials: 10,
  seed: 1,
};
