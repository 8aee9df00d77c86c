import { stepTop } from '../transform';
import type { ImportanceChoice, ImportanceDistribution } from './importance-study';

/** Trials as the importance evaluators' forest reads them: one row per trial, one column per value. */
export interface EncodedTrials {
  rows: number;
  columns: number;
  /** rows × columns, row-major. */
  x: Float64Array;
  /** The trials' objective values. */
  y: Float64Array;
  /** Each column's (low, high), flattened: the search space's box. */
  bounds: Float64Array;
  /** The columns of each parameter (Optuna's `column_to_encoded_columns`). */
  paramColumns: readonly (readonly number[])[];
}

export interface EncodableTrial {
  params: Readonly<Record<string, ImportanceChoice>>;
  value: number;
}

/**
 * Optuna's `_SearchSpaceTransform(distributions, transform_log=False, transform_step=False)`:
 * numbers as they are (no logarithm, no half-step widening), categoricals one-hot with bounds
 * [0, 1]. `params` is the parameters in column order; every trial must hold all of them.
 */
export function encodeTrials(
  params: readonly (readonly [name: string, distribution: ImportanceDistribution])[],
  trials: readonly EncodableTrial[],
): EncodedTrials {
  const paramColumns: number[][] = [];
  const bounds: number[] = [];
  for (const [, distribution] of params) {
    const first = bounds.length / 2;
    if (distribution.type === 'categorical') {
      for (let i = 0; i < distribution.choices.length; i++) bounds.push(0, 1);
    } else {
      bounds.push(distribution.low, topOf(distribution));
    }
    paramColumns.push(Array.from({ length: bounds.length / 2 - first }, (_, i) => first + i));
  }
  const columns = bounds.length / 2;
  const rows = trials.length;
  const x = new Float64Array(rows * columns);
  const y = new Float64Array(rows);
  trials.forEach((trial, row) => {
    y[row] = trial.value;
    params.forEach(([name, distribution], p) => {
      const value = trial.params[name] as ImportanceChoice;
      const first = (paramColumns[p] as number[])[0] as number;
      if (distribution.type === 'categorical') {
        x[row * columns + first + distribution.choices.indexOf(value)] = 1;
      } else {
        x[row * columns + first] = value as number;
      }
    });
  });
  return { rows, columns, x, y, bounds: Float64Array.from(bounds), paramColumns };
}

/** Optuna's `single()`: the distribution holds one value only. */
export function isSingle(distribution: ImportanceDistribution): boolean {
  switch (distribution.type) {
    case 'categorical':
      return distribution.choices.length === 1;
    case 'int':
      return distribution.log
        ? distribution.low === distribution.high
        : distribution.high - distribution.low < distribution.step;
    case 'float':
      return distribution.step === null
        ? distribution.low === distribution.high
        : topOf(distribution) === distribution.low;
  }
}

/** `high` moved down onto the step grid, as Optuna's distributions do on construction. */
function topOf(distribution: Exclude<ImportanceDistribution, { type: 'categorical' }>): number {
  if (distribution.type === 'int') return stepTop(distribution);
  const { low, high, step } = distribution;
  if (step === null) return high;
  // Optuna computes in decimal; 12 significant digits drop the binary noise (0.3 / 0.1, 3 × 0.1).
  const steps = Number(((high - low) / step).toPrecision(12));
  return Number.isInteger(steps) ? high : Number((low + Math.floor(steps) * step).toPrecision(12));
}
