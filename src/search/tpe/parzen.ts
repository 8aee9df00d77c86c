import type { Rng } from '../../lib/rng';
import { normalCdf, normalLogPdf } from '../math/normal';

/** Optuna's guard against log(0) and division by zero in the Parzen estimators. */
const EPS = 1e-12;
const MAX_REJECTIONS = 100;

/** Where a numeric parameter's Parzen estimator lives: [low, high] in internal units (log if log). */
export interface NumericDomain {
  low: number;
  high: number;
  /** Width of an int's step (its values own [x − q/2, x + q/2]); null for continuous values. */
  step: number | null;
}

/** One truncated normal per observation, then a wide prior one: N(mid, range). */
export interface NumericKernels {
  mus: Float64Array;
  sigmas: Float64Array;
}

/**
 * How wide the kernels of a Parzen estimator are: Optuna's rule (since 3.x, kept in 5.0), each
 * observation's σ the larger gap to its neighbours in sorted order, [low, high] counting as
 * neighbours except beside the outermost observations (consider_endpoints=False), then clipped to
 * [minimum, range]. Ours scales the gaps by `scale` and the "magic clip" floor range / (n + 2) by
 * `clip`: see sample-group.ts for the values and why.
 */
export interface KernelWidth {
  scale: number;
  clip: number;
}

/** Each observation's kernel σ (same order as `observations`) under `width`. */
export function neighbourSigmas(
  observations: readonly number[],
  domain: NumericDomain,
  width: KernelWidth,
): Float64Array {
  const n = observations.length;
  const range = domain.high - domain.low;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (observations[a] as number) - (observations[b] as number),
  );
  // Sorted observations with low and high around them.
  const sorted = new Float64Array(n + 2);
  sorted[0] = domain.low;
  order.forEach((i, r) => (sorted[r + 1] = observations[i] as number));
  sorted[n + 1] = domain.high;
  const gaps = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const left = (sorted[r + 1] as number) - (sorted[r] as number);
    const right = (sorted[r + 2] as number) - (sorted[r + 1] as number);
    gaps[r] = Math.max(left, right);
  }
  if (n >= 2) {
    gaps[0] = (sorted[2] as number) - (sorted[1] as number);
    gaps[n - 1] = (sorted[n] as number) - (sorted[n - 1] as number);
  }
  const floor = (width.clip * range) / Math.min(100, n + 2);
  const sigmas = new Float64Array(n);
  order.forEach(
    (i, r) => (sigmas[i] = Math.min(range, Math.max(floor, width.scale * (gaps[r] as number)))),
  );
  return sigmas;
}

/** Kernels at the observations with the given σs; the prior N(mid, range) comes last. */
export function numericKernels(
  observations: readonly number[],
  domain: NumericDomain,
  sigmas: ArrayLike<number>,
): NumericKernels {
  const n = observations.length;
  const mus = new Float64Array(n + 1);
  const all = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    mus[i] = observations[i] as number;
    all[i] = sigmas[i] as number;
  }
  mus[n] = 0.5 * (domain.low + domain.high);
  all[n] = domain.high - domain.low;
  return { mus, sigmas: all };
}

/** A draw from component k (its σ times `shrink`), its normal truncated to [low, high]. */
export function sampleNumericKernel(
  kernels: NumericKernels,
  k: number,
  domain: NumericDomain,
  rng: Rng,
  shrink = 1,
): number {
  const mu = kernels.mus[k] as number;
  const sigma = (kernels.sigmas[k] as number) * shrink;
  // Rejection is cheap here: every mean lies in [low, high] and σ ≤ range, so ≥ 34% is accepted.
  for (let attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
    const x = mu + sigma * rng.normal();
    if (x >= domain.low && x <= domain.high) return x;
  }
  return mu;
}

/**
 * What each component's log density spends on constants, computed once per estimator instead of
 * once per candidate: log σ_k and the log of the mass the truncation to [low, high] accepts (two
 * normal CDFs, whose tail continued fraction is the costly part of a TPE ask).
 */
export interface NumericKernelConstants {
  sigmas: Float64Array;
  logSigmas: Float64Array;
  /** log(accept) for continuous values, log(accept + EPS) for ints (as each formula has it). */
  logAccepts: Float64Array;
}

export function numericKernelConstants(
  kernels: NumericKernels,
  domain: NumericDomain,
): NumericKernelConstants {
  const { low, high, step } = domain;
  const sigmas = kernels.sigmas.map((sigma) => Math.max(sigma, EPS));
  const logAccepts = kernels.mus.map((mu, k) => {
    const sigma = sigmas[k] as number;
    const accept = normalCdf((high - mu) / sigma) - normalCdf((low - mu) / sigma);
    return step === null ? Math.log(accept) : Math.log(accept + EPS);
  });
  return { sigmas, logSigmas: sigmas.map(Math.log), logAccepts };
}

/** Each component's log density at x: continuous, or the mass of x's step for ints. */
export function numericKernelLogPdfs(
  kernels: NumericKernels,
  domain: NumericDomain,
  x: number,
  constants: NumericKernelConstants = numericKernelConstants(kernels, domain),
  into: Float64Array = new Float64Array(kernels.mus.length),
): Float64Array {
  const { low, high, step } = domain;
  const { mus } = kernels;
  const { sigmas, logSigmas, logAccepts } = constants;
  if (step === null) {
    for (let k = 0; k < mus.length; k++) {
      const z = (x - (mus[k] as number)) / (sigmas[k] as number);
      into[k] = normalLogPdf(z) - (logSigmas[k] as number) - (logAccepts[k] as number);
    }
    return into;
  }
  const upper = Math.min(x + step / 2, high);
  const lower = Math.max(x - step / 2, low);
  for (let k = 0; k < mus.length; k++) {
    const mu = mus[k] as number;
    const sigma = sigmas[k] as number;
    const mass = normalCdf((upper - mu) / sigma) - normalCdf((lower - mu) / sigma);
    into[k] = Math.log(mass + EPS) - (logAccepts[k] as number);
  }
  return into;
}
