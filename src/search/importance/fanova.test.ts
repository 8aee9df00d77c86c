import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import { fanovaImportances } from './fanova';
import { fitRandomForest, type RegressionTree } from './regression-forest';

/** A tree from its nodes in depth-first order: [feature, threshold] or a leaf's value. */
function tree(nodes: ([number, number] | number)[]): RegressionTree {
  const n = nodes.length;
  const t: RegressionTree = {
    nodeCount: n,
    feature: new Int32Array(n).fill(-1),
    threshold: new Float64Array(n),
    left: new Int32Array(n).fill(-1),
    right: new Int32Array(n).fill(-1),
    value: new Float64Array(n),
    impurity: new Float64Array(n),
    weight: new Float64Array(n),
  };
  const build = (at: number): number => {
    const node = nodes[at]!;
    if (typeof node === 'number') {
      t.value[at] = node;
      return at + 1;
    }
    [t.feature[at], t.threshold[at]] = node;
    t.left[at] = at + 1;
    t.right[at] = build(at + 1);
    return build(t.right[at]);
  };
  build(0);
  return t;
}

/**
 * Optuna's definition, cell by cell: the grid the tree's thresholds cut the parameter's columns
 * into; at each cell's midpoint, the mean prediction over the other columns (from the leaves whose
 * box holds the midpoint); the variance of those means weighted by cell size, over the tree's.
 */
function referenceFraction(t: RegressionTree, bounds: number[], columns: number[]): number {
  const width = bounds.length / 2;
  const leaves: { value: number; low: number[]; high: number[] }[] = [];
  const walk = (node: number, low: number[], high: number[]) => {
    const f = t.feature[node]!;
    if (f < 0) return leaves.push({ value: t.value[node]!, low, high });
    walk(
      t.left[node]!,
      low,
      high.map((h, c) => (c === f ? t.threshold[node]! : h)),
    );
    walk(
      t.right[node]!,
      low.map((l, c) => (c === f ? t.threshold[node]! : l)),
      high,
    );
  };
  walk(
    0,
    bounds.filter((_, i) => i % 2 === 0),
    bounds.filter((_, i) => i % 2 === 1),
  );
  const volume = (l: { low: number[]; high: number[] }, cs: number[]) =>
    cs.reduce((v, c) => v * (l.high[c]! - l.low[c]!), 1);
  const all = Array.from({ length: width }, (_, c) => c);
  const others = all.filter((c) => !columns.includes(c));
  const variance = (values: number[], weights: number[]) => {
    const w = weights.reduce((a, b) => a + b, 0);
    const mean = values.reduce((a, v, i) => a + v * weights[i]!, 0) / w;
    return values.reduce((a, v, i) => a + (v - mean) ** 2 * weights[i]!, 0) / w;
  };
  const total = variance(
    leaves.map((l) => l.value),
    leaves.map((l) => volume(l, all)),
  );
  let cells: { point: number[]; size: number }[] = [{ point: [], size: 1 }];
  for (const c of columns) {
    const cuts = [...new Set(Array.from(t.threshold).filter((_, i) => t.feature[i] === c))];
    const edges = [bounds[2 * c]!, ...cuts.sort((a, b) => a - b), bounds[2 * c + 1]!];
    cells = cells.flatMap((cell) =>
      edges.slice(1).map((e, i) => ({
        point: [...cell.point, (e + edges[i]!) / 2],
        size: cell.size * (e - edges[i]!),
      })),
    );
  }
  const means = cells.map(({ point }) => {
    const holding = leaves.filter((l) =>
      columns.every((c, j) => l.low[c]! < point[j]! && point[j]! < l.high[c]!),
    );
    const weights = holding.map((l) => volume(l, others));
    return (
      holding.reduce((a, l, i) => a + l.value * weights[i]!, 0) / weights.reduce((a, b) => a + b)
    );
  });
  return (
    variance(
      means,
      cells.map((c) => c.size),
    ) / total
  );
}

describe('fanovaImportances', () => {
  it('splits a tree into the variance of each column alone, over the whole', () => {
    // x0 ≤ 0.5 and x1 ≤ 0.5: 0; x0 ≤ 0.5 and x1 > 0.5: 2; x0 > 0.5: 1. Mean 1, variance 0.5.
    const t = tree([[0, 0.5], [1, 0.5], 0, 2, 1]);
    const importances = fanovaImportances([t], Float64Array.of(0, 1, 0, 1), [[0], [1]]);
    expect(importances![0]).toBeCloseTo(0, 12);
    // x1's marginal: 0.5 below 0.5, 1.5 above; variance 0.25.
    expect(importances![1]).toBeCloseTo(0.5, 12);
  });

  it("computes Optuna's cell-by-cell marginal variance, a categorical's one-hot columns together", () => {
    const rng = createRng(4);
    const rows = 60;
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < rows; i++) {
      const a = rng.next();
      const b = rng.uniform(-2, 3);
      const choice = rng.int(3);
      x.push(a, b, choice === 0 ? 1 : 0, choice === 1 ? 1 : 0, choice === 2 ? 1 : 0);
      y.push(Math.sin(4 * a) + 0.3 * b * (choice === 1 ? 1 : -0.5) + 0.1 * rng.normal());
    }
    const bounds = [0, 1, -2, 3, 0, 1, 0, 1, 0, 1];
    const columns = [[0], [1], [2, 3, 4]];
    const forest = fitRandomForest(
      { rows, columns: 5, x: Float64Array.from(x), y: Float64Array.from(y) },
      { trees: 4, maxDepth: 64, seed: 2 },
    );
    for (const t of forest) {
      const ours = fanovaImportances([t], Float64Array.from(bounds), columns)!;
      columns.forEach((cs, p) => expect(ours[p]).toBeCloseTo(referenceFraction(t, bounds, cs), 10));
    }
  });

  it('gives a function of one column nearly all of the variance', () => {
    const rng = createRng(8);
    const x = Array.from({ length: 3 * 80 }, () => rng.next());
    const y = Array.from({ length: 80 }, (_, i) => (x[3 * i]! - 0.3) ** 2);
    const forest = fitRandomForest(
      { rows: 80, columns: 3, x: Float64Array.from(x), y: Float64Array.from(y) },
      { trees: 16, maxDepth: 64, seed: 0 },
    );
    const importances = fanovaImportances(forest, Float64Array.of(0, 1, 0, 1, 0, 1), [
      [0],
      [1],
      [2],
    ]);
    expect(importances![0]).toBeGreaterThan(0.97);
    expect(importances![1]! + importances![2]!).toBeLessThan(0.03);
  });

  it('leaves out trees whose prediction does not vary, and is null when none varies', () => {
    const flat = tree([7]);
    const split = tree([[0, 0.5], 0, 1]);
    const bounds = Float64Array.of(0, 1);
    expect(fanovaImportances([flat, flat], bounds, [[0]])).toBeNull();
    expect(fanovaImportances([flat, split], bounds, [[0]])![0]).toBeCloseTo(1, 12);
  });
});
