import { describe, expect, it } from 'vitest';
import {
  BENCH_FUNCTIONS,
  branin,
  hartmann6,
  levy,
  rosenbrock,
  styblinskiTang,
} from './bench-functions';

describe('benchmark functions', () => {
  it('Branin has its three global minima of 0.397887', () => {
    for (const [x1, x2] of [
      [-Math.PI, 12.275],
      [Math.PI, 2.275],
      [9.42478, 2.475],
    ] as const) {
      expect(branin(x1, x2)).toBeCloseTo(0.397887, 5);
    }
    expect(branin(0, 0)).toBeCloseTo(55.602113, 5);
  });

  it('Hartmann-6 has its global minimum of −3.32237', () => {
    expect(hartmann6([0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573])).toBeCloseTo(
      -3.32237,
      5,
    );
    expect(hartmann6([0.5, 0.5, 0.5, 0.5, 0.5, 0.5])).toBeGreaterThan(-3.32237);
  });

  it('Levy, Styblinski–Tang and Rosenbrock have their known minima, and are larger elsewhere', () => {
    expect(levy([1, 1, 1, 1])).toBeCloseTo(0, 12);
    expect(levy([0, 0, 0, 0])).toBeGreaterThan(0.1);
    const st = Array<number>(5).fill(-2.903534);
    expect(styblinskiTang(st)).toBeCloseTo(-39.16617 * 5, 3);
    expect(styblinskiTang([0, 0, 0, 0, 0])).toBe(0);
    expect(rosenbrock([1, 1, 1])).toBe(0);
    expect(rosenbrock([0, 0, 0])).toBe(2);
    const names = BENCH_FUNCTIONS.map((f) => f.name);
    expect(names).toEqual(['branin', 'hartmann6', 'levy4', 'styblinski-tang5', 'rosenbrock3']);
    const rosen = BENCH_FUNCTIONS[4]!;
    expect(rosen.space.params.map((p) => p.distribution)).toEqual(
      Array(3).fill({ type: 'float', low: -5, high: 10, log: false }),
    );
    expect(rosen.evaluate({ x1: 1, x2: 1, x3: 1 })).toBe(0);
  });

  it('evaluates parameters of its own search space, with the known minimum', () => {
    const [b, h] = BENCH_FUNCTIONS;
    expect(b!.evaluate({ x1: Math.PI, x2: 2.275 })).toBeCloseTo(b!.minimum, 5);
    expect(b!.space.params.map((p) => p.name)).toEqual(['x1', 'x2']);
    expect(h!.space.params).toHaveLength(6);
    expect(() => h!.evaluate({ x1: 0.5 })).toThrow(/x2/);
  });
});
