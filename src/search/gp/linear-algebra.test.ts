import { describe, expect, it } from 'vitest';
import {
  choleskyLower,
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
