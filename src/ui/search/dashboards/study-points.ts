import type { Direction } from '../../../experiment/search-schema';
import type { SearchTrialView } from '../../../store/search-state';

/** A finished trial with a value: what the study dashboards plot. */
export type ScoredTrial = SearchTrialView & { value: number };

/**
 * Trials with a finite value: complete ones, and pruned ones at their last epoch (marked apart,
 * as optuna-dashboard does). Failed, diverged and running trials have no value to plot.
 */
export function scoredTrials(trials: readonly SearchTrialView[]): ScoredTrial[] {
  return trials.filter(
    (t): t is ScoredTrial =>
      (t.state === 'complete' || t.state === 'pruned') &&
      t.value !== null &&
      Number.isFinite(t.value),
  );
}

export const isBetter = (direction: Direction, a: number, b: number) =>
  direction === 'minimize' ? a < b : a > b;

/**
 * The best value so far after each complete trial, by trial number: one step per improvement,
 * as Optuna's optimisation history draws it. Pruned trials do not count (their value is partial).
 */
export function bestSoFar(
  trials: readonly ScoredTrial[],
  direction: Direction,
): { number: number; value: number }[] {
  const steps: { number: number; value: number }[] = [];
  let best: number | null = null;
  for (const trial of [...trials].sort((a, b) => a.number - b.number)) {
    if (trial.state !== 'complete') continue;
    if (best === null || isBetter(direction, trial.value, best)) best = trial.value;
    steps.push({ number: trial.number, value: best });
  }
  return steps;
}

/**
 * The empirical distribution of the complete trials' values (Optuna's plot_edf): the share of
 * trials whose value is at most each value, from the lowest value up.
 */
export function empiricalDistribution(
  trials: readonly ScoredTrial[],
): { value: number; share: number }[] {
  const values = trials
    .filter((t) => t.state === 'complete')
    .map((t) => t.value)
    .sort((a, b) => a - b);
  return values.map((value, index) => ({ value, share: (index + 1) / values.length }));
}

/** The numbers of the `k` best complete trials, best first. */
export function topTrials(
  trials: readonly ScoredTrial[],
  direction: Direction,
  k: number,
): number[] {
  return trials
    .filter((t) => t.state === 'complete')
    .sort((a, b) =>
      a.value === b.value ? a.number - b.number : isBetter(direction, a.value, b.value) ? -1 : 1,
    )
    .slice(0, k)
    .map((t) => t.number);
}
