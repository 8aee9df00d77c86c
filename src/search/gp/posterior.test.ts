import { describe, expect, it } from 'vitest';
import { createPosterior } from './posterior';

const unitKernel = (noiseVariance: number, signalVariance = 1) => ({
  inverseSquaredLengthscales: Float64Array.of(1),
  signalVariance,
  noiseVariance,
});

describe('GP posterior', () => {
  it('matches the hand-computed posterior of one noisy observation', () => {
    // y = 1 at x = 0, s = 1, noise 0.25: K = 1.25.
    const posterior = createPosterior([Float64Array.of(0)], Float64Array.of(1), unitKernel(0.25));
    // At x = 0: k = 1, mean = 1 / 1.25 = 0.8, variance = 1 − 1 / 1.25 = 0.2.
    const at0 = posterior.predict(Float64Array.of(0));
    expect(at0.mean).toBeCloseTo(0.8, 12);
    expect(at0.variance).toBeCloseTo(0.2, 12);
    // At x = 1: k = m(1) = 0.5239941, mean = 0.5239941 / 1.25 = 0.4191953,
    // variance = 1 − 0.5239941² / 1.25 = 1 − 0.2196559 = 0.7803441.
    const at1 = posterior.predict(Float64Array.of(1));
    expect(at1.mean).toBeCloseTo(0.4191953, 7);
    expect(at1.variance).toBeCloseTo(0.7803441, 7);
  });

  it('matches the hand-computed posterior between two noiseless observations', () => {
    // y = (1, −1) at x = (0, 1), s = 1: K = [[1, ρ], [ρ, 1]] with ρ = m(1) = 0.5239941.
    const posterior = createPosterior(
      [Float64Array.of(0), Float64Array.of(1)],
      Float64Array.of(1, -1),
      unitKernel(0),
    );
    // At x = 0.5 both k = c = m(0.25) = 0.8286491: by symmetry the mean is 0, and
    // variance = 1 − 2c² / (1 + ρ) = 1 − 1.3733187 / 1.5239941 = 0.0988687.
    const middle = posterior.predict(Float64Array.of(0.5));
    expect(middle.mean).toBeCloseTo(0, 12);
    expect(middle.variance).toBeCloseTo(0.0988687, 7);
    // At a training point it interpolates, with no variance left.
    const at0 = posterior.predict(Float64Array.of(0));
    expect(at0.mean).toBeCloseTo(1, 10);
    expect(at0.variance).toBeLessThan(1e-10);
  });

  it('scales with the signal variance', () => {
    // y = (1, 1), s = 2: K = 2[[1, ρ], [ρ, 1]], k = 2c at x = 0.5;
    // mean = 2 × 2c / (2(1 + ρ)) = 2 × 0.8286491 / 1.5239941 = 1.0874703,
    // variance = 2 − 2 × 2c² / (1 + ρ) = 2 (1 − 0.9011313) = 0.1977374.
    const posterior = createPosterior(
      [Float64Array.of(0), Float64Array.of(1)],
      Float64Array.of(1, 1),
      unitKernel(0, 2),
    );
    const middle = posterior.predict(Float64Array.of(0.5));
    expect(middle.mean).toBeCloseTo(1.0874703, 7);
    expect(middle.variance).toBeCloseTo(0.1977374, 7);
  });

  it('gives the gradients of mean and variance', () => {
    const points = [
      Float64Array.of(0.1, 0.9),
      Float64Array.of(0.7, 0.2),
      Float64Array.of(0.4, 0.5),
    ];
    const posterior = createPosterior(points, Float64Array.of(0.3, -1, 0.8), {
      inverseSquaredLengthscales: Float64Array.of(4, 9),
      signalVariance: 1.5,
      noiseVariance: 1e-3,
    });
    const x = Float64Array.of(0.35, 0.6);
    const meanGradient = new Float64Array(2);
    const varianceGradient = new Float64Array(2);
    posterior.predictWithGradient(x, meanGradient, varianceGradient);
    for (let d = 0; d < 2; d++) {
      const h = 1e-6;
      const up = x.slice();
      up[d]! += h;
      const down = x.slice();
      down[d]! -= h;
      const [a, b] = [posterior.predict(up), posterior.predict(down)];
      expect(meanGradient[d]).toBeCloseTo((a.mean - b.mean) / (2 * h), 6);
      expect(varianceGradient[d]).toBeCloseTo((a.variance - b.variance) / (2 * h), 6);
    }
  });
});
