import type { ObjectiveMetric } from '../../experiment/search-schema';
import type { SearchTrialView } from '../../store/search-state';

type History = SearchTrialView['history'];

/** A trial's objective at one epoch; null where it has not reached it or the value is not finite. */
export function objectiveAt(
  history: History,
  epoch: number,
  objective: ObjectiveMetric,
): number | null {
  // Histories hold epochs 1, 2, 3… in order, so an epoch is nearly always at index epoch - 1.
  const guess = history[epoch - 1];
  const metrics = guess?.epoch === epoch ? guess : history.find((m) => m.epoch === epoch);
  const value = metrics?.[objective];
  return value !== undefined && value !== null && Number.isFinite(value) ? value : null;
}

/** The last epoch any trial reached (0 before the first epoch). */
export function longestHistory(trials: readonly SearchTrialView[]): number {
  let last = 0;
  for (const trial of trials) last = Math.max(last, trial.history.at(-1)?.epoch ?? 0);
  return last;
}

/**
 * The highest finite objective of any trial in epochs `from`..`to`, so the y-axis fits what is
 * shown; null when there is none.
 */
export function curvesMax(
  trials: readonly SearchTrialView[],
  objective: ObjectiveMetric,
  from = 1,
  to = Number.POSITIVE_INFINITY,
): number | null {
  let max: number | null = null;
  for (const trial of trials) {
    for (const metrics of trial.history) {
      if (metrics.epoch < from || metrics.epoch > to) continue;
      const value = metrics[objective];
      if (value !== null && Number.isFinite(value) && (max === null || value > max)) max = value;
    }
  }
  return max;
}
