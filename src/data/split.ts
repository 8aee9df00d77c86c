import { createRng } from '../lib/rng';
import type { SplitMode } from './catalog';
import type { Dataset } from './types';

export interface SplitIndices {
  train: number[];
  validation: number[];
  test: number[];
}

export interface SplitOptions {
  /** Fractions of all rows for validation and test; the rest is for training. */
  validation: number;
  test: number;
  seed: number;
  mode: SplitMode;
  /** Class labels to stratify by (classification), so each part keeps the class proportions. */
  stratifyBy?: Float32Array | null;
}

/** Selects rows of a dataset by index, copying them into new typed arrays. */
export function takeRows(data: Dataset, indices: readonly number[]): Dataset {
  const { featureCount } = data;
  const features = new Float32Array(indices.length * featureCount);
  const targets = new Float32Array(indices.length);
  indices.forEach((row, i) => {
    features.set(
      data.features.subarray(row * featureCount, (row + 1) * featureCount),
      i * featureCount,
    );
    targets[i] = data.targets[row] as number;
  });
  return { features, targets, count: indices.length, featureCount };
}

/**
 * Splits row indices into train / validation / test, each row in exactly one part. Random splits
 * are seeded and, with `stratifyBy`, keep every class's share; chronological splits keep time
 * order (train first, then validation, then test) so overlapping windows cannot leak.
 */
export function splitIndices(count: number, options: SplitOptions): SplitIndices {
  const { validation, test, seed, mode } = options;
  if (!(validation >= 0 && test >= 0 && validation + test < 1)) {
    throw new RangeError(
      `Validation and test fractions must be ≥ 0 and add up to less than 1, got ${validation} and ${test}.`,
    );
  }
  // A part that was asked for gets at least one row, as long as one is left to train on.
  const atLeastOne = (fraction: number, others: number) =>
    fraction > 0 && count - others >= 2
      ? Math.max(1, Math.round(count * fraction))
      : Math.round(count * fraction);
  const validationCount = atLeastOne(validation, 0);
  const testCount = atLeastOne(test, validationCount);
  const all = Array.from({ length: count }, (_, i) => i);
  if (mode === 'chronological') {
    const trainEnd = count - validationCount - testCount;
    return {
      train: all.slice(0, trainEnd),
      validation: all.slice(trainEnd, trainEnd + validationCount),
      test: all.slice(trainEnd + validationCount),
    };
  }
  const rng = createRng(seed);
  const groups = options.stratifyBy ? groupByClass(options.stratifyBy, count) : [all];
  for (const group of groups) rng.shuffle(group);
  const validationShare = allocate(groups, validationCount);
  const testShare = allocate(
    groups.map((g, i) => g.slice(validationShare[i])),
    testCount,
  );
  const result: SplitIndices = { train: [], validation: [], test: [] };
  groups.forEach((group, i) => {
    const v = validationShare[i] as number;
    const t = testShare[i] as number;
    result.validation.push(...group.slice(0, v));
    result.test.push(...group.slice(v, v + t));
    result.train.push(...group.slice(v + t));
  });
  // Interleave classes again so that training batches are not sorted by class.
  for (const part of [result.train, result.validation, result.test]) rng.shuffle(part);
  return result;
}

/**
 * k (train, validation) index pairs in which every row is validated exactly once; stratified by
 * class when labels are given, so each fold keeps the class proportions.
 */
export function kFoldIndices(
  count: number,
  k: number,
  seed: number,
  stratifyBy: Float32Array | null = null,
): { train: number[]; validation: number[] }[] {
  if (!Number.isInteger(k) || k < 2 || k > count) {
    throw new RangeError(
      `k must be a whole number from 2 to the number of rows (${count}), got ${k}.`,
    );
  }
  const rng = createRng(seed);
  const folds: number[][] = Array.from({ length: k }, () => []);
  const groups = stratifyBy
    ? groupByClass(stratifyBy, count)
    : [Array.from({ length: count }, (_, i) => i)];
  // Dealing each shuffled class round-robin, continuing where the last class stopped, balances fold sizes too.
  let next = 0;
  for (const group of groups) {
    for (const row of rng.shuffle(group)) {
      (folds[next] as number[]).push(row);
      next = (next + 1) % k;
    }
  }
  return folds.map((validation, i) => ({
    validation: [...validation].sort((a, b) => a - b),
    train: folds
      .filter((_, j) => j !== i)
      .flat()
      .sort((a, b) => a - b),
  }));
}

function groupByClass(labels: Float32Array, count: number): number[][] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const label = labels[i] as number;
    const group = groups.get(label);
    if (group) group.push(i);
    else groups.set(label, [i]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, rows]) => rows);
}

/** Shares `total` rows across groups in proportion to their sizes (largest remainder), summing exactly. */
function allocate(groups: number[][], total: number): number[] {
  const size = groups.reduce((sum, g) => sum + g.length, 0);
  if (size === 0) return groups.map(() => 0);
  const exact = groups.map((g) => (g.length * total) / size);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    if ((shares[i] as number) < (groups[i] as number[]).length) {
      shares[i] = (shares[i] as number) + 1;
      left--;
    }
  }
  return shares;
}
