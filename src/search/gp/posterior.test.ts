import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import { logMeanExpectedImprovement } from './acquisition';
import { GrowingFactorization } from './factorization';
import type { Posterior, Prediction } from './posterior';
import { conditionOn, createPosterior } from './posterior';

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

describe('GP posterior, kept and screened', () => {
  const rng = createRng(8);
  const point = () => Float64Array.of(rng.next(), rng.next(), rng.next());
  const points = Array.from({ length: 130 }, point);
  const y = Float64Array.from(points, (p) => Math.sin(5 * p[0]!) + p[1]! * p[2]!);
  const kernel = {
    inverseSquaredLengthscales: Float64Array.of(6, 3, 10),
    signalVariance: 1.3,
    noiseVariance: 1e-5,
  };
  const same = (a: Prediction, b: Prediction) =>
    Object.is(a.mean, b.mean) && Object.is(a.variance, b.variance);

  it('predicts the same doubles from a factorisation kept across updates as from a fresh one', () => {
    const kept = new GrowingFactorization(kernel);
    conditionOn(kept, points.slice(0, 30), y.slice(0, 30));
    conditionOn(kept, [...points.slice(0, 20), points[50]!], y.slice(0, 21));
    const posterior = conditionOn(kept, points, y);
    const fresh = createPosterior(points, y, kernel);
    for (let i = 0; i < 20; i++) {
      const x = point();
      expect(same(posterior.predict(x), fresh.predict(x))).toBe(true);
    }
  });

  it('gives the gradient at the last prediction, as predictWithGradient does', () => {
    const posterior = createPosterior(points, y, kernel);
    const x = point();
    const [m1, v1, m2, v2] = [0, 1, 2, 3].map(() => new Float64Array(3));
    posterior.predictWithGradient(x, m1!, v1!);
    posterior.predict(x);
    posterior.gradientAtLast(m2!, v2!);
    expect(Array.from(m2!)).toEqual(Array.from(m1!));
    expect(Array.from(v2!)).toEqual(Array.from(v1!));
  });

  /** What screenTop must equal: every candidate scored, a stable sort, the first `count`. */
  function bruteForce(
    posterior: Posterior,
    xs: Float64Array[],
    count: number,
    score: (mean: number, variance: number) => number,
  ): number[] {
    return xs
      .map((x, index) => {
        const { mean, variance } = posterior.predict(x);
        return { index, value: score(mean, variance) };
      })
      .sort((a, b) => b.value - a.value)
      .slice(0, count)
      .map((c) => c.index);
  }

  const ei = (best: number) => (mean: number, variance: number) =>
    logMeanExpectedImprovement([{ mean, variance }], best);

  it.each([
    ['below the best value seen', Math.min(...y)],
    ['above every value', 5],
    ['far below', -40],
  ])('finds the candidates a full sort by log EI finds (best %s)', (_, best) => {
    const posterior = createPosterior(points, y, kernel);
    const xs = Array.from({ length: 400 }, point);
    // Twins tie: the earlier one must come first, as in a stable sort.
    xs.push(...xs.slice(0, 40).map((x) => x.slice()));
    for (const count of [1, 5, 17]) {
      expect(posterior.screenTop(xs, count, ei(best))).toEqual(
        bruteForce(posterior, xs, count, ei(best)),
      );
    }
  });

  it('falls back to scoring everything on a NaN, and keeps index order on ties', () => {
    const posterior = createPosterior(points, y, kernel);
    const xs = Array.from({ length: 50 }, point);
    const flat = () => 0;
    expect(posterior.screenTop(xs, 5, flat)).toEqual([0, 1, 2, 3, 4]);
    const sometimesNaN = (mean: number, variance: number) => (mean > 0.5 ? NaN : mean + variance);
    expect(posterior.screenTop(xs, 5, sometimesNaN)).toEqual(
      bruteForce(posterior, xs, 5, sometimesNaN),
    );
  });
});
