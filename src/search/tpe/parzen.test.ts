import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import type { NumericDomain } from './parzen';
import {
  neighbourSigmas,
  numericKernelLogPdfs,
  numericKernels,
  sampleNumericKernel,
} from './parzen';

const continuous: NumericDomain = { low: 0, high: 2, step: null };

describe('numeric Parzen kernels', () => {
  it('puts a kernel of the given σ at each observation and the prior N(mid, range) last', () => {
    const kernels = numericKernels([0.5, 1.5], continuous, [0.2, 0.2]);
    expect(Array.from(kernels.mus)).toEqual([0.5, 1.5, 1]);
    expect(Array.from(kernels.sigmas)).toEqual([0.2, 0.2, 2]);
  });

  it('gives the prior the truncated normal density', () => {
    // N(1, 2) truncated to [0, 2], at 1: φ(0) / (2 (Φ(0.5) − Φ(−0.5))) = 0.3989423 / (2 × 0.3829249)
    // = 0.5209145.
    const [prior] = numericKernelLogPdfs(numericKernels([], continuous, []), continuous, 1);
    expect(Math.exp(prior!)).toBeCloseTo(0.5209145, 6);
  });

  it('has kernels that integrate to 1 over the domain', () => {
    const kernels = numericKernels([0.1, 1.9], continuous, [0.4, 0.4]);
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
    const kernels = numericKernels([4], grid, [1.2]);
    const masses = [0, 2, 4, 6, 8, 10].map((v) =>
      numericKernelLogPdfs(kernels, grid, v).map(Math.exp),
    );
    for (const k of [0, 1]) expect(masses.reduce((sum, m) => sum + m[k]!, 0)).toBeCloseTo(1, 9);
    // σ = 1.2 around 4: the mass of [3, 5] is Φ(0.833) − Φ(−0.833) = 0.5951 of the accepted 1.
    expect(masses[2]![0]).toBeCloseTo(0.5951, 3);
  });

  it('samples inside the domain', () => {
    const kernels = numericKernels([0, 2], continuous, [1, 1]);
    const rng = createRng(3);
    for (let i = 0; i < 200; i++) {
      const x = sampleNumericKernel(kernels, i % 3, continuous, rng);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(2);
    }
  });

  it('narrows a draw by `shrink`', () => {
    const kernels = numericKernels([1], continuous, [0.5]);
    const rng = createRng(8);
    const draws = Array.from({ length: 400 }, () =>
      sampleNumericKernel(kernels, 0, continuous, rng, 0.1),
    );
    expect(Math.max(...draws.map((x) => Math.abs(x - 1)))).toBeLessThan(0.25);
  });
});

describe('neighbour kernel widths', () => {
  const unit: NumericDomain = { low: 0, high: 10, step: null };
  const optuna = { scale: 1, clip: 0 };

  it("take Optuna's larger gap to a neighbour, low and high counting beside a lone observation", () => {
    // Alone: the gaps to low and high, 3 and 7.
    expect(Array.from(neighbourSigmas([3], unit, optuna))).toEqual([7]);
    // Sorted 1, 4, 8 (given out of order): the outermost take their inner gap only.
    expect(Array.from(neighbourSigmas([8, 1, 4], unit, optuna))).toEqual([4, 3, 4]);
  });

  it('scale the gaps, floor them at clip × range / (n + 2) and cap them at the range', () => {
    // Gaps 0.5 and 0.5, scaled 0.6 → 0.3; the floor 0.6 × 10 / 4 = 1.5 wins.
    expect(Array.from(neighbourSigmas([5, 5.5], unit, { scale: 0.6, clip: 0.6 }))).toEqual([
      1.5, 1.5,
    ]);
    expect(Array.from(neighbourSigmas([0], unit, { scale: 2, clip: 0 }))).toEqual([10]);
    expect(neighbourSigmas([], unit, optuna)).toHaveLength(0);
  });
});
