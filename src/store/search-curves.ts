import type { ObjectiveMetric } from '../experiment/search-schema';
import type { AppState } from './app-store';
import type { SearchTrialView } from './search-state';

/** One epoch of the chart: the objective of each trial that reached it, keyed by `seriesKey`. */
export interface ChartRow {
  epoch: number;
  [series: string]: number;
}

export const seriesKey = (number: number) => `t${number}`;

const objectiveAt = (
  metrics: SearchTrialView['history'][number],
  objective: ObjectiveMetric,
): number | null => {
  const value = metrics[objective];
  return value !== null && Number.isFinite(value) ? value : null;
};

/**
 * Rows for epochs 1..the longest history, so a row's index is its epoch - 1 and a zoom window
 * keeps pointing at the same epochs while trials stream in. A trial is absent from epochs it has
 * not reached (a pruned curve ends where it stopped) and where its value is not finite.
 */
export function objectiveCurveRows(
  trials: readonly SearchTrialView[],
  objective: ObjectiveMetric,
): ChartRow[] {
  const last = Math.max(0, ...trials.flatMap((t) => t.history.map((m) => m.epoch)));
  const rows: ChartRow[] = Array.from({ length: last }, (_, i) => ({ epoch: i + 1 }));
  for (const trial of trials) {
    for (const metrics of trial.history) {
      const value = objectiveAt(metrics, objective);
      const row = rows[metrics.epoch - 1];
      if (row && value !== null) row[seriesKey(trial.number)] = value;
    }
  }
  return rows;
}

const lastRows = new WeakMap<
  readonly SearchTrialView[],
  { objective: ObjectiveMetric; rows: ChartRow[] }
>();

/**
 * The search chart's rows, worked out once per change of the trials (the store replaces the
 * array on every change), however many components ask.
 */
export function searchCurveRows({ search }: Pick<AppState, 'search'>): ChartRow[] {
  const known = lastRows.get(search.trials);
  if (known && known.objective === search.objective) return known.rows;
  const rows = objectiveCurveRows(search.trials, search.objective);
  lastRows.set(search.trials, { objective: search.objective, rows });
  return rows;
}
