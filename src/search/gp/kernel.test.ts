import { describe, expect, it } from 'vitest';
import { covarianceMatrix, matern52, matern52Slope } from './kernel';

describe('Matérn 5/2 kernel', () => {
  it('has the textbook values', () => {
    expect(matern52(0)).toBe(1);
    // d² = 1: r = √5 = 2.2360680, (1 + r + 5/3) e^(−r) = 4.9027347 × 0.1068779 = 0.5239941.
    expect(matern52(1)).toBeCloseTo(0.5239941, 7);
    // d² = 0.25: r = √1.25 = 1.1180340, (1 + r + 5/12) e^(−r) = 2.5347007 × 0.3269270 = 0.8286491.
    expect(matern52(0.25)).toBeCloseTo(0.8286491, 7);
    // d² = 4: r = √20 = 4.4721360, (1 + r + 20/3) e^(−r) = 12.138803 × 0.0114230 = 0.1386602.
    expect(matern52(4)).toBeCloseTo(0.1386602, 7);
  });

  it('has the slope −(5/6)(1 + r) e^(−r) in d², finite at 0', () => {
    expect(matern52Slope(0)).toBeCloseTo(-5 / 6, 15);
    for (const d2 of [0.01, 0.3, 2]) {
      const h = 1e-7;
      expect(matern52Slope(d2)).toBeCloseTo((matern52(d2 + h) - matern52(d2 - h)) / (2 * h), 6);
    }
  });

  it('scales each column by its own length scale (ARD)', () => {
    const params = {
      inverseSquaredLengthscales: Float64Array.of(1, 0.25),
      signalVariance: 2,
      noiseVariance: 0.1,
    };
    // (1, 0) is d² = 1 from the origin in the first column; (0, 2) is 4 × 0.25 = 1 in the second.
    const k = covarianceMatrix(
      [Float64Array.of(0, 0), Float64Array.of(1, 0), Float64Array.of(0, 2)],
      params,
    );
    expect(k[1]).toBeCloseTo(2 * 0.5239941, 7);
    expect(k[2]).toBeCloseTo(2 * 0.5239941, 7);
  });

  it('builds a symmetric covariance matrix with the noise on its diagonal', () => {
    const params = {
      inverseSquaredLengthscales: Float64Array.of(1),
      signalVariance: 2,
      noiseVariance: 0.1,
    };
    const k = covarianceMatrix([Float64Array.of(0), Float64Array.of(1)], params);
    expect(Array.from(k)).toEqual([2.1, 2 * matern52(1), 2 * matern52(1), 2.1]);
  });
});
