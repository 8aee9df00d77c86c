import type { TrialState } from '../../search/types';
import type { ExperimentSpec } from '../../experiment/experiment';
import type {
  Direction,
  Distribution,
  ObjectiveMetric,
  ParamValue,
} from '../../experiment/search-schema';
import type { SearchEndReason, SearchState, SearchTrialView } from '../../store/search-state';
import { formatLoss, formatPercent } from '../shared/format';
import { plural } from '../../data/csv-parse';

/** Optuna numbers trials from 0; people count from 1. */
export const trialName = (number: number) => `trial ${number + 1}`;
export const trialTitle = (number: number) => `Trial ${number + 1}`;

/** Why a trial cannot be applied right now: the store ignores edits while anything trains. */
export const LOCKED_HINT = 'The builder unlocks when the search or the training run ends.';

export const OBJECTIVE_NAMES: Readonly<Record<ObjectiveMetric, string>> = {
  valLoss: 'validation loss',
  valAccuracy: 'validation accuracy',
};

export function formatObjective(objective: ObjectiveMetric, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return objective === 'valAccuracy' ? formatPercent(value) : formatLoss(value);
}

/** A searched value, compact: whole numbers as they are, others in 3 significant digits. */
export function formatParamValue(value: ParamValue | undefined): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  const size = Math.abs(value);
  if (Number.isInteger(value) && size < 1e6) return String(value);
  if (size !== 0 && (size < 1e-3 || size >= 1e6)) {
    const [mantissa = '', exponent = ''] = value.toExponential(2).split('e');
    return `${Number(mantissa)}e${exponent}`;
  }
  return String(Number(value.toPrecision(3)));
}

/** A distribution in a few words: "0.001 to 0.1, log scale", "relu, tanh". */
export function describeDistribution(distribution: Distribution): string {
  if (distribution.type === 'categorical')
    return distribution.choices.map((c) => formatParamValue(c)).join(', ');
  const range = `${formatParamValue(distribution.low)} to ${formatParamValue(distribution.high)}`;
  const step =
    distribution.type === 'int' && distribution.step > 1 ? `, step ${distribution.step}` : '';
  return `${range}${step}${distribution.log ? ', log scale' : ''}`;
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** How long a trial took, or has been running so far (`now` on the scheduler's clock). */
export function trialDuration(trial: SearchTrialView, now: number): number | null {
  if (trial.durationMs !== null) return trial.durationMs;
  if (trial.state !== 'running' || trial.startedAt === null) return null;
  return Math.max(0, now - trial.startedAt);
}

/** Where one trial stands, in a few words: "Pruned after 4 epochs". */
export function trialStateSentence(trial: SearchTrialView): string {
  const epochs = plural(trial.history.length, 'epoch');
  const retried = trial.attempts > 1 ? ', retried after its worker crashed' : '';
  switch (trial.state) {
    case 'waiting':
      return 'Waiting for a free worker';
    case 'running':
      return `Running: ${epochs} so far${retried}`;
    case 'complete':
      return `Complete after ${epochs}${retried}`;
    case 'pruned':
      return `Pruned after ${epochs}${retried}`;
    case 'failed':
      return `Failed after ${epochs}${retried}`;
    case 'diverged':
      return `Diverged after ${epochs}${retried}`;
  }
}

// ---- Sorting the trials table ----

export type SortColumn =
  'number' | 'state' | 'bestValue' | 'epochs' | 'duration' | `param:${string}`;
export type SortDirection = 'ascending' | 'descending';
export interface TrialSort {
  column: SortColumn;
  direction: SortDirection;
}

export const paramColumn = (target: string): SortColumn => `param:${target}`;

/** States in the order a trial lives through them, failures last. */
const STATE_ORDER: Readonly<Record<TrialState, number>> = {
  running: 0,
  waiting: 1,
  complete: 2,
  pruned: 3,
  diverged: 4,
  failed: 5,
};

function sortValue(
  trial: SearchTrialView,
  column: SortColumn,
  now: number,
): ParamValue | null | undefined {
  switch (column) {
    case 'number':
      return trial.number;
    case 'state':
      return STATE_ORDER[trial.state];
    case 'bestValue':
      return trial.bestValue;
    case 'epochs':
      return trial.history.length;
    case 'duration':
      return trialDuration(trial, now);
    default:
      return trial.params[column.slice('param:'.length)];
  }
}

const TYPE_ORDER = { number: 0, string: 1, boolean: 2 } as const;

function compareValues(a: ParamValue, b: ParamValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'en');
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return (
    TYPE_ORDER[typeof a as keyof typeof TYPE_ORDER] -
    TYPE_ORDER[typeof b as keyof typeof TYPE_ORDER]
  );
}

const isMissing = (v: ParamValue | null | undefined): v is null | undefined =>
  v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

/** A stable sort; missing values (inactive parameters, no value yet) go last in both directions. */
export function sortTrials(
  trials: readonly SearchTrialView[],
  { column, direction }: TrialSort,
  now: number,
): SearchTrialView[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return trials
    .map((trial) => ({ trial, value: sortValue(trial, column, now) }))
    .sort((a, b) => {
      if (isMissing(a.value)) return isMissing(b.value) ? 0 : 1;
      if (isMissing(b.value)) return -1;
      return sign * compareValues(a.value, b.value);
    })
    .map(({ trial }) => trial);
}

/** The direction a column sorts in when first chosen: the objective better-first, others ascending. */
export function firstDirection(column: SortColumn, direction: Direction): SortDirection {
  return column === 'bestValue' && direction === 'maximize' ? 'descending' : 'ascending';
}

// ---- The chart of every trial's curve ----

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

/** The highest value drawn in rows `start`..`end`, so a zoomed y-axis fits what is shown. */
export function windowMax(rows: readonly ChartRow[], start: number, end: number): number | null {
  let max: number | null = null;
  for (const row of rows.slice(start, end + 1))
    for (const [key, value] of Object.entries(row))
      if (key !== 'epoch' && (max === null || value > max)) max = value;
  return max;
}

export const BEST_COLOR = '#15803d';
const SELECTED_COLOR = '#111827';
const PALETTE = ['#2563eb', '#7c3aed', '#0891b2', '#db2777', '#ea580c', '#4f46e5', '#0d9488'];
const PRUNED_DASH = '5 4';

export interface TrialLineStyle {
  stroke: string;
  strokeWidth: number;
  strokeOpacity: number;
  /** Dashed for pruned trials; null draws a solid line. */
  dash: string | null;
  /** Drawing order: higher ranks are drawn later, on top. */
  rank: number;
}

/** How much a curve stands out: best thickest, running bold, ended muted, failures faint. */
export const LINE_STYLES = {
  best: { stroke: BEST_COLOR, strokeWidth: 4, strokeOpacity: 1, dash: null, rank: 5 },
  selected: { stroke: SELECTED_COLOR, strokeWidth: 3, strokeOpacity: 1, dash: null, rank: 4 },
  running: {
    stroke: PALETTE[0] as string,
    strokeWidth: 2.5,
    strokeOpacity: 1,
    dash: null,
    rank: 3,
  },
  ended: {
    stroke: PALETTE[0] as string,
    strokeWidth: 1.5,
    strokeOpacity: 0.45,
    dash: null,
    rank: 1,
  },
  faint: { stroke: '#94a3b8', strokeWidth: 1, strokeOpacity: 0.3, dash: null, rank: 0 },
} as const satisfies Record<string, TrialLineStyle>;
export type LineRole = keyof typeof LINE_STYLES;

function lineRole(
  trial: SearchTrialView,
  bestNumber: number | null,
  selectedNumber: number | null,
): LineRole {
  if (trial.number === bestNumber) return 'best';
  if (trial.number === selectedNumber) return 'selected';
  if (trial.state === 'running') return 'running';
  return trial.state === 'failed' || trial.state === 'diverged' ? 'faint' : 'ended';
}

/** A role's style, dashed as a pruned curve is (a pruned trial can still be selected). */
export const roleStyle = (role: LineRole, pruned = false): TrialLineStyle => ({
  ...LINE_STYLES[role],
  dash: pruned ? PRUNED_DASH : null,
});

/** How a trial's curve is drawn; running and ended curves take a colour of their own. */
export function trialLineStyle(
  trial: SearchTrialView,
  bestNumber: number | null,
  selectedNumber: number | null,
): TrialLineStyle {
  const role = lineRole(trial, bestNumber, selectedNumber);
  const style = roleStyle(role, trial.state === 'pruned');
  return role === 'running' || role === 'ended'
    ? { ...style, stroke: PALETTE[trial.number % PALETTE.length] as string }
    : style;
}

/** The trials with their line styles, in drawing order (emphasised lines last, on top). */
export function styledLines(
  trials: readonly SearchTrialView[],
  bestNumber: number | null,
  selectedNumber: number | null,
): { trial: SearchTrialView; style: TrialLineStyle }[] {
  return trials
    .filter((trial) => trial.history.length > 0)
    .map((trial) => ({ trial, style: trialLineStyle(trial, bestNumber, selectedNumber) }))
    .sort((a, b) => a.style.rank - b.style.rank);
}

export interface TooltipEntry {
  number: number;
  value: number;
  role: 'best' | 'selected' | 'running';
}

/**
 * What the tooltip lists at one epoch: the best, the selected and the running trials (every
 * curve would be too many), better values first.
 */
export function tooltipEntries(
  row: ChartRow | undefined,
  trials: readonly SearchTrialView[],
  {
    bestNumber,
    selectedNumber,
    direction,
  }: {
    bestNumber: number | null;
    selectedNumber: number | null;
    direction: Direction;
  },
): TooltipEntry[] {
  if (!row) return [];
  const entries: TooltipEntry[] = [];
  for (const trial of trials) {
    const value = row[seriesKey(trial.number)];
    if (value === undefined) continue;
    const role = lineRole(trial, bestNumber, selectedNumber);
    if (role === 'best' || role === 'selected' || role === 'running')
      entries.push({ number: trial.number, value, role });
  }
  const sign = direction === 'minimize' ? 1 : -1;
  return entries.sort((a, b) => sign * (a.value - b.value));
}

/** The most epochs a trial of the spec's search can run: the searched epochs' top, or the spec's. */
export function maxSearchEpochs(spec: ExperimentSpec): number {
  const searched = spec.search.params.find((p) => p.target === 'training.epochs')?.distribution;
  if (!searched) return spec.training.epochs;
  if (searched.type !== 'categorical') return searched.high;
  return Math.max(1, ...searched.choices.filter((c): c is number => typeof c === 'number'));
}

// ---- The status line ----

const END_REASONS: Readonly<Record<SearchEndReason, string>> = {
  exhausted: 'the grid is exhausted',
  'max-trials': 'the trial budget is spent',
  'max-minutes': 'the time budget is spent',
  stopped: 'stopped',
};

function bestPart(search: SearchState): string | null {
  const best = search.trials.find((t) => t.number === search.bestNumber);
  if (!best) return null;
  const name = OBJECTIVE_NAMES[search.objective];
  return `${trialName(best.number)}, ${name} ${formatObjective(search.objective, best.value)}`;
}

/** One sentence on where a search stands, for the status line. */
export function searchStatusSentence(search: SearchState): string {
  const { trials, plannedTrials } = search;
  const running = trials.filter((t) => t.state === 'running');
  const ended = trials.filter((t) => t.state !== 'running' && t.state !== 'waiting').length;
  const best = bestPart(search);
  const bestSoFar = best ? ` · best so far: ${best}` : '';
  switch (search.status) {
    case 'idle':
      return 'No search has run yet.';
    case 'running': {
      if (running.length === 0)
        return `Starting trial ${trials.length + 1} of ${plannedTrials}${bestSoFar}`;
      const latest = Math.max(...running.map((t) => t.number));
      const parallel = running.length > 1 ? ` (${running.length} in parallel)` : '';
      return `Trial ${latest + 1} of ${plannedTrials} running${parallel}${bestSoFar}`;
    }
    case 'paused':
      return `Paused: ${ended} of ${plannedTrials} trials ended${bestSoFar}`;
    case 'stopping':
      return `Stopping: waiting for ${plural(running.length, 'running trial')} to end${bestSoFar}`;
    case 'finished': {
      if ((search.message !== null || search.problem !== null) && trials.length === 0)
        return 'The search could not start.';
      const why = search.endReason ? `, ${END_REASONS[search.endReason]}` : '';
      const outcome = best ? `Best: ${best}.` : 'No trial completed.';
      return `Finished: ${plural(trials.length, 'trial')}${why}. ${outcome}`;
    }
  }
}
