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

describe('minimizeBox with a split function', () => {
  it('takes the same steps, asking for gradients only where it accepts one', () => {
    let last = new Float64Array(2);
    let values = 0;
    let gradients = 0;
    const split = {
      value: (x: Float64Array) => {
        values++;
        last = x.slice();
        return rosenbrock(x, new Float64Array(2));
      },
      gradient: (gradient: Float64Array) => {
        gradients++;
        rosenbrock(last, gradient);
      },
    };
    const options = { lower: [-5, -5], upper: [5, 5], maxIterations: 200, gradientTolerance: 1e-8 };
    const smooth = minimizeBox(rosenbrock, [-1.2, 1], options);
    const result = minimizeBox(split, [-1.2, 1], options);
    expect(Array.from(result.x)).toEqual(Array.from(smooth.x));
    expect(result.value).toBe(smooth.value);
    expect(result.evaluations).toBe(values);
    expect(gradients).toBeLessThan(values);
  });
});
