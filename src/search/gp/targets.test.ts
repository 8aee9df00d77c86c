import { describe, expect, it } from 'vitest';
import { gpTargets } from './targets';

describe('gpTargets', () => {
  // Ten values 1..10: the best 1, the median (the upper one) 6, so c = 5 and the warped values
  // are log(v + 4) = log 5 … log 14, standard deviation 0.3242418 (numpy); the 90th percentile
  // is the value 10.
  const values = [3, 1, 4, 10, 5, 9, 2, 6, 8, 7];

  it('warps, standardises, with the zero (the prior mean) at the 90th percentile', () => {
    const y = gpTargets(values, 'minimize');
    expect(y[3]).toBeCloseTo(0, 12);
    expect(y[1]).toBeCloseTo(Math.log(5 / 14) / 0.3242418, 5);
    // log: near the best the steps stay wide, far from it they shrink.
    expect(y[6]! - y[1]!).toBeCloseTo(Math.log(6 / 5) / 0.3242418, 5);
    expect(y[3]! - y[5]!).toBeCloseTo(Math.log(14 / 13) / 0.3242418, 5);
  });

  it('leaves the values unwarped when half of them tie with the best', () => {
    // c = 0: standardised only (standard deviation √3 / 4), zero at the 90th percentile, 2.
    const y = gpTargets([1, 1, 1, 2], 'minimize');
    expect(y[0]).toBeCloseTo(-4 / Math.sqrt(3), 12);
    expect(y[3]).toBe(0);
  });

  it('leaves them unwarped too when half tie with the best up to rounding noise', () => {
    const noisy = [
      0.1,
      0.1 + 2e-8,
      0.1 + 5e-8,
      0.1 + 1e-8,
      0.1 + 3e-8,
      0.1 + 4e-8,
      0.5,
      0.6,
      0.7,
      0.8,
    ];
    const exact = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 0.6, 0.7, 0.8];
    const y = gpTargets(noisy, 'minimize');
    const z = gpTargets(exact, 'minimize');
    y.forEach((v, i) => expect(v).toBeCloseTo(z[i]!, 5));
    // The bad four keep their spacing: 0.5 → 0.8 in equal steps.
    expect(y[7]! - y[6]!).toBeCloseTo(y[9]! - y[8]!, 9);
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
