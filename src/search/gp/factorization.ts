import type { KernelParams } from './kernel';
import { covarianceMatrix, matern52 } from './kernel';
import { choleskyLower, choleskyRow, inverseLowerTransposed } from './linear-algebra';
import type { Axpy8 } from './simd';
import { simdMemory } from './simd';

const sameValues = (a: Float64Array, b: Float64Array): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
};

/** Rows per panel: L⁻¹ and L⁻ᵀ are stored eight rows interleaved, column by column. */
const PANEL = 8;

/**
 * The Cholesky factor K = L Lᵀ of the kernel matrix of a list of points, and L⁻¹, kept from one
 * ask to the next for fixed kernel parameters. Row i of L and of L⁻¹ depends only on points
 * 0..i (Cholesky–Banachiewicz), so `update` keeps the rows of the longest prefix of points that
 * did not change and appends the others one at a time: O(n²) per new point instead of O(n³)
 * per ask, and the very doubles a factorisation from scratch gives, since each entry is the same
 * sequence of operations. A matrix that needs jitter (not positive definite to rounding) is
 * factored from scratch, as before, and not reused: the jitter depends on all of it.
 *
 * L is kept row by row (rows `capacity` apart). L⁻¹ and L⁻ᵀ are kept in panels of eight rows
 * (entry (r, j) of a panel at j·8 + r), so that their products with a vector, `lowerRows` and
 * `upperRows`, read memory in order, eight rows at a time in WebAssembly SIMD (see simd.ts;
 * plain loops where it is missing), each row's sum in the order of the plain loop.
 */
export class GrowingFactorization {
  #params: KernelParams;
  #points: Float64Array[] = [];
  /** Rows (and columns) there is room for; a multiple of PANEL. */
  #capacity = 0;
  #l = new Float64Array(0);
  /** [L⁻¹ panels | L⁻ᵀ panels | vector | accumulator], in WebAssembly memory when SIMD runs. */
  #store: Float64Array<ArrayBufferLike> = new Float64Array(0);
  #axpy8: Axpy8 | null = null;
  /** False after a factorisation with jitter: its rows are not those of a plain one. */
  #reusable = true;
  /** Row i of K, as choleskyRow reads it. */
  #row = new Float64Array(0);

  constructor(params: KernelParams) {
    this.#params = params;
  }

  get params(): KernelParams {
    return this.#params;
  }

  /** Starts over with other kernel parameters (after a refit), keeping the storage. */
  reset(params: KernelParams): void {
    this.#params = params;
    this.#points.length = 0;
    this.#reusable = true;
  }

  get size(): number {
    return this.#points.length;
  }

  /** Rows of L are this many entries apart. */
  get stride(): number {
    return this.#capacity;
  }

  get points(): readonly Float64Array[] {
    return this.#points;
  }

  /** L, lower triangular, row by row (`stride` apart). */
  get l(): Float64Array {
    return this.#l;
  }

  /** Factorises K of `points` (the arrays are kept, not copied: do not change them). */
  update(points: readonly Float64Array[]): this {
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
    return this;
  }

  /** (L⁻¹)_ij. */
  inverseAt(i: number, j: number): number {
    return this.#store[this.#lowerAt(i, j)] as number;
  }

  /** (L⁻ᵀ)_ij = (L⁻¹)_ji. */
  inverseTAt(i: number, j: number): number {
    return this.#store[this.#upperAt(i, j)] as number;
  }

  /** Puts `vector` (n entries) where lowerRows and upperRows read it. */
  setVector(vector: Float64Array): void {
    this.#store.set(vector.subarray(0, this.size), this.#vectorAt());
  }

  /**
   * Rows from..to−1 of L⁻¹ x into `out`, x the vector set last: out_i = Σ_{j ≤ i} (L⁻¹)_ij x_j,
   * j ascending. `from` must be a multiple of 8.
   */
  lowerRows(out: Float64Array, from: number, to: number): void {
    const s = this.#store;
    const x = this.#vectorAt();
    let i = from;
    if (this.#axpy8) {
      const acc = this.#accumulatorAt();
      for (; i + PANEL <= to; i += PANEL) {
        s.fill(0, acc, acc + PANEL);
        this.#axpy8(8 * this.#lowerAt(i, 0), 8 * PANEL, 8 * x, 0, i + 1, 8 * acc);
        // Row i + r has r more terms, j = i + 1..i + r, after those.
        for (let r = 0; r < PANEL; r++) {
          let sum = s[acc + r] as number;
          for (let j = i + 1; j <= i + r; j++)
            sum += (s[this.#lowerAt(i + r, j)] as number) * (s[x + j] as number);
          out[i + r] = sum;
        }
      }
    } else {
      // Four rows at a time, each row's sum in order (the rows of a panel sit side by side).
      for (; i + 4 <= to; i += 4) {
        let p = this.#lowerAt(i, 0);
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let j = 0; j <= i; j++, p += PANEL) {
          const xj = s[x + j] as number;
          s0 += (s[p] as number) * xj;
          s1 += (s[p + 1] as number) * xj;
          s2 += (s[p + 2] as number) * xj;
          s3 += (s[p + 3] as number) * xj;
        }
        const x1 = s[x + i + 1] as number;
        const x2 = s[x + i + 2] as number;
        s1 += (s[p + 1] as number) * x1;
        s2 += (s[p + 2] as number) * x1;
        s2 += (s[p + PANEL + 2] as number) * x2;
        s3 += (s[p + 3] as number) * x1;
        s3 += (s[p + PANEL + 3] as number) * x2;
        s3 += (s[p + 2 * PANEL + 3] as number) * (s[x + i + 3] as number);
        out[i] = s0;
        out[i + 1] = s1;
        out[i + 2] = s2;
        out[i + 3] = s3;
      }
    }
    for (; i < to; i++) {
      let sum = 0;
      for (let j = 0; j <= i; j++) sum += (s[this.#lowerAt(i, j)] as number) * (s[x + j] as number);
      out[i] = sum;
    }
  }

  /** L⁻ᵀ x into `out`, x the vector set last: out_i = Σ_{j ≥ i} (L⁻¹)_ji x_j, j ascending. */
  upperRows(out: Float64Array): void {
    const n = this.size;
    const s = this.#store;
    const x = this.#vectorAt();
    let i = 0;
    if (this.#axpy8) {
      const acc = this.#accumulatorAt();
      for (; i + PANEL <= n; i += PANEL) {
        // Row i + r starts with j = i + r..i + 6, then all eight rows share j ≥ i + 7.
        for (let r = 0; r < PANEL; r++) {
          let sum = 0;
          for (let j = i + r; j < i + PANEL - 1; j++)
            sum += (s[this.#upperAt(i + r, j)] as number) * (s[x + j] as number);
          s[acc + r] = sum;
        }
        this.#axpy8(8 * this.#upperAt(i, 0), 8 * PANEL, 8 * x, i + PANEL - 1, n, 8 * acc);
        for (let r = 0; r < PANEL; r++) out[i + r] = s[acc + r] as number;
      }
    } else {
      for (; i + 4 <= n; i += 4) {
        const p = this.#upperAt(i, i);
        const x0 = s[x + i] as number;
        const x1 = s[x + i + 1] as number;
        const x2 = s[x + i + 2] as number;
        let s0 = 0;
        s0 += (s[p] as number) * x0;
        s0 += (s[p + PANEL] as number) * x1;
        s0 += (s[p + 2 * PANEL] as number) * x2;
        let s1 = 0;
        s1 += (s[p + PANEL + 1] as number) * x1;
        s1 += (s[p + 2 * PANEL + 1] as number) * x2;
        let s2 = 0;
        s2 += (s[p + 2 * PANEL + 2] as number) * x2;
        let s3 = 0;
        for (let j = i + 3, q = p + 3 * PANEL; j < n; j++, q += PANEL) {
          const xj = s[x + j] as number;
          s0 += (s[q] as number) * xj;
          s1 += (s[q + 1] as number) * xj;
          s2 += (s[q + 2] as number) * xj;
          s3 += (s[q + 3] as number) * xj;
        }
        out[i] = s0;
        out[i + 1] = s1;
        out[i + 2] = s2;
        out[i + 3] = s3;
      }
    }
    for (; i < n; i++) {
      let sum = 0;
      for (let j = i; j < n; j++) sum += (s[this.#upperAt(i, j)] as number) * (s[x + j] as number);
      out[i] = sum;
    }
  }

  /** Where (L⁻¹)_ij is kept. */
  #lowerAt(i: number, j: number): number {
    return (i >> 3) * this.#capacity * PANEL + j * PANEL + (i & 7);
  }

  /** Where (L⁻ᵀ)_ij is kept: after all of L⁻¹'s panels. */
  #upperAt(i: number, j: number): number {
    return this.#capacity * this.#capacity + this.#lowerAt(i, j);
  }

  #vectorAt(): number {
    return 2 * this.#capacity * this.#capacity;
  }

  #accumulatorAt(): number {
    return this.#vectorAt() + this.#capacity;
  }

  /** Row i of L and of L⁻¹; false when row i of K has a NaN or its pivot is not positive. */
  #append(points: readonly Float64Array[], i: number): boolean {
    const { inverseSquaredLengthscales: isl, signalVariance: s, noiseVariance } = this.#params;
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
    const l = this.#l;
    const stride = this.#capacity;
    if (!choleskyRow(row, 0, i, 0, l, stride)) return false;
    // Column i of L⁻¹ below the diagonal, as inverseColumn: (L⁻ᵀ)_ji = −(Σ_{k=j}^{i−1} L_ik (L⁻ᵀ)_jk) / L_ii.
    const store = this.#store;
    const ri = i * stride;
    const pivot = l[ri + i] as number;
    for (let j = 0; j < i; j++) {
      let sum = 0;
      // (L⁻ᵀ)_jk for k = j, j + 1, …: one panel column after another.
      for (let k = j, q = this.#upperAt(j, j); k < i; k++, q += PANEL)
        sum += (l[ri + k] as number) * (store[q] as number);
      const value = -sum / pivot;
      store[this.#upperAt(j, i)] = value;
      store[this.#lowerAt(i, j)] = value;
    }
    store[this.#upperAt(i, i)] = 1 / pivot;
    store[this.#lowerAt(i, i)] = 1 / pivot;
    this.#points.push(x);
    return true;
  }

  /** choleskyLower with its jitter retries, as a posterior did before factors were kept. */
  #fromScratch(points: readonly Float64Array[]): this {
    const n = points.length;
    const l = choleskyLower(covarianceMatrix(points, this.#params), n);
    const t = inverseLowerTransposed(l, n);
    const stride = this.#capacity;
    this.#l.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        this.#l[i * stride + j] = l[i * n + j] as number;
        // t's row i is column i of L⁻¹: t_ij = (L⁻ᵀ)_ij = (L⁻¹)_ji.
        this.#store[this.#upperAt(i, j)] = t[i * n + j] as number;
        this.#store[this.#lowerAt(j, i)] = t[i * n + j] as number;
      }
    }
    this.#points = [...points];
    this.#reusable = false;
    return this;
  }

  /** Room for n rows; grows by doubling and keeps the rows already there. */
  #reserve(n: number): void {
    if (this.#row.length < n) this.#row = new Float64Array(Math.max(16, 2 * n));
    if (n <= this.#capacity) return;
    let capacity = Math.max(16, this.#capacity);
    while (capacity < n) capacity *= 2;
    const keep = this.#points.length;
    const oldCapacity = this.#capacity;
    const oldL = this.#l;
    const oldStore = this.#store;
    const oldLowerAt = (i: number, j: number) =>
      (i >> 3) * oldCapacity * PANEL + j * PANEL + (i & 7);
    this.#capacity = capacity;
    this.#l = new Float64Array(capacity * capacity);
    const { f64, axpy8 } = simdMemory(2 * capacity * capacity + capacity + PANEL);
    this.#store = f64;
    this.#axpy8 = axpy8;
    for (let i = 0; i < keep; i++) {
      this.#l.set(oldL.subarray(i * oldCapacity, i * oldCapacity + keep), i * capacity);
      for (let j = 0; j < keep; j++) {
        f64[this.#lowerAt(i, j)] = oldStore[oldLowerAt(i, j)] as number;
        f64[this.#upperAt(i, j)] = oldStore[oldCapacity * oldCapacity + oldLowerAt(i, j)] as number;
      }
    }
  }
}
