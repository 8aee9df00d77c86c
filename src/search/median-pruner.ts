import type { Direction } from '../experiment/search-schema';
import type { Pruner, TrialRecord } from './types';

export interface MedianPrunerOptions {
  /** Nothing is pruned until this many trials have completed. */
  startupTrials: number;
  /** A trial is never pruned before this step. */
  warmupSteps: number;
}

/**
 * Optuna's MedianPruner (a PercentilePruner at 50, interval 1, n_min_trials 1): prunes when the
 * trial's best value so far is worse than the median of completed trials' values at this step.
 */
export function createMedianPruner({ startupTrials, warmupSteps }: MedianPrunerOptions): Pruner {
  return {
    shouldPrune: ({ study, trial, trials }) => {
      const completed = trials.filter((t) => t.state === 'complete');
      if (completed.length === 0 || completed.length < startupTrials) return false;
      const step = lastStep(trial);
      // With interval 1 every step past warm-up is a pruning step, so Optuna's interval check always passes.
      if (step === null || step < warmupSteps) return false;

      const best = bestIntermediate(trial, study.direction);
      if (Number.isNaN(best)) return true;
      const atStep = completed.flatMap((t) =>
        t.intermediate.has(step) ? [t.intermediate.get(step) as number] : [],
      );
      if (atStep.length === 0) return false;
      const median = nanPercentile(atStep, 50);
      if (Number.isNaN(median)) return false;
      return study.direction === 'maximize' ? best < median : best > median;
    },
  };
}

/** The highest step a trial has reported (Optuna's last_step), or null before any report. */
export function lastStep(trial: TrialRecord): number | null {
  return trial.intermediate.size === 0 ? null : Math.max(...trial.intermediate.keys());
}

/** np.nanmin / np.nanmax over the trial's intermediate values: NaN only when all are NaN. */
export function bestIntermediate(trial: TrialRecord, direction: Direction): number {
  const values = [...trial.intermediate.values()].filter((v) => !Number.isNaN(v));
  if (values.length === 0) return Number.NaN;
  return direction === 'maximize' ? Math.max(...values) : Math.min(...values);
}

/**
 * np.nanpercentile with numpy's default linear method, including its two-sided interpolation
 * (from below under a half, from above at or past it) so ties land on the same bits as Optuna.
 */
export function nanPercentile(values: readonly number[], percentile: number): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (percentile / 100) * (sorted.length - 1);
  const below = Math.floor(position);
  const a = sorted[below] as number;
  const b = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  const t = position - below;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}
