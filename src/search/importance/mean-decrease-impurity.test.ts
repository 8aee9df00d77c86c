import { describe, expect, it } from 'vitest';
import { meanDecreaseImpurity } from './mean-decrease-impurity';
import type { RegressionTree } from './regression-forest';

/** A tree from its nodes: [feature (-1: leaf), left, right, weight, impurity]. */
function tree(nodes: [number, number, number, number, number][]): RegressionTree {
  const column = (i: number) => nodes.map((n) => n[i]!);
  return {
    nodeCount: nodes.length,
    feature: Int32Array.from(column(0)),
    threshold: new Float64Array(nodes.length),
    left: Int32Array.from(column(1)),
    right: Int32Array.from(column(2)),
    value: new Float64Array(nodes.length),
    impurity: Float64Array.from(column(4)),
    weight: Float64Array.from(column(3)),
  };
}

// Column 0 decreases the weighted impurity by 10·4 − 6·2 − 4·1 = 24, column 1 by 6·2 − 3·1 = 9.
const twoSplits = tree([
  [0, 1, 4, 10, 4],
  [1, 2, 3, 6, 2],
  [-1, -1, -1, 3, 0],
  [-1, -1, -1, 3, 1],
  [-1, -1, -1, 4, 1],
]);
const stump = tree([[-1, -1, -1, 10, 3]]);
const onColumn2 = tree([
  [2, 1, 2, 10, 1],
  [-1, -1, -1, 5, 0],
  [-1, -1, -1, 5, 0],
]);

describe('meanDecreaseImpurity', () => {
  it("is a tree's weighted impurity decrease per column, normalised to sum 1", () => {
    const importances = [...meanDecreaseImpurity([twoSplits], 3)];
    expect(importances[0]).toBeCloseTo(24 / 33, 15);
    expect(importances[1]).toBeCloseTo(9 / 33, 15);
    expect(importances[2]).toBe(0);
  });

  it('averages the trees that split, each normalised first', () => {
    const importances = [...meanDecreaseImpurity([twoSplits, stump, onColumn2], 3)];
    expect(importances[0]).toBeCloseTo(12 / 33, 15);
    expect(importances[1]).toBeCloseTo(4.5 / 33, 15);
    expect(importances[2]).toBeCloseTo(0.5, 15);
  });

  it('is all zeros when no tree splits', () => {
    expect([...meanDecreaseImpurity([stump, stump], 2)]).toEqual([0, 0]);
  });
});
