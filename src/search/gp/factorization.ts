import type { KernelParams } from './kernel';
import { covarianceMatrix, matern52 } from './kernel';
import {
  choleskyLower,
  choleskyRow,
  inverseColumn,
  inverseLowerTransposed,
} from './linear-algebra';

/** What a posterior reads of a factorisation: n points, matrices with rows `stride` apart. */
export interface FactorizationView {
  size: number;
  stride: number;
  points: readonly Float64Array[];
  /** L, lower triangular: K = L Lᵀ. */
  l: Float64Array;
  /** L⁻¹, row by row (zeros above the diagonal). */
  inverse: Float64Array;
  /** L⁻ᵀ row by row: row j holds column j of L⁻¹ (zeros left of the diagonal). */
  inverseT: Float64Array;
}

const sameValues = (a: Float64Array, b: Float64Array): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
};

/**
 * The Cholesky factor K = L Lᵀ of the kernel matrix of a list of points, and L⁻¹, kept from one
 * ask to the next for fixed kernel parameters. Row i of L and of L⁻¹ depends only on points
 * 0..i (Cholesky–Banachiewicz), so `update` keeps the rows of the longest prefix of points that
 * did not change and appends the others one at a time: O(n²) per new point instead of O(n³)
 * per ask, and the very doubles a factorisation from scratch gives, since each entry is the same
 * sequence of operations. A matrix that needs jitter (not positive definite to rounding) is
 * factored from scratch, as before, and not reused: the jitter depends on all of it.
 */
export class GrowingFactorization {
  readonly params: KernelParams;
  #points: Float64Array[] = [];
  #stride = 0;
  #l = new Float64Array(0);
  #inverse = new Float64Array(0);
  #inverseT = new Float64Array(0);
  /** False after a factorisation with jitter: its rows are not those of a plain one. */
  #reusable = true;
  /** Row i of K, as choleskyRow reads it. */
  #row = new Float64Array(0);

  constructor(params: KernelParams) {
    this.params = params;
  }

  /** Factorises K of `points` (the arrays are kept, not copied: do not change them). */
  update(points: readonly Float64Array[]): FactorizationView {
    const n = points.length;
    let keep = 0;
    if (this.#reusable) {
      const known = Math.min(n, this.#points.length);
      while (keep < known && sameValues(points[keep] as Float64Array, this.#points[keep]!)) keep++;
    }
    this.#points.length = keep;
    this.#reusable = true;
    this.#reserve(n);
    for (let i = keep; i < n; i++) {
      if (!this.#append(points, i)) return this.#fromScratch(points);
    }
    return this.view();
  }

  view(): FactorizationView {
    return {
      size: this.#points.length,
      stride: this.#stride,
      points: this.#points,
      l: this.#l,
      inverse: this.#inverse,
      inverseT: this.#inverseT,
    };
  }

  /** Row i of L and of L⁻¹; false when row i of K has a NaN or its pivot is not positive. */
  #append(points: readonly Float64Array[], i: number): boolean {
    const { inverseSquaredLengthscales: isl, signalVariance: s, noiseVariance } = this.params;
    const x = points[i] as Float64Array;
    const row = this.#row;
    // covarianceMatrix's entries (i, j < i): s · matern52(Σ_d (x_id − x_jd)² λ_d).
    for (let j = 0; j < i; j++) {
      const p = points[j] as Float64Array;
      let sum = 0;
      for (let d = 0; d < x.length; d++) {
        const diff = (x[d] as number) - (p[d] as number);
        sum += diff * diff * (isl[d] as number);
      }
      row[j] = s * matern52(sum);
      if (Number.isNaN(row[j])) return false;
    }
    row[i] = s + noiseVariance;
    if (Number.isNaN(row[i])) return false;
    const stride = this.#stride;
    if (!choleskyRow(row, 0, i, 0, this.#l, stride)) return false;
    inverseColumn(this.#l, i, this.#inverseT, stride);
    const ri = i * stride;
    for (let j = 0; j <= i; j++) this.#inverse[ri + j] = this.#inverseT[j * stride + i] as number;
    this.#points.push(x);
    return true;
  }

  /** choleskyLower with its jitter retries, as a posterior did before factors were kept. */
  #fromScratch(points: readonly Float64Array[]): FactorizationView {
    const n = points.length;
    const l = choleskyLower(covarianceMatrix(points, this.params), n);
    const t = inverseLowerTransposed(l, n);
    const stride = this.#stride;
    this.#l.fill(0);
    this.#inverse.fill(0);
    this.#inverseT.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        this.#l[i * stride + j] = l[i * n + j] as number;
        this.#inverseT[i * stride + j] = t[i * n + j] as number;
        this.#inverse[j * stride + i] = t[i * n + j] as number;
      }
    }
    this.#points = [...points];
    this.#reusable = false;
    return this.view();
  }

  /** Room for n rows; grows by doubling and keeps the rows already there. */
  #reserve(n: number): void {
    if (this.#row.length < n) this.#row = new Float64Array(Math.max(16, 2 * n));
    if (n <= this.#stride) return;
    let stride = Math.max(16, this.#stride);
    while (stride < n) stride *= 2;
    const keep = this.#points.length;
    const grow = (old: Float64Array) => {
      const next = new Float64Array(stride * stride);
      for (let i = 0; i < keep; i++) {
        next.set(old.subarray(i * this.#stride, i * this.#stride + keep), i * stride);
      }
      return next;
    };
    this.#l = grow(this.#l);
    this.#inverse = grow(this.#inverse);
    this.#inverseT = grow(this.#inverseT);
    this.#stride = stride;
  }
}
