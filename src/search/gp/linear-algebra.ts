/**
 * Row-major square matrices as flat Float64Arrays; n is the side.
 *
 * Every function here performs exactly the floating-point operations of the textbook loop it
 * replaces, in the same order for each entry (rows are only interleaved, four at a time, so the
 * processor has independent sums to work on), so results are the same doubles bit for bit:
 * `linear-algebra.test.ts` checks each against the plain loop, and the Cholesky factor against
 * ml-matrix's, which the GP used before.
 */

const MAX_JITTER_TRIES = 6;

/**
 * The lower Cholesky factor of the symmetric matrix `a`, adding a growing diagonal jitter when
 * rounding leaves it not quite positive definite (near-duplicate points). The factor is
 * ml-matrix's CholeskyDecomposition (row by row, Cholesky–Banachiewicz), including its refusal
 * of a matrix with a NaN entry.
 */
export function choleskyLower(a: Float64Array, n: number): Float64Array {
  for (let i = 0; i < n * n; i++) {
    if (Number.isNaN(a[i])) throw new Error('Matrix is not symmetric');
  }
  let meanDiagonal = 0;
  for (let i = 0; i < n; i++) meanDiagonal += (a[i * n + i] as number) / n;
  let jitter = 0;
  for (let attempt = 0; attempt <= MAX_JITTER_TRIES; attempt++) {
    const l = new Float64Array(n * n);
    if (choleskyRows(a, n, jitter, l)) return l;
    jitter = jitter === 0 ? 1e-10 * meanDiagonal : jitter * 100;
  }
  throw new Error('Covariance matrix is not positive definite, even with jitter.');
}

/**
 * Fills `l` with the factor of a + jitter·I, four rows at a time; false when a pivot is not
 * positive (the rows after it are then meaningless, as in ml-matrix).
 */
function choleskyRows(a: Float64Array, n: number, jitter: number, l: Float64Array): boolean {
  let positiveDefinite = true;
  let j = 0;
  for (; j + 3 < n; j += 4) {
    const r0 = j * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    let d0 = 0;
    let d1 = 0;
    let d2 = 0;
    let d3 = 0;
    // Columns left of the block: the four rows share row k's entries.
    for (let k = 0; k < j; k++) {
      const rk = k * n;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < k; i++) {
        const lki = l[rk + i] as number;
        s0 += lki * (l[r0 + i] as number);
        s1 += lki * (l[r1 + i] as number);
        s2 += lki * (l[r2 + i] as number);
        s3 += lki * (l[r3 + i] as number);
      }
      const pivot = l[rk + k] as number;
      s0 = ((a[r0 + k] as number) - s0) / pivot;
      s1 = ((a[r1 + k] as number) - s1) / pivot;
      s2 = ((a[r2 + k] as number) - s2) / pivot;
      s3 = ((a[r3 + k] as number) - s3) / pivot;
      l[r0 + k] = s0;
      l[r1 + k] = s1;
      l[r2 + k] = s2;
      l[r3 + k] = s3;
      d0 = d0 + s0 * s0;
      d1 = d1 + s1 * s1;
      d2 = d2 + s2 * s2;
      d3 = d3 + s3 * s3;
    }
    // Inside the block, row by row: each row needs the diagonal of the rows above it.
    const partial = [d0, d1, d2, d3];
    for (let r = 0; r < 4; r++) {
      const row = j + r;
      const rj = row * n;
      let d = partial[r] as number;
      for (let k = j; k < row; k++) {
        const rk = k * n;
        let s = 0;
        for (let i = 0; i < k; i++) s += (l[rk + i] as number) * (l[rj + i] as number);
        s = ((a[rj + k] as number) - s) / (l[rk + k] as number);
        l[rj + k] = s;
        d = d + s * s;
      }
      d = (a[rj + row] as number) + jitter - d;
      positiveDefinite &&= d > 0;
      l[rj + row] = Math.sqrt(Math.max(d, 0));
    }
  }
  for (; j < n; j++) {
    positiveDefinite = choleskyRow(a, n, j, jitter, l, n) && positiveDefinite;
  }
  return positiveDefinite;
}

/**
 * Row j of the factor of a + jitter·I, from the rows above it (a's row j read with stride
 * `aStride`, l's rows with stride `stride`); false when its pivot is not positive.
 */
export function choleskyRow(
  a: Float64Array,
  aStride: number,
  j: number,
  jitter: number,
  l: Float64Array,
  stride: number,
): boolean {
  const rj = j * stride;
  const aj = j * aStride;
  let d = 0;
  for (let k = 0; k < j; k++) {
    const rk = k * stride;
    let s = 0;
    for (let i = 0; i < k; i++) s += (l[rk + i] as number) * (l[rj + i] as number);
    s = ((a[aj + k] as number) - s) / (l[rk + k] as number);
    l[rj + k] = s;
    d = d + s * s;
  }
  d = (a[aj + j] as number) + jitter - d;
  l[rj + j] = Math.sqrt(Math.max(d, 0));
  return d > 0;
}

/** Solves L x = b (forward substitution); L's rows `stride` apart (n unless told). */
export function solveLower(
  l: Float64Array,
  n: number,
  b: ArrayLike<number>,
  stride = n,
): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let sum = x[i] as number;
    const row = i * stride;
    for (let j = 0; j < i; j++) sum -= (l[row + j] as number) * (x[j] as number);
    x[i] = sum / (l[row + i] as number);
  }
  return x;
}

/** Solves Lᵀ x = b (back substitution with the transpose of L); L's rows `stride` apart. */
export function solveLowerTransposed(
  l: Float64Array,
  n: number,
  b: ArrayLike<number>,
  stride = n,
): Float64Array {
  const x = Float64Array.from(b);
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i] as number;
    for (let j = i + 1; j < n; j++) sum -= (l[j * stride + i] as number) * (x[j] as number);
    x[i] = sum / (l[i * stride + i] as number);
  }
  return x;
}

/**
 * Column i of L⁻¹ below the diagonal, written into `t` (row j of t holds column j of L⁻¹, rows
 * `stride` apart): t[j][i] = −(Σ_{k=j}^{i−1} L[i][k] t[j][k]) / L[i][i], and t[i][i] = 1 / L[i][i].
 * Needs columns 0..i−1 of t, so columns are added left to right.
 */
export function inverseColumn(l: Float64Array, i: number, t: Float64Array, stride: number): void {
  const ri = i * stride;
  const pivot = l[ri + i] as number;
  for (let j = 0; j < i; j++) {
    const row = j * stride;
    let sum = 0;
    for (let k = j; k < i; k++) sum += (l[ri + k] as number) * (t[row + k] as number);
    t[row + i] = -sum / pivot;
  }
  t[ri + i] = 1 / pivot;
}

/** L⁻¹ of a lower triangular L, transposed: row j holds column j of L⁻¹ (zeros above it). */
export function inverseLowerTransposed(l: Float64Array, n: number): Float64Array {
  const t = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const row = j * n;
    t[row + j] = 1 / (l[j * n + j] as number);
    let i = j + 1;
    // Four entries of row j of t at once: their sums share the first i − j terms' t values.
    for (; i + 3 < n; i += 4) {
      const r0 = i * n;
      const r1 = r0 + n;
      const r2 = r1 + n;
      const r3 = r2 + n;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = j; k < i; k++) {
        const tk = t[row + k] as number;
        s0 += (l[r0 + k] as number) * tk;
        s1 += (l[r1 + k] as number) * tk;
        s2 += (l[r2 + k] as number) * tk;
        s3 += (l[r3 + k] as number) * tk;
      }
      const t0 = -s0 / (l[r0 + i] as number);
      t[row + i] = t0;
      s1 += (l[r1 + i] as number) * t0;
      const t1 = -s1 / (l[r1 + i + 1] as number);
      t[row + i + 1] = t1;
      s2 += (l[r2 + i] as number) * t0;
      s2 += (l[r2 + i + 1] as number) * t1;
      const t2 = -s2 / (l[r2 + i + 2] as number);
      t[row + i + 2] = t2;
      s3 += (l[r3 + i] as number) * t0;
      s3 += (l[r3 + i + 1] as number) * t1;
      s3 += (l[r3 + i + 2] as number) * t2;
      t[row + i + 3] = -s3 / (l[r3 + i + 3] as number);
    }
    for (; i < n; i++) {
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
    const ri = i * n;
    // (L⁻ᵀ L⁻¹)_ij = Σ_k L⁻¹_ki L⁻¹_kj, with L⁻¹_ki = 0 for k < i: every j ≤ i sums over k ≥ i.
    let j = 0;
    for (; j + 3 <= i; j += 4) {
      const r0 = j * n;
      const r1 = r0 + n;
      const r2 = r1 + n;
      const r3 = r2 + n;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = i; k < n; k++) {
        const tik = t[ri + k] as number;
        s0 += tik * (t[r0 + k] as number);
        s1 += tik * (t[r1 + k] as number);
        s2 += tik * (t[r2 + k] as number);
        s3 += tik * (t[r3 + k] as number);
      }
      out[ri + j] = s0;
      out[r0 + i] = s0;
      out[ri + j + 1] = s1;
      out[r1 + i] = s1;
      out[ri + j + 2] = s2;
      out[r2 + i] = s2;
      out[ri + j + 3] = s3;
      out[r3 + i] = s3;
    }
    for (; j <= i; j++) {
      let sum = 0;
      for (let k = i; k < n; k++) sum += (t[ri + k] as number) * (t[j * n + k] as number);
      out[ri + j] = sum;
      out[j * n + i] = sum;
    }
  }
  return out;
}
