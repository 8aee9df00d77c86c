import type { Direction, ParamValue } from '../../../experiment/search-schema';
import type { Axis } from './axes';
import type { ScoredTrial } from './study-points';
import { topTrials } from './study-points';

/**
 * A brush on one axis of the parallel coordinates. Numeric axes keep the brushed values, so the
 * brush still means the same range when new trials widen the objective's axis; categorical axes
 * keep their positions (their choices never move).
 */
export type Brush =
  { kind: 'values'; low: number; high: number } | { kind: 'band'; from: number; to: number };

/** Which trials the dashboards and the table show: brushed ranges, and the best few. */
export interface TrialFilter {
  /** By axis key: a parameter's target, or OBJECTIVE_KEY. */
  brushes: Readonly<Record<string, Brush>>;
  /** All trials, the k best complete ones, or the best one alone. */
  top: 'all' | 'best' | number;
}

export const OBJECTIVE_KEY = '#objective';
export const NO_FILTER: TrialFilter = { brushes: {}, top: 'all' };

export const isFiltering = (filter: TrialFilter) =>
  filter.top !== 'all' || Object.keys(filter.brushes).length > 0;

/** A brush over [from, to] of an axis (in [0, 1]), kept in values where the axis has them. */
export function brushOf(axis: Axis, from: number, to: number): Brush {
  const [a, b] = from <= to ? [from, to] : [to, from];
  if (axis.kind === 'categorical') return { kind: 'band', from: a, to: b };
  return { kind: 'values', low: axis.valueAt(a) as number, high: axis.valueAt(b) as number };
}

/** Where a brush lies along its axis now, as [from, to] in [0, 1]. */
export function brushSpan(axis: Axis, brush: Brush): [number, number] {
  if (brush.kind === 'band') return [brush.from, brush.to];
  const from = axis.at(brush.low) ?? 0;
  const to = axis.at(brush.high) ?? 1;
  return [Math.max(0, Math.min(from, to)), Math.min(1, Math.max(from, to))];
}

function inBrush(axis: Axis, brush: Brush, value: ParamValue | undefined): boolean {
  if (brush.kind === 'values')
    return typeof value === 'number' && value >= brush.low && value <= brush.high;
  const at = axis.at(value);
  return at !== null && at >= brush.from && at <= brush.to;
}

/**
 * The numbers of the trials that pass the filter, or null when nothing filters. A trial without
 * a brushed parameter (its condition unmet) does not pass that brush.
 */
export function filteredTrials(
  trials: readonly ScoredTrial[],
  axes: Readonly<Record<string, Axis>>,
  filter: TrialFilter,
  direction: Direction,
): ReadonlySet<number> | null {
  if (!isFiltering(filter)) return null;
  const top =
    filter.top === 'all'
      ? null
      : new Set(topTrials(trials, direction, filter.top === 'best' ? 1 : filter.top));
  const passing = trials.filter((trial) => {
    if (top && !top.has(trial.number)) return false;
    return Object.entries(filter.brushes).every(([key, brush]) => {
      const axis = axes[key];
      if (!axis) return true;
      const value = key === OBJECTIVE_KEY ? trial.value : trial.params[key];
      return inBrush(axis, brush, value);
    });
  });
  return new Set(passing.map((t) => t.number));
}
