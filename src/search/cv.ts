/** Mean and population standard deviation of per-fold scores (sklearn's mean/std_test_score). */
export function summarizeFolds(values: readonly number[]): { mean: number; std: number } {
  if (values.length === 0) throw new Error('Summarising folds needs at least one fold value');
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return { mean, std: Math.sqrt(variance) };
}

/**
 * The mean across k folds trained in lockstep at `step` (one curve per fold), the value a
 * cross-validated trial reports to the study; null until every fold has reached the step.
 */
export function runningFoldMean(
  curves: readonly (readonly number[])[],
  step: number,
): number | null {
  if (curves.length === 0) return null;
  const values: number[] = [];
  for (const curve of curves) {
    const value = curve[step];
    if (value === undefined) return null;
    values.push(value);
  }
  return summarizeFolds(values).mean;
}
