import { describe, expect, it } from 'vitest';
import { generateCircle } from './circle';
import { kFoldIndices, splitIndices, takeRows } from './split';

const labels = (pattern: number[]) => Float32Array.from(pattern);
const countOf = (values: Float32Array, rows: number[], label: number) =>
  rows.filter((r) => values[r] === label).length;

describe('splitIndices', () => {
  it('puts every row in exactly one part, with the requested sizes', () => {
    const parts = splitIndices(400, { validation: 0.2, test: 0.1, seed: 3, mode: 'random' });
    expect(parts.validation).toHaveLength(80);
    expect(parts.test).toHaveLength(40);
    expect(parts.train).toHaveLength(280);
    const all = [...parts.train, ...parts.validation, ...parts.test].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 400 }, (_, i) => i));
  });

  it('is reproducible per seed and differs across seeds', () => {
    const options = { validation: 0.2, test: 0, mode: 'random' as const };
    expect(splitIndices(100, { ...options, seed: 1 })).toEqual(
      splitIndices(100, { ...options, seed: 1 }),
    );
    expect(splitIndices(100, { ...options, seed: 1 }).validation).not.toEqual(
      splitIndices(100, { ...options, seed: 2 }).validation,
    );
  });

  it('keeps class proportions in every part when stratified', () => {
    // 30% class 1, 70% class 0.
    const y = labels(Array.from({ length: 1000 }, (_, i) => (i % 10 < 3 ? 1 : 0)));
    const parts = splitIndices(1000, {
      validation: 0.2,
      test: 0.2,
      seed: 5,
      mode: 'random',
      stratifyBy: y,
    });
    expect(countOf(y, parts.validation, 1)).toBe(60);
    expect(countOf(y, parts.test, 1)).toBe(60);
    expect(countOf(y, parts.train, 1)).toBe(180);
  });

  it('keeps a rare class in validation when stratified, where a plain random split may lose it', () => {
    const y = labels(Array.from({ length: 200 }, (_, i) => (i < 10 ? 2 : i % 2)));
    const parts = splitIndices(200, {
      validation: 0.2,
      test: 0,
      seed: 9,
      mode: 'random',
      stratifyBy: y,
    });
    expect(countOf(y, parts.validation, 2)).toBe(2);
    expect(parts.validation).toHaveLength(40);
  });

  it('splits in time order for chronological data', () => {
    const parts = splitIndices(10, { validation: 0.2, test: 0.1, seed: 1, mode: 'chronological' });
    expect(parts).toEqual({ train: [0, 1, 2, 3, 4, 5, 6], validation: [7, 8], test: [9] });
  });

  it('gives a requested part at least one row, even when rounding would give none', () => {
    const parts = splitIndices(9, { validation: 0.05, test: 0.05, seed: 1, mode: 'random' });
    expect([parts.train.length, parts.validation.length, parts.test.length]).toEqual([7, 1, 1]);
    expect(splitIndices(9, { validation: 0.05, test: 0, seed: 1, mode: 'random' }).test).toEqual(
      [],
    );
  });

  it('rejects fractions that leave nothing to train on', () => {
    expect(() => splitIndices(10, { validation: 0.6, test: 0.4, seed: 1, mode: 'random' })).toThrow(
      RangeError,
    );
    expect(() => splitIndices(10, { validation: -0.1, test: 0, seed: 1, mode: 'random' })).toThrow(
      RangeError,
    );
  });
});

describe('kFoldIndices', () => {
  it('validates every row exactly once across the folds, and trains on the rest', () => {
    const folds = kFoldIndices(103, 5, 7);
    expect(folds).toHaveLength(5);
    const validated = folds.flatMap((f) => f.validation).sort((a, b) => a - b);
    expect(validated).toEqual(Array.from({ length: 103 }, (_, i) => i));
    for (const fold of folds) {
      expect(fold.validation.length).toBeGreaterThanOrEqual(20);
      expect(fold.validation.length).toBeLessThanOrEqual(21);
      expect(new Set([...fold.train, ...fold.validation]).size).toBe(103);
      expect(fold.train.length + fold.validation.length).toBe(103);
    }
  });

  it('keeps class proportions in each fold when stratified', () => {
    const y = labels(Array.from({ length: 150 }, (_, i) => Math.floor(i / 50)));
    for (const fold of kFoldIndices(150, 5, 1, y)) {
      for (const label of [0, 1, 2]) expect(countOf(y, fold.validation, label)).toBe(10);
    }
  });

  it('is seeded and rejects impossible k', () => {
    expect(kFoldIndices(50, 5, 1)).toEqual(kFoldIndices(50, 5, 1));
    expect(kFoldIndices(50, 5, 1)).not.toEqual(kFoldIndices(50, 5, 2));
    expect(() => kFoldIndices(10, 1, 1)).toThrow(RangeError);
    expect(() => kFoldIndices(10, 11, 1)).toThrow(RangeError);
    expect(() => kFoldIndices(10, 2.5, 1)).toThrow(RangeError);
  });
});

describe('takeRows', () => {
  it('copies the chosen rows with their own labels', () => {
    const data = generateCircle({ numPoints: 10, noise: 0, seed: 1 });
    const picked = takeRows(data, [7, 2]);
    expect(Array.from(picked.features)).toEqual([
      data.features[14],
      data.features[15],
      data.features[4],
      data.features[5],
    ]);
    expect(Array.from(picked.targets)).toEqual([data.targets[7], data.targets[2]]);
  });
});
