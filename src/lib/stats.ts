/** Small statistics shared by the engine, the search and the benchmarks. */

export const mean = (values: readonly number[]): number =>
  values.reduce((sum, v) => sum + v, 0) / values.length;

/** Mean and population standard deviation (numpy's default ddof 0, sklearn's std_test_score). */
export function meanAndSpread(values: readonly number[]): { mean: number; std: number } {
  if (values.length === 0) throw new Error('A mean and spread need at least one value');
  const m = mean(values);
  const variance = values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length;
  return { mean: m, std: Math.sqrt(variance) };
}

/** The q-quantile (0..1) of values, linearly interpolated as numpy's default; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)] as number;
  const above = sorted[Math.ceil(at)] as number;
  return below + (above - below) * (at - Math.floor(at));
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
