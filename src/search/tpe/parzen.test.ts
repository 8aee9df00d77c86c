import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import type { NumericDomain } from './parzen';
import { numericKernelLogPdfs, numericKernels, sampleNumericKernel } from './parzen';

const continuous: NumericDomain = { low: 0, high: 2, step: null };

describe('numeric Parzen kernels', () => {
  it('puts a kernel of bandwidth × range at each observation and the prior N(mid, range) last', () => {
    const kernels = numericKernels([0.5, 1.5], continuous, 0.1);
    expect(Array.from(kernels.mus)).toEqual([0.5, 1.5, 1]);
    expect(Array.from(kernels.sigmas)).toEqual([0.2, 0.2, 2]);
  });

  it('gives the prior the truncated normal density', () => {
    // N(1, 2) truncated to [0, 2], at 1: φ(0) / (2 (Φ(0.5) − Φ(−0.5))) = 0.3989423 / (2 × 0.3829249)
    // = 0.5209145.
    const [prior] = numericKernelLogPdfs(numericKernels([], continuous, 0.1), continuous, 1);
    expect(Math.exp(prior!)).toBeCloseTo(0.5209145, 6);
  });

  it('has kernels that integrate to 1 over the domain', () => {
    const kernels = numericKernels([0.1, 1.9], continuous, 0.2);
    const steps = 4000;
    const totals = [0, 0, 0];
    for (let i = 0; i <= steps; i++) {
      const x = (2 * i) / steps;
      const weight = (i === 0 || i === steps ? 0.5 : 1) * (2 / steps);
      numericKernelLogPdfs(kernels, continuous, x).forEach(
        (lp, k) => (totals[k]! += weight * Math.exp(lp)),
      );
    }
    totals.forEach((total) => expect(total).toBeCloseTo(1, 5));
  });

  it('gives an int step its probability mass, the masses summing to 1', () => {
    // Values 0, 2, …, 10 (step 2) own [−1, 11].
    const grid: NumericDomain = { low: -1, high: 11, step: 2 };
    const kernels = numericKernels([4], grid, 0.1);
    const masses = [0, 2, 4, 6, 8, 10].map((v) =>
      numericKernelLogPdfs(kernels, grid, v).map(Math.exp),
    );
    for (const k of [0, 1]) expect(masses.reduce((sum, m) => sum + m[k]!, 0)).toBeCloseTo(1, 9);
    // σ = 1.2 around 4: the mass of [3, 5] is Φ(0.833) − Φ(−0.833) = 0.5951 of the accepted 1.
    expect(masses[2]![0]).toBeCloseTo(0.5951, 3);
  });

  it('samples inside the domain', () => {
    const kernels = numericKernels([0, 2], continuous, 0.5);
    const rng = createRng(3);
    for (let i = 0; i < 200; i++) {
      const x = sampleNumericKernel(kernels, i % 3, continuous, rng);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(2);
    }
  });
});
