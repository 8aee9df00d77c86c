import type { Distribution, ParamValue } from '../../../experiment/search-schema';
import { formatCount } from '../../i18n/format';
import { formatParamValue } from '../search-view';

/** A mark on an axis, at `at` in [0, 1] along it. */
export interface Tick {
  at: number;
  label: string;
}

/**
 * One axis of a dashboard: where a value sits along it, in [0, 1] (null for a value it cannot
 * place, such as a parameter a trial did not use), and its ticks.
 */
export interface Axis {
  kind: 'linear' | 'log' | 'categorical';
  label: string;
  at(value: ParamValue | undefined): number | null;
  /** The value at `at` in [0, 1]: numeric axes only (a brush shows its range in values). */
  valueAt(at: number): number | null;
  ticks: readonly Tick[];
}

/** An axis over a searched parameter's whole range, log where its distribution is. */
export function paramAxis(label: string, distribution: Distribution): Axis {
  if (distribution.type === 'categorical') return categoricalAxis(label, distribution.choices);
  return numericAxis(label, distribution.low, distribution.high, distribution.log);
}

/** An axis over observed values (the objective): log only when asked for and every value is positive. */
export function valueAxis(label: string, values: readonly number[], log = false): Axis {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return numericAxis(label, 0, 1, false);
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const useLog = log && low > 0;
  if (low === high) {
    const pad = useLog ? low * 0.5 : Math.abs(low) * 0.1 || 1;
    return numericAxis(label, low - pad, high + pad, useLog);
  }
  return numericAxis(label, low, high, useLog);
}

export function canUseLog(values: readonly number[]): boolean {
  return values.length > 0 && values.every((v) => v > 0 && Number.isFinite(v));
}

function numericAxis(label: string, low: number, high: number, log: boolean): Axis {
  const [from, to] = log ? [Math.log10(low), Math.log10(high)] : [low, high];
  const span = to - from || 1;
  const at = (value: ParamValue | undefined): number | null => {
    if (typeof value !== 'number' || !Number.isFinite(value) || (log && value <= 0)) return null;
    return ((log ? Math.log10(value) : value) - from) / span;
  };
  const valueAt = (position: number) => {
    const raw = from + position * span;
    return log ? 10 ** raw : raw;
  };
  const ticks = (log ? logTicks(low, high) : linearTicks(low, high)).map((value) => ({
    at: (at(value) as number) ?? 0,
    label: formatParamValue(value),
  }));
  return { kind: log ? 'log' : 'linear', label, at, valueAt, ticks };
}

function categoricalAxis(label: string, choices: readonly ParamValue[]): Axis {
  // Choices sit in the middle of equal bands, so a single choice sits mid-axis.
  const at = (value: ParamValue | undefined) => {
    const index = choices.findIndex((choice) => choice === value);
    return index < 0 ? null : (index + 0.5) / choices.length;
  };
  const ticks = choices.map((choice, index) => ({
    at: (index + 0.5) / choices.length,
    label: formatParamValue(choice),
  }));
  return { kind: 'categorical', label, at, valueAt: () => null, ticks };
}

/** About `count` round values from `low` to `high` (both inside), at steps of 1, 2 or 5 × 10ⁿ. */
export function linearTicks(low: number, high: number, count = 6): number[] {
  if (!(high > low)) return [low];
  const rough = (high - low) / (count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const first = Math.ceil(low / step - 1e-9);
  const last = Math.floor(high / step + 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** Powers of ten inside [low, high]; with fewer than three, the 2s and 5s between them too. */
export function logTicks(low: number, high: number): number[] {
  const inside = (v: number) => v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9);
  const powers: number[] = [];
  for (let e = Math.floor(Math.log10(low)); e <= Math.ceil(Math.log10(high)); e++)
    powers.push(Number((10 ** e).toPrecision(12)));
  const decades = powers.filter(inside);
  if (decades.length >= 3) return decades;
  const dense = powers
    .flatMap((p) => [p, p * 2, p * 5])
    .map((v) => Number(v.toPrecision(12)))
    .filter(inside);
  return dense.length >= 2 ? dense : [low, high];
}

/** Counts from 1 to `last` (trials, as people number them), with whole-number ticks. */
export function countAxis(label: string, last: number): Axis {
  const span = Math.max(1, last - 1);
  const at = (value: ParamValue | undefined) =>
    typeof value === 'number' ? (value - 1) / span : null;
  // Whole steps of 1, 2 or 5 × 10ⁿ, at most about 8 ticks: 1, then its multiples.
  const step =
    [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((candidate) => last / candidate <= 8) ?? 1000;
  const values = [1, ...Array.from({ length: Math.floor(last / step) }, (_, i) => (i + 1) * step)];
  const ticks = [...new Set(values)].map((v) => ({ at: (v - 1) / span, label: formatCount(v) }));
  return { kind: 'linear', label, at, valueAt: (p) => 1 + p * span, ticks };
}
