import { createRng } from '../../lib/rng';
import { meanAndSpread } from '../../lib/stats';

export interface PermutationImportance {
  /** The score of the rows as given. */
  baseline: number;
  /** Per column: mean and population std over repeats of baseline − score with it shuffled. */
  importances: { mean: number; std: number }[];
}

/**
 * scikit-learn's permutation_importance over row-major `features` (rows × featureCount): each
 * column in turn is shuffled `repeats` times, the rest left as they are, and scored again.
 * `score` must judge the rows against their own (unshuffled) targets; higher is better.
 */
export async function permutationImportance(
  features: Float32Array,
  featureCount: number,
  score: (features: Float32Array) => number | Promise<number>,
  { repeats, seed }: { repeats: number; seed: number },
): Promise<PermutationImportance> {
  const rows = features.length / featureCount;
  const baseline = await score(features);
  const importances: PermutationImportance['importances'] = [];
  const permuted = features.slice();
  for (let column = 0; column < featureCount; column++) {
    // As in scikit-learn, every column is shuffled with the same sequence of permutations.
    const rng = createRng(seed);
    const order = Array.from({ length: rows }, (_, i) => i);
    const drops: number[] = [];
    for (let repeat = 0; repeat < repeats; repeat++) {
      rng.shuffle(order);
      for (let i = 0; i < rows; i++)
        permuted[i * featureCount + column] = features[
          (order[i] as number) * featureCount + column
        ] as number;
      drops.push(baseline - (await score(permuted)));
    }
    for (let i = 0; i < rows; i++)
      permuted[i * featureCount + column] = features[i * featureCount + column] as number;
    importances.push(meanAndSpread(drops));
  }
  return { baseline, importances };
}
