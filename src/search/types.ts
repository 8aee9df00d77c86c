import type { Direction, Distribution, ParamValue } from '../experiment/search-schema';
import type { Message } from '../lib/message';

/** One parameter of a search space, as samplers see it: a name and where its values come from. */
export interface ParamDef {
  name: string;
  distribution: Distribution;
  /** The values a grid search takes (numeric ranges resolved to points); absent for other samplers. */
  grid?: readonly ParamValue[];
  /** The parameter exists only while the (earlier) parameter `param` takes one of `in`. */
  condition?: { param: string; in: readonly ParamValue[] } | null;
}

/** Parameters in dependency order: a condition only refers to a parameter listed before it. */
export interface SearchSpace {
  params: readonly ParamDef[];
}

/** Values of the active parameters of one trial (inactive conditional ones are absent). */
export type Params = Readonly<Record<string, ParamValue>>;

export const TRIAL_STATES = [
  'waiting',
  'running',
  'complete',
  'pruned',
  'failed',
  'diverged',
] as const;
export type TrialState = (typeof TRIAL_STATES)[number];

/** What the study records of a trial; samplers and pruners read these, never change them. */
export interface TrialRecord {
  number: number;
  state: TrialState;
  params: Params;
  /** The objective's final value: set for complete trials (and pruned ones, at their last step). */
  value: number | null;
  /** Intermediate values by step (epoch), in the order they were reported. */
  intermediate: ReadonlyMap<number, number>;
  /** Values pruners keep about a trial (e.g. successive halving's completed rungs). */
  systemAttrs: ReadonlyMap<string, number>;
  /** Why a failed trial failed, in words the UI looks up (see lib/message). */
  reason?: Message;
  /** The epoch at which a diverged trial's loss stopped being finite. */
  epoch?: number;
}

export interface SampleContext {
  space: SearchSpace;
  /** Every trial so far, including running ones (pending: their params without a value). */
  trials: readonly TrialRecord[];
  /** The number the new trial will get. */
  number: number;
  direction: Direction;
}

/** Proposes parameter values; knows nothing of training, pruning or the scheduler (Optuna's BaseSampler). */
export interface Sampler {
  /** Values for every active parameter of the space, or null when there is nothing left to propose. */
  sample(context: SampleContext): Params | null;
}

export interface PruneContext {
  study: { name: string; direction: Direction };
  trial: TrialRecord;
  trials: readonly TrialRecord[];
  /** Records a value on the trial being judged (how Optuna's successive halving remembers rungs). */
  setSystemAttr(key: string, value: number): void;
}

/** Answers one question: should this running trial stop now? (Optuna's BasePruner.) */
export interface Pruner {
  shouldPrune(context: PruneContext): boolean;
}
