import type { RegressionTree } from './regression-forest';

/**
 * Optuna 3.1's fANOVA (`_Fanova.get_importance` over `_FanovaTree`s): for each parameter, the
 * mean over the trees whose prediction varies of (the variance of the tree's marginal prediction
 * over the parameter's columns) / (the variance of its prediction over the whole search space),
 * both weighted by volume in the box `bounds` (each column's low and high, flattened). `null`
 * when no tree varies, where Optuna raises.
 *
 * Optuna evaluates the marginal at the midpoint of every cell of the grid the tree's thresholds
 * cut the parameter's columns into, walking the tree once per cell (a categorical's one-hot
 * columns: every combination). The marginal is piecewise constant on the leaves' boxes, so the
 * same variance follows in closed form from pairs of leaves and the volumes their boxes share.
 */
export function fanovaImportances(
  forest: readonly RegressionTree[],
  bounds: Float64Array,
  paramColumns: readonly (readonly number[])[],
): Float64Array | null {
  const sums = new Float64Array(paramColumns.length);
  let varyingTrees = 0;
  for (const tree of forest) {
    const leaves = leafBoxes(tree, bounds);
    const { mean, variance } = weightedVariance(leaves.value, leaves.volume, leaves.count);
    if (!(variance > 0)) continue;
    varyingTrees++;
    paramColumns.forEach((columns, p) => {
      const marginal = marginalVariance(leaves, bounds, columns, mean);
      sums[p] = (sums[p] as number) + Math.max(marginal, 0) / variance;
    });
  }
  if (varyingTrees === 0) return null;
  return sums.map((sum) => sum / varyingTrees);
}

interface LeafBoxes {
  count: number;
  columns: number;
  value: Float64Array;
  /** Each leaf's volume: the product of its box's widths. */
  volume: Float64Array;
  /** Each leaf's box, count × columns, row-major. */
  low: Float64Array;
  high: Float64Array;
}

/** The box of every leaf: the search space cut by the thresholds on the way to it. */
function leafBoxes(tree: RegressionTree, bounds: Float64Array): LeafBoxes {
  const columns = bounds.length / 2;
  const nodes = tree.nodeCount;
  const nodeLow = new Float64Array(nodes * columns);
  const nodeHigh = new Float64Array(nodes * columns);
  for (let c = 0; c < columns; c++) {
    nodeLow[c] = bounds[2 * c] as number;
    nodeHigh[c] = bounds[2 * c + 1] as number;
  }
  let count = 0;
  for (let node = 0; node < nodes; node++) if ((tree.feature[node] as number) < 0) count++;
  const leaves: LeafBoxes = {
    count,
    columns,
    value: new Float64Array(count),
    volume: new Float64Array(count),
    low: new Float64Array(count * columns),
    high: new Float64Array(count * columns),
  };
  let leaf = 0;
  // Children follow their parent, so each node's box is known before its children's.
  for (let node = 0; node < nodes; node++) {
    const box = node * columns;
    const feature = tree.feature[node] as number;
    if (feature < 0) {
      leaves.low.set(nodeLow.subarray(box, box + columns), leaf * columns);
      leaves.high.set(nodeHigh.subarray(box, box + columns), leaf * columns);
      let volume = 1;
      for (let c = 0; c < columns; c++)
        volume *= (nodeHigh[box + c] as number) - (nodeLow[box + c] as number);
      leaves.value[leaf] = tree.value[node] as number;
      leaves.volume[leaf] = volume;
      leaf++;
      continue;
    }
    const threshold = tree.threshold[node] as number;
    const left = (tree.left[node] as number) * columns;
    const right = (tree.right[node] as number) * columns;
    nodeLow.copyWithin(left, box, box + columns);
    nodeHigh.copyWithin(left, box, box + columns);
    nodeHigh[left + feature] = threshold;
    nodeLow.copyWithin(right, box, box + columns);
    nodeHigh.copyWithin(right, box, box + columns);
    nodeLow[right + feature] = threshold;
  }
  return leaves;
}

/** numpy.average of the values and of their squared deviations, with `weights`. */
function weightedVariance(values: Float64Array, weights: Float64Array, n: number) {
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < n; i++) {
    sum += (values[i] as number) * (weights[i] as number);
    weight += weights[i] as number;
  }
  const mean = sum / weight;
  let squares = 0;
  for (let i = 0; i < n; i++)
    squares += ((values[i] as number) - mean) ** 2 * (weights[i] as number);
  return { mean, variance: squares / weight };
}

/**
 * The variance, over the box of `columns`, of the tree's prediction averaged over the other
 * columns: a(u) = Σ over leaves whose box holds u of (value − mean) × (the leaf's volume in the
 * other columns) / (the box's volume in them). `mean` (the tree's mean) is taken out first so that
 * E[a²] − E[a]² does not cancel.
 */
function marginalVariance(
  leaves: LeafBoxes,
  bounds: Float64Array,
  columns: readonly number[],
  mean: number,
): number {
  const { count, columns: width } = leaves;
  const k = columns.length;
  let activeSpace = 1;
  let otherSpace = 1;
  for (let c = 0; c < width; c++) {
    const span = (bounds[2 * c + 1] as number) - (bounds[2 * c] as number);
    if (columns.includes(c)) activeSpace *= span;
    else otherSpace *= span;
  }
  // Each leaf's box in the parameter's columns, and the weight a(u) gets from it.
  const low = new Float64Array(count * k);
  const high = new Float64Array(count * k);
  const weight = new Float64Array(count);
  for (let leaf = 0; leaf < count; leaf++) {
    let volume = 1;
    for (let j = 0; j < k; j++) {
      const at = leaf * width + (columns[j] as number);
      low[leaf * k + j] = leaves.low[at] as number;
      high[leaf * k + j] = leaves.high[at] as number;
      volume *= (leaves.high[at] as number) - (leaves.low[at] as number);
    }
    weight[leaf] =
      (((leaves.value[leaf] as number) - mean) * (leaves.volume[leaf] as number)) /
      volume /
      otherSpace;
  }
  const [first, second] =
    k === 1 ? intervalMoments(low, high, weight) : boxMoments(low, high, weight, k);
  return second / activeSpace - (first / activeSpace) ** 2;
}

/** ∫a and ∫a² for a(u) = Σ weight × [low ≤ u < high] on a line: a sweep over the endpoints. */
function intervalMoments(low: Float64Array, high: Float64Array, weight: Float64Array) {
  const n = weight.length;
  const ends = new Float64Array(2 * n);
  ends.set(low);
  ends.set(high, n);
  ends.sort();
  let m = 0;
  for (let i = 0; i < 2 * n; i++)
    if (i === 0 || ends[i] !== ends[m - 1]) ends[m++] = ends[i] as number;
  const change = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const w = weight[i] as number;
    const from = indexOf(ends, m, low[i] as number);
    const to = indexOf(ends, m, high[i] as number);
    change[from] = (change[from] as number) + w;
    change[to] = (change[to] as number) - w;
  }
  let a = 0;
  let first = 0;
  let second = 0;
  for (let i = 0; i + 1 < m; i++) {
    a += change[i] as number;
    const length = (ends[i + 1] as number) - (ends[i] as number);
    first += a * length;
    second += a * a * length;
  }
  return [first, second] as const;
}

/** The index of `value` among the first `m` (sorted, distinct) entries of `sorted`. */
function indexOf(sorted: Float64Array, m: number, value: number): number {
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * ∫a and ∫a² for a(u) = Σ weight × [u in box] over k dimensions, from the volumes pairs of boxes
 * share; leaves with the same box (most of them, for a categorical's one-hot columns) first
 * merge into one.
 */
function boxMoments(low: Float64Array, high: Float64Array, weight: Float64Array, k: number) {
  const n = weight.length;
  const compare = (a: number, b: number) => {
    for (let j = 0; j < k; j++) {
      const d =
        (low[a * k + j] as number) - (low[b * k + j] as number) ||
        (high[a * k + j] as number) - (high[b * k + j] as number);
      if (d !== 0) return d;
    }
    return 0;
  };
  const sorted = new Int32Array(n).map((_, i) => i).sort(compare);
  // Distinct boxes, each with the summed weight of its leaves.
  const boxes = new Int32Array(n);
  const boxWeight = new Float64Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const leaf = sorted[i] as number;
    if (count === 0 || compare(boxes[count - 1] as number, leaf) !== 0) boxes[count++] = leaf;
    boxWeight[count - 1] = (boxWeight[count - 1] as number) + (weight[leaf] as number);
  }
  let first = 0;
  let second = 0;
  for (let a = 0; a < count; a++) {
    const wa = boxWeight[a] as number;
    const boxA = (boxes[a] as number) * k;
    let volume = 1;
    for (let j = 0; j < k; j++) volume *= (high[boxA + j] as number) - (low[boxA + j] as number);
    first += wa * volume;
    let shared = 0;
    for (let b = a + 1; b < count; b++) {
      const boxB = (boxes[b] as number) * k;
      let overlap = 1;
      for (let j = 0; j < k && overlap > 0; j++) {
        overlap *= Math.max(
          0,
          Math.min(high[boxA + j] as number, high[boxB + j] as number) -
            Math.max(low[boxA + j] as number, low[boxB + j] as number),
        );
      }
      shared += (boxWeight[b] as number) * overlap;
    }
    second += wa * (wa * volume + 2 * shared);
  }
  return [first, second] as const;
}
