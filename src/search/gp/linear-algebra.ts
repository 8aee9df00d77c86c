import { CholeskyDecomposition, Matrix } from 'ml-matrix';

/** Row-major square matrices as flat Float64Arrays; n is the side. */

const MAX_JITTER_TRIES = 6;

/**
 * The lower Cholesky factor of the symmetric matrix `a` (ml-matrix), adding a growing diagonal
 * jitter when rounding leaves it not quite positive definite (near-duplicate points).
 */
export function choleskyLower(a: Float64Array, n: number): Float64Array {
  let meanDiagonal = 0;
  for (let i = 0; i < n; i++) meanDiagonal += (a[i * n + i] as number) / n;
  let jitter = 0;
  for (let attempt = 0; attempt <= MAX_JITTER_TRIES; attempt++) {
    const m = Matrix.from1DArray(n, n, a);
    for (let i = 0; i < n; i++) m.set(i, i, (a[i * n + i] as number) + jitter);
    const decomposition = new CholeskyDecomposition(m);
    if (decomposition.isPositiveDefinite()) {
      return Float64Array.from(decomposition.lowerTriangularMatrix.to1DArray());
    }
    jitter = jitter === 0 ? 1e-10 * meanDiagonal : jitter * 100;
  }
  throw new Error('Covariance matrix is not positive definite, even with jitter.');
}

/** Solves L x = b (forward substitution). */
export function solveLower(l: Float64Array, n: number, b: ArrayLike<number>): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let sum = x[i] as number;
    const row = i * n;
    for (let j = 0; j < i; j++) sum -= (l[row + j] as number) * (x[j] as number);
    x[i] = sum / (l[row + i] as number);
  }
  return x;
}

/** Solves Lᵀ x = b (back substitution with the transpose of L). */
export function solveLowerTransposed(
  l: Float64Array,
  n: number,
  b: ArrayLike<number>,
): Float64Array {
  const x = Float64Array.from(b);
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i] as number;
    for (let j = i + 1; j < n; j++) sum -= (l[j * n + i] as number) * (x[j] as number);
    x[i] = sum / (l[i * n + i] as number);
  }
  return x;
}

/** L⁻¹ of a lower triangular L, transposed: row j holds column j of L⁻¹ (zeros above it). */
export function inverseLowerTransposed(l: Float64Array, n: number): Float64Array {
  const t = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const row = j * n;
    t[row + j] = 1 / (l[j * n + j] as number);
    for (let i = j + 1; i < n; i++) {
      let sum = 0;
      for (let k = j; k < i; k++) sum += (l[i * n + k] as number) * (t[row + k] as number);
      t[row + i] = -sum / (l[i * n + i] as number);
    }
  }
  return t;
}

/** The transpose of a square matrix. */
export function transpose(a: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[j * n + i] = a[i * n + j] as number;
  return out;
}

/** (L Lᵀ)⁻¹ = L⁻ᵀ L⁻¹ from L (symmetric, both halves filled). */
export function inverseFromCholesky(l: Float64Array, n: number): Float64Array {
  const t = inverseLowerTransposed(l, n);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      // (L⁻ᵀ L⁻¹)_ij = Σ_k L⁻¹_ki L⁻¹_kj, with L⁻¹_ki = 0 for k < i.
      let sum = 0;
      for (let k = i; k < n; k++) sum += (t[i * n + k] as number) * (t[j * n + k] as number);
      out[i * n + j] = sum;
      out[j * n + i] = sum;
    }
  }
  return out;
}
