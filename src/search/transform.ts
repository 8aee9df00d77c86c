import type { Distribution } from '../experiment/search-schema';
import type { NumericDomain } from './tpe/parzen';

export type NumericDistribution = Exclude<Distribution, { type: 'categorical' }>;

/** The highest value on an int's step grid (Optuna moves `high` down onto it). */
export function stepTop(d: { low: number; high: number; step: number }): number {
  return d.low + Math.floor((d.high - d.low) / d.step) * d.step;
}

/** Internal units as Optuna's: logs for log scales, ints widened by half a step (±0.5 in log). */
export function numericDomain(d: NumericDistribution): NumericDomain {
  if (d.log) {
    return d.type === 'int'
      ? { low: Math.log(d.low - 0.5), high: Math.log(d.high + 0.5), step: null }
      : { low: Math.log(d.low), high: Math.log(d.high), step: null };
  }
  if (d.type === 'float') return { low: d.low, high: d.high, step: null };
  return { low: d.low - d.step / 2, high: stepTop(d) + d.step / 2, step: d.step };
}

export function toInternal(d: NumericDistribution, value: number): number {
  return d.log ? Math.log(value) : value;
}

/** Back from internal units: exp for logs, ints rounded onto their step grid, all clamped. */
export function fromInternal(d: NumericDistribution, x: number): number {
  const clamp = (v: number, high: number) => Math.min(high, Math.max(d.low, v));
  if (d.type === 'float') return clamp(d.log ? Math.exp(x) : x, d.high);
  if (d.log) return clamp(Math.round(Math.exp(x)), d.high);
  return clamp(d.low + Math.round((x - d.low) / d.step) * d.step, stepTop(d));
}
