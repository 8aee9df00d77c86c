import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import { GrowingFactorization } from './factorization';
import type { KernelParams } from './kernel';
import { covarianceMatrix } from './kernel';
import { choleskyLower, choleskyRow, inverseLowerTransposed } from './linear-algebra';
import { forceScalar, simdAvailable } from './simd';

const params = {
  inverseSquaredLengthscales: Float64Array.of(4, 9, 1),
  signalVariance: 1.7,
  noiseVariance: 1e-4,
};

function randomPoints(count: number, seed: number): Float64Array[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => Float64Array.of(rng.next(), rng.next(), rng.next()));
}

const bits = (a: Float64Array) => Array.from(new BigUint64Array(a.buffer.slice(0)));

/** The factorisation's n×n matrices, compacted from their strides and panels. */
function compact(factorization: GrowingFactorization) {
  const { size: n, stride, l } = factorization;
  const square = (at: (i: number, j: number) => number) =>
    Float64Array.from({ length: n * n }, (_, p) => at(Math.floor(p / n), p % n));
  return {
    l: square((i, j) => l[i * stride + j]!),
    inverse: square((i, j) => (j <= i ? factorization.inverseAt(i, j) : 0)),
    inverseT: square((i, j) => (j >= i ? factorization.inverseTAt(i, j) : 0)),
  };
}

/** What a factorisation from scratch gives: choleskyLower and its inverse, as posteriors did. */
function fromScratch(points: Float64Array[], kernel: KernelParams = params) {
  const n = points.length;
  const l = choleskyLower(covarianceMatrix(points, kernel), n);
  const inverseT = inverseLowerTransposed(l, n);
  const inverse = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) inverse[j * n + i] = inverseT[i * n + j]!;
  return { l, inverse, inverseT };
}

function expectSameAsFromScratch(factorization: GrowingFactorization, points: Float64Array[]) {
  const got = compact(factorization);
  const want = fromScratch(points, factorization.params);
  expect(bits(got.l)).toEqual(bits(want.l));
  expect(bits(got.inverse)).toEqual(bits(want.inverse));
  expect(bits(got.inverseT)).toEqual(bits(want.inverseT));
}

describe('a factorisation kept between asks', () => {
  it('appends points one at a time, growing its storage, with the doubles of a fresh one', () => {
    const points = randomPoints(40, 1);
    const factorization = new GrowingFactorization(params);
    for (let n = 1; n <= points.length; n += 3) {
      factorization.update(points.slice(0, n));
      expectSameAsFromScratch(factorization, points.slice(0, n));
    }
  });

  it('keeps the rows of the unchanged prefix and redoes those after a change', () => {
    const points = randomPoints(30, 2);
    const factorization = new GrowingFactorization(params);
    factorization.update(points);
    // A trial finished out of order: a new point lands in the middle; pending ones change.
    const changed = [...points.slice(0, 12), ...randomPoints(1, 3), ...points.slice(12, 25)];
    factorization.update(changed);
    expectSameAsFromScratch(factorization, changed);
    factorization.update(changed.slice(0, 5));
    expectSameAsFromScratch(factorization, changed.slice(0, 5));
  });

  it('compares points by value, not by identity', () => {
    const points = randomPoints(10, 4);
    const factorization = new GrowingFactorization(params);
    factorization.update(points);
    const copies = points.map((p) => p.slice());
    copies[6]![1] = 0.5;
    factorization.update(copies);
    expectSameAsFromScratch(factorization, copies);
  });

  it('factors from scratch, with jitter as before, when rounding leaves K singular', () => {
    // Unit signal, no noise and a point twice: the twin's pivot is exactly 0 without jitter.
    const noiseless = { ...params, signalVariance: 1, noiseVariance: 0 };
    const points = randomPoints(6, 5);
    const twins = [...points, points[0]!.slice()];
    const plain = new Float64Array(49);
    const k = covarianceMatrix(twins, noiseless);
    expect(twins.map((_, j) => choleskyRow(k, 7, j, 0, plain, 7))).toContain(false);
    const factorization = new GrowingFactorization(noiseless);
    factorization.update(points);
    factorization.update(twins);
    const { size, stride, l } = factorization;
    const want = choleskyLower(k, size);
    for (let i = 0; i < size; i++)
      for (let j = 0; j <= i; j++)
        expect(Object.is(l[i * stride + j], want[i * size + j])).toBe(true);
    // A jittered factor is not reused: the next update starts over and agrees again.
    factorization.update(twins.slice(0, 4));
    expectSameAsFromScratch(factorization, twins.slice(0, 4));
  });

  it('starts over with new kernel parameters after a refit, in the storage it has', () => {
    const points = randomPoints(20, 6);
    const factorization = new GrowingFactorization(params).update(points);
    const refitted = { ...params, signalVariance: 0.9, noiseVariance: 1e-3 };
    factorization.reset(refitted);
    expect(factorization.size).toBe(0);
    factorization.update(points.slice(0, 15));
    expect(factorization.params).toBe(refitted);
    expectSameAsFromScratch(factorization, points.slice(0, 15));
  });

  it('refuses a NaN point as the factorisation from scratch does', () => {
    const factorization = new GrowingFactorization(params);
    expect(() =>
      factorization.update([Float64Array.of(0, 0, 0), Float64Array.of(NaN, 0, 0)]),
    ).toThrow(/not symmetric/);
  });
});

describe.each([
  ['WebAssembly SIMD', false],
  ['plain loops', true],
])('products with L⁻¹ and L⁻ᵀ (%s)', (_, scalar) => {
  afterEach(() => forceScalar(null));

  it.each([1, 3, 8, 13, 40, 67])('are the plain loops’ doubles for %i points', (n) => {
    if (!scalar) expect(simdAvailable()).toBe(true);
    forceScalar(scalar);
    const factorization = new GrowingFactorization(params).update(randomPoints(n, 20 + n));
    const rng = createRng(n);
    const x = Float64Array.from({ length: n }, () => rng.normal());
    const lower = new Float64Array(n);
    const upper = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) lower[i]! += factorization.inverseAt(i, j) * x[j]!;
      for (let j = i; j < n; j++) upper[i]! += factorization.inverseTAt(i, j) * x[j]!;
    }
    factorization.setVector(x);
    const out = new Float64Array(n);
    factorization.lowerRows(out, 0, n);
    expect(bits(out)).toEqual(bits(lower));
    // Rows in blocks, as the candidate screening asks for them.
    out.fill(NaN);
    for (let from = 0; from < n; from += 8)
      factorization.lowerRows(out, from, Math.min(n, from + 8));
    expect(bits(out)).toEqual(bits(lower));
    factorization.upperRows(out);
    expect(bits(out)).toEqual(bits(upper));
  });
});
