import type { KernelParams } from './kernel';
import { covarianceMatrix, matern52, matern52Slope } from './kernel';
import {
  choleskyLower,
  inverseLowerTransposed,
  solveLower,
  solveLowerTransposed,
  transpose,
} from './linear-algebra';

export interface Prediction {
  mean: number;
  /** Variance of the latent function (observation noise excluded). */
  variance: number;
}

/** The GP posterior given observations; its predictions are of the latent (noise-free) function. */
export interface Posterior {
  predict(x: Float64Array): Prediction;
  /** As predict, also writing ∂mean/∂x and ∂variance/∂x into the given arrays. */
  predictWithGradient(
    x: Float64Array,
    meanGradient: Float64Array,
    varianceGradient: Float64Array,
  ): Prediction;
}

/** Smallest variance reported: the noise floor keeps it far above rounding error anyway. */
const MIN_VARIANCE = 1e-12;

/**
 * Conditions a zero-mean GP on y at `points`: K = L Lᵀ (Cholesky), α = K⁻¹ y;
 * mean(x) = k(x)ᵀ α and variance(x) = k(x, x) − |L⁻¹ k(x)|². L⁻¹ is formed once (and its
 * transpose), so each prediction is a product with it rather than a triangular solve.
 */
export function createPosterior(
  points: readonly Float64Array[],
  y: Float64Array,
  params: KernelParams,
): Posterior {
  const n = points.length;
  const dims = (points[0] as Float64Array).length;
  const l = choleskyLower(covarianceMatrix(points, params), n);
  const alpha = solveLowerTransposed(l, n, solveLower(l, n, y));
  const inverseT = inverseLowerTransposed(l, n); // row j: column j of L⁻¹
  const inverse = transpose(inverseT, n); // row i: row i of L⁻¹
  const isl = params.inverseSquaredLengthscales;
  const s = params.signalVariance;
  // Scratch space, reused by every prediction.
  const k = new Float64Array(n);
  const v = new Float64Array(n);
  const d2 = new Float64Array(n);

  /** Fills k and v = L⁻¹ k for x; returns the prediction. */
  const predict = (x: Float64Array): Prediction => {
    let mean = 0;
    for (let i = 0; i < n; i++) {
      const p = points[i] as Float64Array;
      let sum = 0;
      for (let d = 0; d < dims; d++) {
        const diff = (x[d] as number) - (p[d] as number);
        sum += diff * diff * (isl[d] as number);
      }
      d2[i] = sum;
      const ki = s * matern52(sum);
      k[i] = ki;
      mean += ki * (alpha[i] as number);
    }
    let explained = 0;
    for (let i = 0; i < n; i++) {
      const row = i * n;
      let vi = 0;
      for (let j = 0; j <= i; j++) vi += (inverse[row + j] as number) * (k[j] as number);
      v[i] = vi;
      explained += vi * vi;
    }
    return { mean, variance: Math.max(MIN_VARIANCE, s - explained) };
  };

  return {
    predict,
    predictWithGradient: (x, meanGradient, varianceGradient) => {
      const prediction = predict(x);
      meanGradient.fill(0);
      varianceGradient.fill(0);
      for (let i = 0; i < n; i++) {
        // w_i = (K⁻¹ k)_i = (L⁻ᵀ v)_i = Σ_{j ≥ i} L⁻¹_ji v_j.
        const row = i * n;
        let w = 0;
        for (let j = i; j < n; j++) w += (inverseT[row + j] as number) * (v[j] as number);
        // ∂k_i/∂x_d = s f'(d²_i) 2 λ_d (x_d − x_id); the mean weighs it by α_i, the variance −2 w_i.
        const scale = 2 * s * matern52Slope(d2[i] as number);
        const meanWeight = scale * (alpha[i] as number);
        const varianceWeight = -2 * scale * w;
        const p = points[i] as Float64Array;
        for (let d = 0; d < dims; d++) {
          const dk = (isl[d] as number) * ((x[d] as number) - (p[d] as number));
          meanGradient[d] = (meanGradient[d] as number) + meanWeight * dk;
          varianceGradient[d] = (varianceGradient[d] as number) + varianceWeight * dk;
        }
      }
      return prediction;
    },
  };
}
