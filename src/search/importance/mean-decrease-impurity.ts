import type { RegressionTree } from './regression-forest';

/**
 * scikit-learn's `feature_importances_` of a forest (mean decrease in impurity): per tree, each
 * column's decrease in weighted squared error over the nodes that split on it, normalised to sum
 * 1; the mean over the trees that split at all, normalised to sum 1. All zeros when no tree splits.
 */
export function meanDecreaseImpurity(
  forest: readonly RegressionTree[],
  columns: number,
): Float64Array {
  const total = new Float64Array(columns);
  const tree = new Float64Array(columns);
  for (const t of forest) {
    if (t.nodeCount < 2) continue;
    tree.fill(0);
    for (let node = 0; node < t.nodeCount; node++) {
      const feature = t.feature[node] as number;
      if (feature < 0) continue;
      const left = t.left[node] as number;
      const right = t.right[node] as number;
      tree[feature] =
        (tree[feature] as number) +
        (t.weight[node] as number) * (t.impurity[node] as number) -
        (t.weight[left] as number) * (t.impurity[left] as number) -
        (t.weight[right] as number) * (t.impurity[right] as number);
    }
    const sum = tree.reduce((s, v) => s + v, 0) / (t.weight[0] as number);
    for (let c = 0; c < columns; c++) {
      const importance = (tree[c] as number) / (t.weight[0] as number);
      total[c] = (total[c] as number) + (sum > 0 ? importance / sum : importance);
    }
  }
  // Normalising the sum also divides out the mean's count of trees.
  const sum = total.reduce((s, v) => s + v, 0);
  // scikit-learn gives NaN where trees split without any decrease; zeros here, as for no split.
  return sum > 0 ? total.map((v) => v / sum) : total;
}
