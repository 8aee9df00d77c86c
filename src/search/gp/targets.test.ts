import { describe, expect, it } from 'vitest';
import { gpTargets } from './targets';

describe('gpTargets', () => {
  // Ten values 1..10: mean 5.5, standard deviation √8.25 = 2.8722813; the 90th percentile is 10.
  const values = [3, 1, 4, 10, 5, 9, 2, 6, 8, 7];

  it('standardises, with the zero (the prior mean) at the 90th percentile', () => {
    const y = gpTargets(values, 'minimize');
    expect(y[3]).toBeCloseTo(0, 12);
    expect(y[1]).toBeCloseTo(-9 / 2.8722813, 6);
    const spread = Math.max(...y) - Math.min(...y);
    expect(spread).toBeCloseTo(9 / 2.8722813, 6);
  });

  it('turns maximisation into minimisation', () => {
    const y = gpTargets(values, 'maximize');
    // −10 is now the best (smallest) target and −1 the 90th percentile (the prior mean).
    expect(y.indexOf(Math.min(...y))).toBe(3);
    expect(y[1]).toBeCloseTo(0, 12);
  });

  it('copes with identical values', () => {
    expect(Array.from(gpTargets([2, 2, 2], 'minimize'))).toEqual([0, 0, 0]);
  });
});
