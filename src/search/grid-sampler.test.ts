import { describe, expect, it } from 'vitest';
import { createGridSampler, gridPoints, gridSize } from './grid-sampler';
import {
  CONFORMANCE_SPACE,
  describeSamplerConformance,
  trialRecord,
} from './testing/sampler-conformance';
import { buildSearchSpace } from './space';
import type { Params, Sampler, SearchSpace, TrialRecord } from './types';

describeSamplerConformance('grid sampler', (seed) => createGridSampler({ seed, shuffle: true }), {
  finite: true,
});

const flat: SearchSpace = buildSearchSpace([
  {
    target: 'training.learningRate',
    distribution: { type: 'float', low: 1e-3, high: 1e-1, log: true },
    gridPoints: 3,
    condition: null,
  },
  {
    target: 'model.layers.0.units',
    distribution: { type: 'int', low: 8, high: 32, step: 8, log: false },
    gridPoints: 4,
    condition: null,
  },
  {
    target: 'training.optimizer',
    distribution: { type: 'categorical', choices: ['adam', 'sgd'] },
    gridPoints: 2,
    condition: null,
  },
]);

/** Asks until the sampler runs out, telling each trial complete straight away. */
function exhaust(sampler: Sampler, space: SearchSpace): Params[] {
  const trials: TrialRecord[] = [];
  for (;;) {
    const params = sampler.sample({ space, trials, number: trials.length, direction: 'minimize' });
    if (params === null) return trials.map((t) => t.params);
    trials.push(trialRecord(trials.length, params, 'complete', trials.length));
  }
}

describe('createGridSampler', () => {
  it('visits each point of the product exactly once, then returns null', () => {
    expect(gridSize(flat)).toBe(3 * 4 * 2);
    const visited = exhaust(createGridSampler({ seed: 1, shuffle: true }), flat);
    expect(visited).toHaveLength(24);
    expect(new Set(visited.map((p) => JSON.stringify(p))).size).toBe(24);
  });

  it('counts a large grid without listing it, and conditions on conditional parameters', () => {
    const choices = (values: (number | string | boolean)[]) => ({
      distribution: { type: 'categorical' as const, choices: values },
      grid: values,
    });
    const big = {
      params: Array.from({ length: 12 }, (_, i) => ({ name: `p${i}`, ...choices([0, 1, 2]) })),
    };
    expect(gridSize(big)).toBe(3 ** 12);
    const nested = {
      params: [
        { name: 'a', ...choices(['x', 'y']) },
        { name: 'b', ...choices([1, 2, 3]), condition: { param: 'a', in: ['x'] } },
        { name: 'c', ...choices([true, false]), condition: { param: 'b', in: [1, 2] } },
        { name: 'd', ...choices([0, 1]) },
      ],
    };
    // a = x: b = 1 or 2 with both c, b = 3 alone; a = y alone; each with both d.
    expect(gridSize(nested)).toBe((2 * 2 + 1 + 1) * 2);
    expect(gridSize(nested)).toBe(gridPoints(nested).length);
  });

  it('collapses inactive conditional parameters so no point repeats', () => {
    // 4 lr × 2 rate × 3 units × 2 batch × (adam + 3 sgd momenta).
    expect(gridSize(CONFORMANCE_SPACE)).toBe(4 * 2 * 3 * 2 * (1 + 3));
    expect(gridSize(CONFORMANCE_SPACE)).toBe(gridPoints(CONFORMANCE_SPACE).length);
    const visited = exhaust(createGridSampler({ seed: 2, shuffle: true }), CONFORMANCE_SPACE);
    expect(visited).toHaveLength(gridSize(CONFORMANCE_SPACE));
    expect(new Set(visited.map((p) => JSON.stringify(p))).size).toBe(visited.length);
    for (const params of visited) {
      expect(Object.hasOwn(params, 'training.momentum')).toBe(
        params['training.optimizer'] === 'sgd',
      );
    }
  });

  it('skips points used by trials of any state, running and failed ones included', () => {
    const points = gridPoints(flat);
    const trials = points
      .slice(0, 23)
      .map((params, i) => trialRecord(i, params, i % 2 ? 'running' : 'failed', null));
    const sampler = createGridSampler({ seed: 3, shuffle: true });
    const context = { space: flat, trials, number: 23, direction: 'minimize' } as const;
    expect(sampler.sample(context)).toEqual(points[23]);
    const all = [...trials, trialRecord(23, points[23]!, 'pruned', 1)];
    expect(sampler.sample({ ...context, trials: all, number: 24 })).toBeNull();
  });

  it('walks the grid in space order without shuffle', () => {
    const visited = exhaust(createGridSampler({ seed: 4, shuffle: false }), flat);
    expect(visited).toEqual(gridPoints(flat));
    expect(visited[0]).toEqual({
      'training.learningRate': 1e-3,
      'model.layers.0.units': 8,
      'training.optimizer': 'adam',
    });
  });

  it('recognises a used point whatever order its fields were written in', () => {
    const [first] = gridPoints(flat);
    const reordered = Object.fromEntries(Object.entries(first!).reverse());
    const sampler = createGridSampler({ seed: 5, shuffle: false });
    const next = sampler.sample({
      space: flat,
      trials: [trialRecord(0, reordered, 'complete', 1)],
      number: 1,
      direction: 'minimize',
    });
    expect(next).not.toEqual(first);
  });

  it('explains a parameter that has no grid values', () => {
    const space: SearchSpace = {
      params: [{ name: 'x', distribution: { type: 'float', low: 0, high: 1, log: false } }],
    };
    expect(() => gridSize(space)).toThrow('Grid search needs grid values for parameter "x"');
  });
});
