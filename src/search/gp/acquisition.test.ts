import { describe, expect, it } from 'vitest';
import { logExpectedImprovement, logMeanExpectedImprovement } from './acquisition';

describe('expected improvement', () => {
  it('matches hand-computed values', () => {
    const ei = (mean: number, variance: number, best: number) =>
      Math.exp(logExpectedImprovement({ mean, variance }, best));
    // mean 0, variance 1, best 0: z = 0, EI = φ(0) = 0.3989423.
    expect(ei(0, 1, 0)).toBeCloseTo(0.3989423, 7);
    // best 1: z = 1, EI = Φ(1) + φ(1) = 0.8413447 + 0.2419707 = 1.0833155.
    expect(ei(0, 1, 1)).toBeCloseTo(1.0833155, 7);
    // mean 1, variance 4, best 0: σ = 2, z = −0.5,
    // EI = 2 (−0.5 Φ(−0.5) + φ(−0.5)) = 2 (−0.1542688 + 0.3520653) = 0.3955931.
    expect(ei(1, 4, 0)).toBeCloseTo(0.3955931, 7);
    // mean 3, variance 0.25, best 2: σ = 0.5, z = −2,
    // EI = 0.5 (−2 Φ(−2) + φ(−2)) = 0.5 (−0.0455003 + 0.0539910) = 0.00424535.
    expect(ei(3, 0.25, 2)).toBeCloseTo(0.00424535, 8);
  });

  it('stays finite where EI itself underflows', () => {
    // z = −40: EI ≈ σ φ(40) / 40² ≈ e^(−808), below the smallest double;
    // log EI ≈ −800 − 0.919 − log 1600 = −808.2986.
    expect(logExpectedImprovement({ mean: 40, variance: 1 }, 0)).toBeCloseTo(-808.2986, 3);
  });

  it('differentiates through the mean and variance', () => {
    // f(x) = log EI(mean = x², variance = 1 + x) at x = 0.8: the chain rule against differences.
    const at = (x: number) => ({ mean: x * x, variance: 1 + x });
    const gradient = new Float64Array(1);
    logExpectedImprovement(at(0.8), 0.1, Float64Array.of(1.6), Float64Array.of(1), gradient);
    const h = 1e-6;
    const numeric =
      (logExpectedImprovement(at(0.8 + h), 0.1) - logExpectedImprovement(at(0.8 - h), 0.1)) /
      (2 * h);
    expect(gradient[0]).toBeCloseTo(numeric, 7);
  });

  it('averages EI over posteriors, in log form', () => {
    const a = { mean: 0, variance: 1 };
    const b = { mean: 1, variance: 4 };
    expect(logMeanExpectedImprovement([a, a], 0)).toBeCloseTo(logExpectedImprovement(a, 0), 12);
    // (0.3989423 + 0.3955931) / 2 = 0.3972677.
    expect(logMeanExpectedImprovement([a, b], 0)).toBeCloseTo(Math.log(0.3972677), 6);
    const gradient = new Float64Array(1);
    logMeanExpectedImprovement(
      [a, b],
      0,
      [Float64Array.of(1), Float64Array.of(2)],
      [Float64Array.of(0), Float64Array.of(1)],
      gradient,
    );
    // Each EI's share of the sum weighs its log-EI gradient.
    const ga = new Float64Array(1);
    const gb = new Float64Array(1);
    logExpectedImprovement(a, 0, Float64Array.of(1), Float64Array.of(0), ga);
    logExpectedImprovement(b, 0, Float64Array.of(2), Float64Array.of(1), gb);
    const share = 0.3989423 / (0.3989423 + 0.3955931);
    expect(gradient[0]).toBeCloseTo(share * ga[0]! + (1 - share) * gb[0]!, 6);
  });
});
