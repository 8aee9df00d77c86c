import { describe, expect, it } from 'vitest';
import { applyStandardizer, fitStandardizer } from './standardize';
import type { Dataset } from './types';

const rows = (values: number[][]): Dataset => ({
  features: Float32Array.from(values.flat()),
  targets: new Float32Array(values.length),
  count: values.length,
  featureCount: values[0]?.length ?? 0,
});

describe('standardisation', () => {
  const train = rows([
    [1, 10, 5],
    [3, 20, 5],
    [5, 30, 5],
  ]);

  it('fits mean and standard deviation per feature on the training rows', () => {
    const { mean, std } = fitStandardizer(train);
    expect(Array.from(mean)).toEqual([3, 20, 5]);
    expect(std[0]).toBeCloseTo(Math.sqrt(8 / 3), 5);
    expect(std[1]).toBeCloseTo(Math.sqrt(200 / 3), 4);
    // A constant feature is centred, never divided by zero.
    expect(std[2]).toBe(1);
  });

  it('keeps its precision for a small spread around a large value', () => {
    const { std } = fitStandardizer(rows([[100000.01], [99999.99], [100000.01], [99999.99]]));
    // float32 stores these values to about ±0.004, so the deviation is near 0.01, never 1.
    expect(std[0]).toBeGreaterThan(0.005);
    expect(std[0]).toBeLessThan(0.02);
  });

  it('gives the training part mean 0 and standard deviation 1', () => {
    const scaled = applyStandardizer(train, fitStandardizer(train));
    const column = (j: number) => [0, 1, 2].map((i) => scaled.features[i * 3 + j] as number);
    for (const j of [0, 1]) {
      const values = column(j);
      const mean = values.reduce((a, b) => a + b, 0) / 3;
      const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / 3;
      expect(mean).toBeCloseTo(0, 6);
      expect(variance).toBeCloseTo(1, 5);
    }
    expect(column(2)).toEqual([0, 0, 0]);
  });

  it('applies training statistics to other data without refitting on it (no leakage)', () => {
    const validation = rows([[103, 1020, 9]]);
    const scaled = applyStandardizer(validation, fitStandardizer(train));
    const { mean, std } = fitStandardizer(train);
    expect(scaled.features[0]).toBeCloseTo((103 - (mean[0] as number)) / (std[0] as number), 4);
    // Far from 0: validation statistics played no part.
    expect(Math.abs(scaled.features[0] as number)).toBeGreaterThan(50);
    expect(validation.features[0]).toBe(103);
  });
});
