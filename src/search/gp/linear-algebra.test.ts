import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import {
  choleskyLower,
  choleskyRow,
  inverseColumn,
  inverseFromCholesky,
  inverseLowerTransposed,
  solveLower,
  solveLowerTransposed,
  transpose,
} from './linear-algebra';

// A = [[4, 2, 2], [2, 5, 3], [2, 3, 6]] = L Lᵀ with L = [[2, 0, 0], [1, 2, 0], [1, 1, 2]].
const A = Float64Array.of(4, 2, 2, 2, 5, 3, 2, 3, 6);
const L = Float64Array.of(2, 0, 0, 1, 2, 0, 1, 1, 2);

const close = (actual: Float64Array, expected: readonly number[]) =>
  expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, 12));

describe('linear algebra on flat row-major matrices', () => {
  it('factors a positive definite matrix (Cholesky)', () => {
    close(choleskyLower(A, 3), Array.from(L));
  });

  it('solves with L and with Lᵀ', () => {
    // L x = (2, 5, 7): x = (1, 2, 2); Lᵀ x = (5, 4, 4): x = (1, 1, 2).
    close(solveLower(L, 3, [2, 5, 7]), [1, 2, 2]);
    close(solveLowerTransposed(L, 3, [5, 4, 4]), [1, 1, 2]);
  });

  it('inverts through the factor', () => {
    const inverse = inverseFromCholesky(L, 3);
    const product = [0, 1, 2].flatMap((i) =>
      [0, 1, 2].map((j) => [0, 1, 2].reduce((s, k) => s + A[i * 3 + k]! * inverse[k * 3 + j]!, 0)),
    );
    close(Float64Array.from(product), [1, 0, 0, 0, 1, 0, 0, 0, 1]);
    // L⁻¹ = [[1/2, 0, 0], [−1/4, 1/2, 0], [−1/8, −1/4, 1/2]], stored transposed.
    close(
      transpose(inverseLowerTransposed(L, 3), 3),
      [0.5, 0, 0, -0.25, 0.5, 0, -0.125, -0.25, 0.5],
    );
  });

  it('adds jitter to a matrix that rounding left singular', () => {
    // Two identical points: [[1, 1], [1, 1]] is singular; jitter makes it factor.
    const l = choleskyLower(Float64Array.of(1, 1, 1, 1), 2);
    expect(l[0]).toBeCloseTo(1, 8);
    expect(l[3]).toBeGreaterThan(0);
  });
});

/** The plain loops these functions replaced: the fast ones must give the very same doubles. */
const reference = {
  inverseLowerTransposed(l: Float64Array, n: number): Float64Array {
    const t = new Float64Array(n * n);
    for (let j = 0; j < n; j++) {
      const row = j * n;
      t[row + j] = 1 / l[j * n + j]!;
      for (let i = j + 1; i < n; i++) {
        let sum = 0;
        for (let k = j; k < i; k++) sum += l[i * n + k]! * t[row + k]!;
        t[row + i] = -sum / l[i * n + i]!;
      }
    }
    return t;
  },
  inverseFromCholesky(l: Float64Array, n: number): Float64Array {
    const t = reference.inverseLowerTransposed(l, n);
    const out = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        let sum = 0;
        for (let k = i; k < n; k++) sum += t[i * n + k]! * t[j * n + k]!;
        out[i * n + j] = sum;
        out[j * n + i] = sum;
      }
    }
    return out;
  },
};

/** A random symmetric positive definite matrix: B Bᵀ / n plus a little on the diagonal. */
function randomSpd(n: number, seed: number, diagonal = 1e-3): Float64Array {
  const rng = createRng(seed);
  const b = Float64Array.from({ length: n * n }, () => rng.normal());
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += b[i * n + k]! * b[j * n + k]!;
      a[i * n + j] = sum / n + (i === j ? diagonal : 0);
      a[j * n + i] = a[i * n + j]!;
    }
  }
  return a;
}

const bits = (a: Float64Array) => Array.from(new BigUint64Array(a.buffer.slice(0)));

describe('the same doubles as the plain loops', () => {
  const sizes = [1, 2, 3, 4, 5, 7, 8, 9, 13, 37, 64];

  it.each(sizes)('Cholesky of a %i×%i matrix is bit for bit ml-matrix’s', (n) => {
    const a = randomSpd(n, n);
    const decomposition = new CholeskyDecomposition(Matrix.from1DArray(n, n, a));
    expect(bits(choleskyLower(a, n))).toEqual(
      bits(Float64Array.from(decomposition.lowerTriangularMatrix.to1DArray())),
    );
  });

  it('adds the same jitter as before to a matrix that is singular but for rounding', () => {
    // Rank 3 of 6: not positive definite without jitter.
    const n = 6;
    const rng = createRng(4);
    const b = Float64Array.from({ length: n * 3 }, () => rng.normal());
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        for (let k = 0; k < 3; k++) a[i * n + j]! += b[i * 3 + k]! * b[j * 3 + k]!;
    const meanDiagonal = Array.from({ length: n }, (_, i) => a[i * n + i]! / n).reduce(
      (s, v) => s + v,
      0,
    );
    let expected: Float64Array | null = null;
    for (let jitter = 1e-10 * meanDiagonal; expected === null; jitter *= 100) {
      const m = Matrix.from1DArray(n, n, a);
      for (let i = 0; i < n; i++) m.set(i, i, a[i * n + i]! + jitter);
      const decomposition = new CholeskyDecomposition(m);
      if (decomposition.isPositiveDefinite())
        expected = Float64Array.from(decomposition.lowerTriangularMatrix.to1DArray());
    }
    expect(bits(choleskyLower(a, n))).toEqual(bits(expected));
  });

  it('refuses a matrix with a NaN entry, as ml-matrix did', () => {
    expect(() => choleskyLower(Float64Array.of(1, NaN, NaN, 1), 2)).toThrow(/not symmetric/);
  });

  it.each(sizes)('L⁻¹ and K⁻¹ of a %i×%i factor are the plain loops’ bit for bit', (n) => {
    const l = choleskyLower(randomSpd(n, 100 + n), n);
    expect(bits(inverseLowerTransposed(l, n))).toEqual(
      bits(reference.inverseLowerTransposed(l, n)),
    );
    expect(bits(inverseFromCholesky(l, n))).toEqual(bits(reference.inverseFromCholesky(l, n)));
  });

  it('builds the same factor and inverse row by row, with rows far apart', () => {
    const n = 11;
    const stride = 16;
    const a = randomSpd(n, 5);
    const l = new Float64Array(stride * stride);
    const t = new Float64Array(stride * stride);
    for (let j = 0; j < n; j++) {
      expect(choleskyRow(a, n, j, 0, l, stride)).toBe(true);
      inverseColumn(l, j, t, stride);
    }
    const compact = (m: Float64Array) =>
      Float64Array.from({ length: n * n }, (_, p) => m[Math.floor(p / n) * stride + (p % n)]!);
    const full = choleskyLower(a, n);
    expect(bits(compact(l))).toEqual(bits(full));
    expect(bits(compact(t))).toEqual(bits(reference.inverseLowerTransposed(full, n)));
  });
});
