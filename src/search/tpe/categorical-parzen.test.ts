import { describe, expect, it } from 'vitest';
import { categoricalKernelLogProbabilities } from './categorical-parzen';

describe('categorical Parzen kernels', () => {
  it('put 1 + prior / (n + 1) on the observed choice and prior / (n + 1) elsewhere', () => {
    // One observation (choice 0) of 3: base = 1/2; own (0.5 + 1) / 2.5 = 0.6, others 0.5 / 2.5 = 0.2.
    const [own, prior] = categoricalKernelLogProbabilities([0], 3).map((row) =>
      Array.from(row, Math.exp),
    );
    expect(own).toEqual([
      expect.closeTo(0.6, 12),
      expect.closeTo(0.2, 12),
      expect.closeTo(0.2, 12),
    ]);
    expect(prior).toEqual([1, 1, 1].map((v) => expect.closeTo(v / 3, 12)));
  });

  it('has rows that are distributions', () => {
    for (const row of categoricalKernelLogProbabilities([2, 0, 2, 1], 4)) {
      expect(Array.from(row, Math.exp).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });
});
