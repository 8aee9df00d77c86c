import { createRng, type Rng } from '../../lib/rng';

/** scikit-learn's FEATURE_THRESHOLD: feature values closer than this count as one value. */
const FEATURE_THRESHOLD = 1e-7;
/** scikit-learn's EPSILON: a node at most this impure is a leaf. */
const EPSILON = Number.EPSILON;

/**
 * A fitted CART regression tree, laid out as scikit-learn's `tree_`: nodes in depth-first order
 * (a node's left subtree before its right one), so children always follow their parent.
 */
export interface RegressionTree {
  nodeCount: number;
  /** The column a node splits on; -1 at a leaf. */
  feature: Int32Array;
  /** Rows with `x[feature] <= threshold` (compared in float32) go left. */
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  /** The weighted mean of the node's targets: the prediction at a leaf. */
  value: Float64Array;
  /** The weighted variance of the node's targets (squared error). */
  impurity: Float64Array;
  /** The node's total sample weight. */
  weight: Float64Array;
}

export interface TrainingData {
  rows: number;
  columns: number;
  /** rows × columns, row-major. */
  x: Float64Array;
  y: Float64Array;
}

export interface ForestOptions {
  trees: number;
  maxDepth: number;
  seed: number;
}

/** The forest both of Optuna's importance evaluators fit. */
export const OPTUNA_FOREST = { trees: 64, maxDepth: 64 } as const;

/**
 * scikit-learn's RandomForestRegressor(n_estimators=trees, max_depth, min_samples_split=2,
 * min_samples_leaf=1, max_features=1.0, bootstrap=True): each tree is fitted to every row,
 * weighted by how often a bootstrap draw of `rows` rows picked it.
 */
export function fitRandomForest(data: TrainingData, options: ForestOptions): RegressionTree[] {
  if (data.rows < 1) throw new RangeError('A forest needs at least one row');
  const rng = createRng(options.seed);
  const fitTree = createTreeFitter(data, options.maxDepth);
  const weights = new Float64Array(data.rows);
  const forest: RegressionTree[] = [];
  for (let t = 0; t < options.trees; t++) {
    weights.fill(0);
    for (let i = 0; i < data.rows; i++) {
      const row = rng.int(data.rows);
      weights[row] = (weights[row] as number) + 1;
    }
    forest.push(fitTree(weights, rng));
  }
  return forest;
}

/**
 * Fits trees to `data` with the rows weighted by `weights` (rows of weight 0 left out); `rng`
 * orders the columns tried at each node. The rows are sorted once for all the trees.
 */
export function createTreeFitter(
  data: TrainingData,
  maxDepth: number,
): (weights: Float64Array, rng: Rng) => RegressionTree {
  const builder = new TreeBuilder(data, maxDepth);
  return (weights, rng) => builder.fit(weights, rng);
}

/**
 * scikit-learn's depth-first builder with its best splitter and squared error. Each column keeps
 * the node's rows sorted by that column (sorted once, then split stably), so no node sorts.
 */
class TreeBuilder {
  private readonly rows: number;
  private readonly columns: number;
  /** The values as scikit-learn reads them: rounded to float32. */
  private readonly x: Float32Array;
  private readonly y: Float64Array;
  private readonly maxDepth: number;
  /** Every row, sorted by each column in turn (column c at c × rows). */
  private readonly sortedRows: Int32Array;
  /** The tree's rows, sorted by each column within each node's range (column c at c × rows). */
  private readonly order: Int32Array;
  private readonly scratch: Int32Array;
  private readonly goesLeft: Uint8Array;
  private readonly columnOrder: Int32Array;
  private readonly stack: {
    start: Int32Array;
    end: Int32Array;
    depth: Int32Array;
    parent: Int32Array;
    isLeft: Uint8Array;
    impurity: Float64Array;
  };
  // The best split of the node being split: column -1 when every column is constant there.
  private bestColumn = -1;
  private bestPosition = 0;
  private bestThreshold = 0;
  private bestLeftSum = 0;
  private bestLeftWeight = 0;

  constructor(data: TrainingData, maxDepth: number) {
    const { rows, columns } = data;
    this.rows = rows;
    this.columns = columns;
    const x = Float32Array.from(data.x);
    this.x = x;
    this.y = data.y;
    this.maxDepth = maxDepth;
    this.sortedRows = new Int32Array(columns * rows);
    const byColumn = new Int32Array(rows);
    for (let c = 0; c < columns; c++) {
      for (let i = 0; i < rows; i++) byColumn[i] = i;
      byColumn.sort((a, b) => (x[a * columns + c] as number) - (x[b * columns + c] as number));
      this.sortedRows.set(byColumn, c * rows);
    }
    this.order = new Int32Array(columns * rows);
    this.scratch = new Int32Array(rows);
    this.goesLeft = new Uint8Array(rows);
    this.columnOrder = new Int32Array(columns);
    // Depth-first, left child popped first: at most one pending right child per level.
    const size = rows + 1;
    this.stack = {
      start: new Int32Array(size),
      end: new Int32Array(size),
      depth: new Int32Array(size),
      parent: new Int32Array(size),
      isLeft: new Uint8Array(size),
      impurity: new Float64Array(size),
    };
  }

  fit(weights: Float64Array, rng: Rng): RegressionTree {
    const { rows, columns, y, order, stack } = this;
    let samples = 0;
    for (let c = 0; c < columns; c++) {
      samples = 0;
      for (let i = c * rows; i < (c + 1) * rows; i++) {
        const row = this.sortedRows[i] as number;
        if ((weights[row] as number) > 0) order[c * rows + samples++] = row;
      }
    }
    if (samples === 0) throw new RangeError('A tree needs a row of positive weight');

    const capacity = 2 * samples - 1;
    const tree: RegressionTree = {
      nodeCount: 0,
      feature: new Int32Array(capacity),
      threshold: new Float64Array(capacity),
      left: new Int32Array(capacity),
      right: new Int32Array(capacity),
      value: new Float64Array(capacity),
      impurity: new Float64Array(capacity),
      weight: new Float64Array(capacity),
    };
    let totalWeight = 0;
    for (let i = 0; i < samples; i++) totalWeight += weights[order[i] as number] as number;

    let top = 0;
    this.push(top++, 0, samples, 0, -1, false, NaN);
    while (top > 0) {
      top--;
      const start = stack.start[top] as number;
      const end = stack.end[top] as number;
      const depth = stack.depth[top] as number;
      const parent = stack.parent[top] as number;

      let sum = 0;
      let squares = 0;
      let weight = 0;
      for (let i = start; i < end; i++) {
        const row = order[i] as number;
        const w = weights[row] as number;
        const v = y[row] as number;
        sum += w * v;
        squares += w * v * v;
        weight += w;
      }
      const mean = sum / weight;
      // The root's impurity is computed here; a child's was computed by its parent's split.
      const impurity =
        parent < 0 ? squares / weight - mean * mean : (stack.impurity[top] as number);

      const node = tree.nodeCount++;
      if (parent >= 0) (stack.isLeft[top] === 1 ? tree.left : tree.right)[parent] = node;
      tree.value[node] = mean;
      tree.impurity[node] = impurity;
      tree.weight[node] = weight;
      tree.feature[node] = -1;
      tree.left[node] = -1;
      tree.right[node] = -1;

      if (depth >= this.maxDepth || end - start < 2 || impurity <= EPSILON) continue;
      this.findBestSplit(weights, start, end, sum, weight, rng);
      if (this.bestColumn < 0) continue;

      const position = this.bestPosition;
      const leftSum = this.bestLeftSum;
      const leftWeight = this.bestLeftWeight;
      const rightWeight = weight - leftWeight;
      let leftSquares = 0;
      for (let i = this.bestColumn * rows + start; i < this.bestColumn * rows + position; i++) {
        const row = order[i] as number;
        const v = y[row] as number;
        leftSquares += (weights[row] as number) * v * v;
      }
      const leftMean = leftSum / leftWeight;
      const rightMean = (sum - leftSum) / rightWeight;
      const leftImpurity = leftSquares / leftWeight - leftMean * leftMean;
      const rightImpurity = (squares - leftSquares) / rightWeight - rightMean * rightMean;
      const improvement =
        (weight / totalWeight) *
        (impurity - (rightWeight / weight) * rightImpurity - (leftWeight / weight) * leftImpurity);
      // min_impurity_decrease = 0, with scikit-learn's tolerance.
      if (improvement + EPSILON < 0) continue;

      tree.feature[node] = this.bestColumn;
      tree.threshold[node] = this.bestThreshold;
      this.partition(start, end);
      this.push(top++, position, end, depth + 1, node, false, rightImpurity);
      this.push(top++, start, position, depth + 1, node, true, leftImpurity);
    }
    return trim(tree);
  }

  /**
   * scikit-learn's BestSplitter: the columns in random order, each cut between consecutive
   * distinct values; the first split found with the largest proxy improvement wins.
   */
  private findBestSplit(
    weights: Float64Array,
    start: number,
    end: number,
    sum: number,
    weight: number,
    rng: Rng,
  ): void {
    const { rows, columns, x, y, order, columnOrder } = this;
    for (let c = 0; c < columns; c++) columnOrder[c] = c;
    for (let c = columns - 1; c > 0; c--) {
      const other = rng.int(c + 1);
      const swapped = columnOrder[c] as number;
      columnOrder[c] = columnOrder[other] as number;
      columnOrder[other] = swapped;
    }
    this.bestColumn = -1;
    let best = -Infinity;
    for (let k = 0; k < columns; k++) {
      const c = columnOrder[k] as number;
      const base = c * rows;
      const first = x[(order[base + start] as number) * columns + c] as number;
      const last = x[(order[base + end - 1] as number) * columns + c] as number;
      if (last <= first + FEATURE_THRESHOLD) continue;
      let leftSum = 0;
      let leftWeight = 0;
      let previous = first;
      for (let p = start + 1; p < end; p++) {
        const row = order[base + p - 1] as number;
        const w = weights[row] as number;
        leftSum += w * (y[row] as number);
        leftWeight += w;
        const current = x[(order[base + p] as number) * columns + c] as number;
        if (current > previous + FEATURE_THRESHOLD) {
          const rightSum = sum - leftSum;
          const proxy =
            (leftSum * leftSum) / leftWeight + (rightSum * rightSum) / (weight - leftWeight);
          if (proxy > best) {
            best = proxy;
            this.bestColumn = c;
            this.bestPosition = p;
            this.bestLeftSum = leftSum;
            this.bestLeftWeight = leftWeight;
            const threshold = previous / 2 + current / 2;
            this.bestThreshold =
              threshold === current || !Number.isFinite(threshold) ? previous : threshold;
          }
        }
        previous = current;
      }
    }
  }

  /** Splits every column's range at the best split, keeping each side sorted. */
  private partition(start: number, end: number): void {
    const { rows, columns, order, scratch, goesLeft } = this;
    const base = this.bestColumn * rows;
    for (let i = start; i < end; i++)
      goesLeft[order[base + i] as number] = i < this.bestPosition ? 1 : 0;
    for (let c = 0; c < columns; c++) {
      if (c === this.bestColumn) continue;
      let left = c * rows + start;
      let right = 0;
      for (let i = c * rows + start; i < c * rows + end; i++) {
        const row = order[i] as number;
        if (goesLeft[row] === 1) order[left++] = row;
        else scratch[right++] = row;
      }
      order.set(scratch.subarray(0, right), left);
    }
  }

  private push(
    at: number,
    start: number,
    end: number,
    depth: number,
    parent: number,
    isLeft: boolean,
    impurity: number,
  ): void {
    const { stack } = this;
    stack.start[at] = start;
    stack.end[at] = end;
    stack.depth[at] = depth;
    stack.parent[at] = parent;
    stack.isLeft[at] = isLeft ? 1 : 0;
    stack.impurity[at] = impurity;
  }
}

function trim(tree: RegressionTree): RegressionTree {
  const n = tree.nodeCount;
  return {
    nodeCount: n,
    feature: tree.feature.slice(0, n),
    threshold: tree.threshold.slice(0, n),
    left: tree.left.slice(0, n),
    right: tree.right.slice(0, n),
    value: tree.value.slice(0, n),
    impurity: tree.impurity.slice(0, n),
    weight: tree.weight.slice(0, n),
  };
}
