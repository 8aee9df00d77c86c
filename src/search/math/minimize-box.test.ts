import { describe, expect, it } from 'vitest';
import type { SmoothFunction } from './minimize-box';
import { minimizeBox } from './minimize-box';

const rosenbrock: SmoothFunction = (x, gradient) => {
  const a = x[0] as number;
  const b = x[1] as number;
  gradient[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  gradient[1] = 200 * (b - a * a);
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe('minimizeBox', () => {
  it('finds the minimum of Rosenbrock inside the box', () => {
    const result = minimizeBox(rosenbrock, [-1.2, 1], {
      lower: [-5, -5],
      upper: [5, 5],
      maxIterations: 200,
      gradientTolerance: 1e-8,
    });
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
  });

  it('stops on the bound when the minimum lies beyond it', () => {
    // With a ≤ 0.5 the best is a = 0.5, b = a² = 0.25, f = 0.25.
    const result = minimizeBox(rosenbrock, [-1.2, 1], {
      lower: [-5, -5],
      upper: [0.5, 5],
      maxIterations: 200,
    });
    expect(result.x[0]).toBe(0.5);
    expect(result.x[1]).toBeCloseTo(0.25, 5);
    expect(result.value).toBeCloseTo(0.25, 8);
  });

  it('projects the start into the box and keeps every point inside it', () => {
    const seen: number[] = [];
    const quadratic: SmoothFunction = (x, gradient) => {
      seen.push(...x);
      let value = 0;
      x.forEach((xi, i) => {
        gradient[i] = 2 * (i + 1) * (xi - 2);
        value += (i + 1) * (xi - 2) ** 2;
      });
      return value;
    };
    const result = minimizeBox(quadratic, [9, -9, 0], {
      lower: [-1, -1, -1],
      upper: [1, 3, 1],
      maxIterations: 100,
    });
    expect(Array.from(result.x)).toEqual([1, expect.closeTo(2, 6), 1]);
    expect(Math.max(...seen)).toBeLessThanOrEqual(3);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(-1);
  });
});
