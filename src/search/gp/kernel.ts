/** Matérn 5/2 covariance with one length scale per input column (ARD). */
export interface KernelParams {
  /** 1 / ℓ_d² for each input column. */
  inverseSquaredLengthscales: Float64Array;
  signalVariance: number;
  noiseVariance: number;
}

const SQRT5 = Math.sqrt(5);

/** Matérn 5/2 correlation of the scaled squared distance d² = Σ_d (x_d − x'_d)² / ℓ_d². */
export function matern52(d2: number): number {
  const r = SQRT5 * Math.sqrt(d2);
  return (1 + r + (5 / 3) * d2) * Math.exp(-r);
}

/** d matern52 / d d², finite at d² = 0: −(5/6)(1 + r) e^(−r) with r = √(5 d²). */
export function matern52Slope(d2: number): number {
  const r = SQRT5 * Math.sqrt(d2);
  return (-5 / 6) * (1 + r) * Math.exp(-r);
}

function scaledSquaredDistance(
  a: Float64Array,
  b: Float64Array,
  inverseSquaredLengthscales: Float64Array,
): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) {
    const diff = (a[d] as number) - (b[d] as number);
    sum += diff * diff * (inverseSquaredLengthscales[d] as number);
  }
  return sum;
}

/** The n×n covariance of the rows of `points` (row-major), noise on the diagonal included. */
export function covarianceMatrix(
  points: readonly Float64Array[],
  params: KernelParams,
): Float64Array {
  const n = points.length;
  const k = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    k[i * n + i] = params.signalVariance + params.noiseVariance;
    for (let j = 0; j < i; j++) {
      const d2 = scaledSquaredDistance(
        points[i] as Float64Array,
        points[j] as Float64Array,
        params.inverseSquaredLengthscales,
      );
      const value = params.signalVariance * matern52(d2);
      k[i * n + j] = value;
      k[j * n + i] = value;
    }
  }
  return k;
}
