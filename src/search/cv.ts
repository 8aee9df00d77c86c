/** Mean and population standard deviation of per-fold scores (sklearn's mean/std_test_score). */
export function summarizeFolds(values: readonly number[]): { mean: number; std: number } {
  if (values.length === 0) throw new Error('Summarising folds needs at least one fold value');
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return { mean, std: Math.sqrt(variance) };
}
