import { describe, expect, it } from 'vitest';
import { logStandardImprovement, normalCdf, normalLogPdf, normalPdf } from './normal';

describe('normal distribution', () => {
  it('has the standard density', () => {
    expect(normalPdf(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
    expect(normalLogPdf(2)).toBeCloseTo(-2 - 0.5 * Math.log(2 * Math.PI), 14);
  });

  it.each([
    [-37, 5.725571222525139e-300],
    [-10, 7.619853024160593e-24],
    [-5, 2.866515718791946e-7],
    [-3, 1.3498980316300957e-3],
    [-1, 0.15865525393145707],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [2.9, 0.998134186699616],
    [6, 0.9999999990134123],
  ])('Φ(%d) to relative precision, tails included', (z, expected) => {
    // Reference values: ½ erfc(−z/√2) from the C library.
    expect(Math.abs(normalCdf(z) - expected) / expected).toBeLessThan(1e-12);
  });

  it('is continuous where the series hands over to the continued fraction', () => {
    // Over a step of 2e-9 Φ moves by φ(3) × 2e-9 ≈ 9e-12: anything larger would be a seam.
    expect(normalCdf(-3 - 1e-9)).toBeCloseTo(normalCdf(-3 + 1e-9), 10);
    const below = logStandardImprovement(-3 - 1e-9);
    const above = logStandardImprovement(-3 + 1e-9);
    expect(below.value).toBeCloseTo(above.value, 7);
    expect(below.slope).toBeCloseTo(above.slope, 7);
  });

  it('gives log h(z) = log(z Φ(z) + φ(z)) and its slope Φ(z) / h(z)', () => {
    // h(0) = φ(0) = 0.3989423, slope Φ(0) / φ(0) = 0.5 / 0.3989423 = 1.2533141.
    expect(logStandardImprovement(0).value).toBeCloseTo(Math.log(0.3989422804014327), 14);
    expect(logStandardImprovement(0).slope).toBeCloseTo(1.2533141373155001, 13);
    for (const z of [-20, -4, -1, 0.7, 3]) {
      const h = 1e-6;
      const numeric =
        (logStandardImprovement(z + h).value - logStandardImprovement(z - h).value) / (2 * h);
      expect(logStandardImprovement(z).slope).toBeCloseTo(numeric, 5);
    }
  });

  it('stays finite far below zero, where h(z) itself underflows', () => {
    // h(z) ≈ φ(z) / z² there: log h(−100) ≈ −5000 − 0.919 − log(10⁴) = −5010.13.
    const { value, slope } = logStandardImprovement(-100);
    expect(value).toBeCloseTo(-5010.1296, 3);
    expect(slope).toBeCloseTo(100.02, 2);
  });
});
