import { describe, expect, it } from 'vitest';
import { createRng } from '../lib/rng';
import { createRandomSampler, sampleDistribution } from './random-sampler';
import { CONFORMANCE_SPACE, describeSamplerConformance } from './testing/sampler-conformance';

describeSamplerConformance('random sampler', (seed) => createRandomSampler({ seed }));

describe('createRandomSampler', () => {
  it('gives a trial the same values whatever order trials are asked in', () => {
    const sampler = createRandomSampler({ seed: 11 });
    const ask = (number: number) =>
      sampler.sample({ space: CONFORMANCE_SPACE, trials: [], number, direction: 'minimize' });
    const forward = [0, 1, 2].map(ask);
    const backward = [2, 1, 0].map(ask).reverse();
    expect(backward).toEqual(forward);
    expect(forward[0]).not.toEqual(forward[1]);
  });
});

describe('sampleDistribution', () => {
  const draw = (n: number, distribution: Parameters<typeof sampleDistribution>[0]) => {
    const rng = createRng(3);
    return Array.from({ length: n }, () => sampleDistribution(distribution, rng) as number);
  };

  it('samples a log float uniformly in log space', () => {
    const values = draw(2000, { type: 'float', low: 1e-4, high: 1, log: true });
    // Each decade holds about a quarter of the draws.
    const belowMilli = values.filter((v) => v < 1e-3).length / values.length;
    expect(belowMilli).toBeGreaterThan(0.2);
    expect(belowMilli).toBeLessThan(0.3);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(1e-4);
    expect(Math.max(...values)).toBeLessThanOrEqual(1);
  });

  it('samples every step of an int range about equally, the ends included', () => {
    const values = draw(3000, { type: 'int', low: 2, high: 11, step: 3, log: false });
    const counts = new Map<number, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([2, 5, 8, 11]);
    for (const count of counts.values()) expect(count / values.length).toBeCloseTo(0.25, 1);
  });

  it('keeps an int range whose high is off the step grid on the grid', () => {
    const values = draw(500, { type: 'int', low: 0, high: 10, step: 4, log: false });
    expect(new Set(values)).toEqual(new Set([0, 4, 8]));
  });

  it('samples a log int range from low to high', () => {
    const values = draw(3000, { type: 'int', low: 1, high: 100, step: 1, log: true });
    expect(Math.min(...values)).toBe(1);
    expect(Math.max(...values)).toBe(100);
    expect(values.filter((v) => v <= 10).length / values.length).toBeGreaterThan(0.4);
  });

  it('returns the only value of a single-point range', () => {
    expect(draw(3, { type: 'float', low: 0.5, high: 0.5, log: false })).toEqual([0.5, 0.5, 0.5]);
    expect(draw(2, { type: 'int', low: 4, high: 4, step: 2, log: false })).toEqual([4, 4]);
  });

  it('draws each choice of a categorical', () => {
    const rng = createRng(1);
    const choices = ['a', 'b', 'c'];
    const seen = new Set(
      Array.from({ length: 100 }, () => sampleDistribution({ type: 'categorical', choices }, rng)),
    );
    expect(seen).toEqual(new Set(choices));
  });
});
