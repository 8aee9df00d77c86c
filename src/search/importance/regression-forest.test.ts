import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import {
  createTreeFitter,
  fitRandomForest,
  type RegressionTree,
  type TrainingData,
} from './regression-forest';

function predict(tree: RegressionTree, row: ArrayLike<number>): number {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    const goLeft = Math.fround(row[tree.feature[node]!]!) <= tree.threshold[node]!;
    node = goLeft ? tree.left[node]! : tree.right[node]!;
  }
  return tree.value[node]!;
}

function data(x: number[][], y: number[]): TrainingData {
  return {
    rows: x.length,
    columns: x[0]!.length,
    x: Float64Array.from(x.flat()),
    y: Float64Array.from(y),
  };
}

function randomData(rows: number, columns: number, seed: number): TrainingData {
  const rng = createRng(seed);
  const x = Array.from({ length: rows }, () => Array.from({ length: columns }, () => rng.next()));
  return data(
    x,
    x.map((r) => Math.sin(5 * r[0]!) + r[1]! * r[2]!),
  );
}

const ones = (n: number) => new Float64Array(n).fill(1);

describe('createTreeFitter', () => {
  it('grows a tree that reproduces every training row', () => {
    const d = randomData(50, 3, 1);
    const tree = createTreeFitter(d, 64)(ones(50), createRng(0));
    for (let i = 0; i < 50; i++) expect(predict(tree, d.x.subarray(i * 3, i * 3 + 3))).toBe(d.y[i]);
    expect(tree.feature.filter((f) => f < 0)).toHaveLength(50);
  });

  it('cuts midway between consecutive distinct values, for the best decrease in squared error', () => {
    const d = data([[0], [1], [2], [3], [4]], [0, 0, 0, 5, 5]);
    const tree = createTreeFitter(d, 1)(ones(5), createRng(0));
    expect(tree.nodeCount).toBe(3);
    expect(tree.threshold[0]).toBe(2.5);
    expect([...tree.value]).toEqual([2, 0, 5]);
    expect(tree.impurity[0]).toBeCloseTo(6, 12);
    expect([...tree.weight]).toEqual([5, 3, 2]);
  });

  it('numbers nodes depth first, the left subtree first, as scikit-learn does', () => {
    const d = data([[0], [1], [2], [3]], [0, 1, 10, 11]);
    const tree = createTreeFitter(d, 64)(ones(4), createRng(0));
    expect([...tree.left]).toEqual([1, 2, -1, -1, 5, -1, -1]);
    expect([...tree.right]).toEqual([4, 3, -1, -1, 6, -1, -1]);
  });

  it('weights rows, and leaves rows of weight 0 out', () => {
    const d = data([[0], [1], [2]], [0, 3, 9]);
    const tree = createTreeFitter(d, 1)(Float64Array.of(2, 1, 0), createRng(0));
    expect(tree.weight[0]).toBe(3);
    expect(tree.value[0]).toBe(1);
    expect(tree.threshold[0]).toBe(0.5);
  });

  it('reads values as float32 and does not cut values closer than 1e-7', () => {
    const d = data([[1], [1 + 5e-8], [1 + 1e-6]], [0, 1, 2]);
    const tree = createTreeFitter(d, 64)(ones(3), createRng(0));
    expect(tree.nodeCount).toBe(3);
    expect(tree.threshold[0]).toBe(Math.fround(1 + 5e-8) / 2 + Math.fround(1 + 1e-6) / 2);
    expect(tree.value[1]).toBe(0.5);
  });

  it('stops at pure nodes, constant columns and the depth limit', () => {
    expect(createTreeFitter(data([[0], [1]], [3, 3]), 64)(ones(2), createRng(0)).nodeCount).toBe(1);
    expect(createTreeFitter(data([[1], [1]], [0, 3]), 64)(ones(2), createRng(0)).nodeCount).toBe(1);
    const deep = createTreeFitter(randomData(40, 3, 2), 2)(ones(40), createRng(0));
    expect(deep.nodeCount).toBe(7);
  });

  it('breaks ties between columns by its random order of columns', () => {
    // Both columns separate the two rows equally well.
    const d = data(
      [
        [0, 1],
        [1, 0],
      ],
      [0, 1],
    );
    const fit = createTreeFitter(d, 64);
    const features = new Set(
      Array.from({ length: 20 }, (_, seed) => fit(ones(2), createRng(seed)).feature[0]),
    );
    expect(features).toEqual(new Set([0, 1]));
  });
});

describe('fitRandomForest', () => {
  const d = randomData(40, 3, 3);

  it('is reproducible for a seed, and differs between seeds', () => {
    const forest = fitRandomForest(d, { trees: 8, maxDepth: 64, seed: 5 });
    expect(fitRandomForest(d, { trees: 8, maxDepth: 64, seed: 5 })).toEqual(forest);
    expect(fitRandomForest(d, { trees: 8, maxDepth: 64, seed: 6 })).not.toEqual(forest);
    expect(forest).toHaveLength(8);
  });

  it('fits each tree to a bootstrap sample: as many draws as rows, with repeats', () => {
    const forest = fitRandomForest(d, { trees: 16, maxDepth: 64, seed: 1 });
    for (const tree of forest) {
      expect(tree.weight[0]).toBe(40);
      const leaves = tree.feature.filter((f) => f < 0).length;
      // About 1 − 1/e of the rows are drawn at least once.
      expect(leaves).toBeGreaterThan(15);
      expect(leaves).toBeLessThan(35);
    }
  });
});
