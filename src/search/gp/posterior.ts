import { GrowingFactorization } from './factorization';
import type { KernelParams } from './kernel';

import { solveLower, solveLowerTransposed } from './linear-algebra';

export interface Prediction {
  mean: number;
  /** Variance of the latent function (observation noise excluded). */
  variance: number;
}

/** The GP posterior given observations; its predictions are of the latent (noise-free) function. */
export interface Posterior {
  predict(x: Float64Array): Prediction;
  /** ∂mean/∂x and ∂variance/∂x at the point of the last `predict`, written into the arrays. */
  gradientAtLast(meanGradient: Float64Array, varianceGradient: Float64Array): void;
  /** predict, then gradientAtLast. */
  predictWithGradient(
    x: Float64Array,
    meanGradient: Float64Array,
    varianceGradient: Float64Array,
  ): Prediction;
  /**
   * The indices of the `count` best of `xs` by score(mean, variance), in the order a stable
   * sort of all of them by score (descending) would give, for a score that never decreases as
   * the variance grows (as expected improvement does). Most predictions need not be finished:
   * the variance explained by the first rows of L⁻¹ k bounds the variance from above, so a
   * candidate whose score at that bound is already below the count-th best found so far cannot
   * make the list, and its rows stop there. Candidates go most promising first (by their score
   * at the prior variance), so that bar rises early; a margin far above rounding keeps every
   * candidate that could tie, and a NaN anywhere falls back to scoring every candidate in full.
   */
  screenTop(
    xs: readonly Float64Array[],
    count: number,
    score: (mean: number, variance: number) => number,
  ): number[];
}

/** Smallest variance reported: the noise floor keeps it far above rounding error anyway. */
const MIN_VARIANCE = 1e-12;
const SQRT5 = Math.sqrt(5);
/** Rows of L⁻¹ k screenTop computes for every candidate, then between two looks at its bound (multiples of 8). */
const FIRST_ROWS = 64;
const BOUND_ROWS = 16;

/** Conditions a zero-mean GP with kernel `params` on y at `points` (factored from scratch). */
export function createPosterior(
  points: readonly Float64Array[],
  y: Float64Array,
  params: KernelParams,
): Posterior {
  return conditionOn(new GrowingFactorization(params), points, y);
}

/**
 * Conditions a zero-mean GP on y at `points`, updating `factorization` (which keeps its factor
 * from the last call, see factorization.ts): K = L Lᵀ, α = K⁻¹ y; mean(x) = k(x)ᵀ α and
 * variance(x) = k(x, x) − |L⁻¹ k(x)|². L⁻¹ is kept (and its transpose), so each prediction is
 * a product with it rather than a triangular solve; products go four rows at a time with each
 * row's sum in its own order, the same doubles as one row at a time.
 */
export function conditionOn(
  factorization: GrowingFactorization,
  points: readonly Float64Array[],
  y: Float64Array,
): Posterior {
  const { size: n, stride, l } = factorization.update(points);
  const dims = (points[0] as Float64Array).length;
  const alpha = solveLowerTransposed(l, n, solveLower(l, n, y, stride), stride);
  const params = factorization.params;
  const isl = params.inverseSquaredLengthscales;
  const s = params.signalVariance;
  const flat = new Float64Array(n * dims);
  points.forEach((p, i) => flat.set(p, i * dims));
  // Scratch space, reused by every prediction; after predict() it describes the last x.
  const last = new Float64Array(dims);
  const k = new Float64Array(n);
  const v = new Float64Array(n);
  const w = new Float64Array(n);
  /** √5 · distance and e^(−that) for each point: matern52 and its slope share them. */
  const r = new Float64Array(n);
  const e = new Float64Array(n);

  /** Fills r, e and the kernel vector `into` for x; returns the mean. */
  const kernelAndMean = (x: Float64Array, into: Float64Array): number => {
    let mean = 0;
    for (let i = 0; i < n; i++) {
      const at = i * dims;
      let sum = 0;
      for (let d = 0; d < dims; d++) {
        const diff = (x[d] as number) - (flat[at + d] as number);
        sum += diff * diff * (isl[d] as number);
      }
      // matern52(sum), written out so that its slope can reuse √5·√d² and the exponential.
      const ri = SQRT5 * Math.sqrt(sum);
      const ei = Math.exp(-ri);
      r[i] = ri;
      e[i] = ei;
      const ki = s * ((1 + ri + (5 / 3) * sum) * ei);
      into[i] = ki;
      mean += ki * (alpha[i] as number);
    }
    return mean;
  };

  const explainedBy = (kernel: Float64Array): number => {
    factorization.setVector(kernel);
    factorization.lowerRows(v, 0, n);
    let explained = 0;
    for (let i = 0; i < n; i++) explained += (v[i] as number) * (v[i] as number);
    return explained;
  };

  const predict = (x: Float64Array): Prediction => {
    last.set(x);
    const mean = kernelAndMean(x, k);
    return { mean, variance: Math.max(MIN_VARIANCE, s - explainedBy(k)) };
  };

  const gradientAtLast = (meanGradient: Float64Array, varianceGradient: Float64Array) => {
    // w = K⁻¹ k = L⁻ᵀ v: w_i = Σ_{j ≥ i} L⁻¹_ji v_j.
    factorization.setVector(v);
    factorization.upperRows(w);
    meanGradient.fill(0);
    varianceGradient.fill(0);
    for (let i = 0; i < n; i++) {
      // ∂k_i/∂x_d = s f'(d²_i) 2 λ_d (x_d − x_id); the mean weighs it by α_i, the variance −2 w_i.
      // f'(d²) = matern52Slope(d²) = −(5/6)(1 + r) e^(−r).
      const slope = (-5 / 6) * (1 + (r[i] as number)) * (e[i] as number);
      const scale = 2 * s * slope;
      const meanWeight = scale * (alpha[i] as number);
      const varianceWeight = -2 * scale * (w[i] as number);
      const at = i * dims;
      for (let d = 0; d < dims; d++) {
        const dk = (isl[d] as number) * ((last[d] as number) - (flat[at + d] as number));
        meanGradient[d] = (meanGradient[d] as number) + meanWeight * dk;
        varianceGradient[d] = (varianceGradient[d] as number) + varianceWeight * dk;
      }
    }
  };

  const screenTop = (
    xs: readonly Float64Array[],
    count: number,
    score: (mean: number, variance: number) => number,
  ): number[] => {
    const kernels = xs.map(() => new Float64Array(n));
    const means = xs.map((x, c) => kernelAndMean(x, kernels[c] as Float64Array));
    const scoreAll = () => {
      const all = xs.map((_, index) => {
        const kernel = kernels[index] as Float64Array;
        const variance = Math.max(MIN_VARIANCE, s - explainedBy(kernel));
        return { index, value: score(means[index] as number, variance) };
      });
      all.sort((a, b) => b.value - a.value);
      return all.slice(0, count).map((c) => c.index);
    };
    // Every candidate's first rows: the variance they leave bounds its score from above, and
    // ranks the candidates most promising first.
    const first = Math.min(n, FIRST_ROWS);
    const explained = xs.map((_, index) => {
      factorization.setVector(kernels[index] as Float64Array);
      factorization.lowerRows(v, 0, first);
      let sum = 0;
      for (let i = 0; i < first; i++) sum += (v[i] as number) * (v[i] as number);
      return sum;
    });
    const order = means.map((mean, index) => ({
      index,
      bound: score(mean, Math.max(MIN_VARIANCE, s - (explained[index] as number))),
    }));
    if (order.some((c) => Number.isNaN(c.bound))) return scoreAll();
    order.sort((a, b) => (a.bound > b.bound ? -1 : a.bound < b.bound ? 1 : a.index - b.index));
    const kept: { index: number; value: number }[] = [];
    let bar = -Infinity;
    for (const { index, bound } of order) {
      if (kept.length >= count && bound < bar) break;
      const mean = means[index] as number;
      let sum = explained[index] as number;
      let pruned = false;
      factorization.setVector(kernels[index] as Float64Array);
      for (let from = first; from < n; from += BOUND_ROWS) {
        // Terms of |L⁻¹ k|² are never negative: the sum so far bounds the variance from above.
        if (kept.length >= count && score(mean, Math.max(MIN_VARIANCE, s - sum)) < bar) {
          pruned = true;
          break;
        }
        const to = Math.min(n, from + BOUND_ROWS);
        factorization.lowerRows(v, from, to);
        for (let i = from; i < to; i++) sum += (v[i] as number) * (v[i] as number);
      }
      if (pruned) continue;
      const value = score(mean, Math.max(MIN_VARIANCE, s - sum));
      if (Number.isNaN(value)) return scoreAll();
      kept.push({ index, value });
      if (kept.length >= count) {
        const kth = ([...kept].sort((a, b) => b.value - a.value)[count - 1] as Scored).value;
        // A margin no rounding error comes near: only candidates clearly below the bar go.
        bar = kth - 1e-9 * Math.max(1, Math.abs(kth));
      }
    }
    // In index order, then by value: what a stable sort of every candidate would put first.
    kept.sort((a, b) => a.index - b.index);
    kept.sort((a, b) => b.value - a.value);
    return kept.slice(0, count).map((c) => c.index);
  };

  return {
    predict,
    gradientAtLast,
    predictWithGradient: (x, meanGradient, varianceGradient) => {
      const prediction = predict(x);
      gradientAtLast(meanGradient, varianceGradient);
      return prediction;
    },
    screenTop,
  };
}

interface Scored {
  index: number;
  value: number;
}
