import type { Direction, RungValue } from '../experiment/search-schema';
import { bestIntermediate, lastStep } from './median-pruner';
import type { Pruner, TrialRecord } from './types';

export interface SuccessiveHalvingOptions {
  /** Steps of the first rung; 'auto' waits for a complete trial and takes its last step / 100. */
  minResource: number | 'auto';
  reductionFactor: number;
  /** Skips the first rungs (Hyperband's bracket index). */
  minEarlyStoppingRate?: number;
  /** Values a rung must hold before any trial is promoted past it. */
  bootstrapCount?: number;
  /**
   * What a trial is ranked by at a rung: `last`, its value at the rung's step (Optuna's rule, the
   * default), or `best`, its best value so far: the value a study scores a finished trial by when
   * it keeps the best epoch, which a noisy curve's last value can be far from.
   */
  rungValue?: RungValue;
}

/** The system attribute that holds a trial's value at the end of rung `rung` (Optuna's key). */
export const completedRungKey = (rung: number): string => `completed_rung_${rung}`;

/**
 * Optuna's SuccessiveHalvingPruner (asynchronous successive halving, ASHA): at each rung a trial
 * goes on only if its value is in the best 1 / reductionFactor of all values recorded at that rung.
 * With `rungValue: 'best'` (not Optuna's) the recorded value is the trial's best so far.
 */
export function createSuccessiveHalvingPruner({
  minResource,
  reductionFactor,
  minEarlyStoppingRate = 0,
  bootstrapCount = 0,
  rungValue = 'last',
}: SuccessiveHalvingOptions): Pruner {
  if (bootstrapCount > 0 && minResource === 'auto') {
    throw new Error("Successive halving cannot combine a bootstrap count with minResource 'auto'");
  }
  // Like Optuna, an 'auto' minimum resource is estimated once and then kept.
  let resolved: number | null = minResource === 'auto' ? null : minResource;

  return {
    shouldPrune: ({ study, trial, trials, setSystemAttr }) => {
      const step = lastStep(trial);
      if (step === null) return false;
      const atStep = trial.intermediate.get(step) as number;
      // NaN at the step prunes either way; `best` ignores earlier NaNs, as np.nanmin does.
      const value = rungValue === 'best' ? bestIntermediate(trial, study.direction) : atStep;
      let rung = currentRung(trial);
      for (;;) {
        resolved ??= estimateMinResource(trials);
        if (resolved === null) return false;
        if (step < resolved * reductionFactor ** (minEarlyStoppingRate + rung)) return false;
        if (Number.isNaN(atStep)) return true;

        const key = completedRungKey(rung);
        setSystemAttr(key, value);
        // Optuna reads the trials before recording the value, then adds it: the trial counts once.
        const competing = trials.flatMap((t) => {
          const v = t.number === trial.number ? undefined : t.systemAttrs.get(key);
          return v === undefined ? [] : [v];
        });
        competing.push(value);
        if (competing.length <= bootstrapCount) return true;
        if (!isPromotable(value, competing, reductionFactor, study.direction)) return true;
        rung += 1;
      }
    },
  };
}

function currentRung(trial: TrialRecord): number {
  let rung = 0;
  while (trial.systemAttrs.has(completedRungKey(rung))) rung += 1;
  return rung;
}

/** Optuna's estimate: the longest complete trial's last step / 100, at least 1. */
function estimateMinResource(trials: readonly TrialRecord[]): number | null {
  const steps = trials.flatMap((t) => {
    const step = t.state === 'complete' ? lastStep(t) : null;
    return step === null ? [] : [step];
  });
  return steps.length === 0 ? null : Math.max(Math.floor(Math.max(...steps) / 100), 1);
}

function isPromotable(
  value: number,
  competing: number[],
  reductionFactor: number,
  direction: Direction,
): boolean {
  // Before a rung holds reductionFactor values, only the best so far goes on.
  const index = Math.max(Math.floor(competing.length / reductionFactor) - 1, 0);
  competing.sort((a, b) => a - b);
  return direction === 'maximize'
    ? value >= (competing[competing.length - 1 - index] as number)
    : value <= (competing[index] as number);
}
