import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from './rng';

const take = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('produces the pinned Mulberry32 sequence, so seeds in saved experiments keep their meaning', () => {
    const rng = createRng(42);
    expect([rng.next(), rng.next(), rng.next()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099,
    ]);
  });

  it('repeats the same sequence for the same seed', () => {
    expect(take(42, 100)).toEqual(take(42, 100));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(1, 10)).not.toEqual(take(2, 10));
  });

  it('stays in [0, 1) with a mean near one half', () => {
    const values = take(7, 20000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 2);
  });

  it('draws standard normals with mean 0 and variance 1', () => {
    const rng = createRng(3);
    const values = Array.from({ length: 20000 }, () => rng.normal());
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(variance).toBeGreaterThan(0.95);
    expect(variance).toBeLessThan(1.05);
  });

  it('shuffles deterministically into a permutation', () => {
    const a = createRng(9).shuffle(Array.from({ length: 50 }, (_, i) => i));
    const b = createRng(9).shuffle(Array.from({ length: 50 }, (_, i) => i));
    expect(a).toEqual(b);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(a).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('draws integers in range and rejects a bad bound', () => {
    const rng = createRng(5);
    const seen = new Set(Array.from({ length: 1000 }, () => rng.int(6)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(() => rng.int(0)).toThrow(RangeError);
  });
});

describe('deriveSeed', () => {
  it('is stable and separates streams', () => {
    expect(deriveSeed(1, 'data')).toBe(4117015052);
    expect(deriveSeed(1, 'data')).toBe(deriveSeed(1, 'data'));
    expect(deriveSeed(1, 'data')).not.toBe(deriveSeed(1, 'shuffle'));
    expect(deriveSeed(1, 'data')).not.toBe(deriveSeed(2, 'data'));
  });
});
