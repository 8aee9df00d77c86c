import { buildSearchSpace } from '../space';
import type { Params, SearchSpace } from '../types';

/** A standard test function for samplers: its space, its value, and its known global minimum. */
export interface BenchFunction {
  name: 'branin' | 'hartmann6' | 'levy4' | 'styblinski-tang5' | 'rosenbrock3';
  space: SearchSpace;
  evaluate(params: Params): number;
  minimum: number;
}

const floatParam = (target: string, low: number, high: number) => ({
  target,
  distribution: { type: 'float' as const, low, high, log: false },
  gridPoints: 2,
  condition: null,
});

const coordinate = (params: Params, name: string): number => {
  const value = params[name];
  if (typeof value !== 'number') throw new Error(`Bench parameter ${name} must be a number`);
  return value;
};

/** Branin–Hoo on [−5, 10] × [0, 15]: three global minima of 0.397887, one at (π, 2.275). */
export function branin(x1: number, x2: number): number {
  const b = 5.1 / (4 * Math.PI ** 2);
  const c = 5 / Math.PI;
  const t = 1 / (8 * Math.PI);
  return (x2 - b * x1 * x1 + c * x1 - 6) ** 2 + 10 * (1 - t) * Math.cos(x1) + 10;
}

const HARTMANN_ALPHA = [1.0, 1.2, 3.0, 3.2];
const HARTMANN_A = [
  [10, 3, 17, 3.5, 1.7, 8],
  [0.05, 10, 17, 0.1, 8, 14],
  [3, 3.5, 1.7, 10, 17, 8],
  [17, 8, 0.05, 10, 0.1, 14],
];
const HARTMANN_P = [
  [1312, 1696, 5569, 124, 8283, 5886],
  [2329, 4135, 8307, 3736, 1004, 9991],
  [2348, 1451, 3522, 2883, 3047, 6650],
  [4047, 8828, 8732, 5743, 1091, 381],
].map((row) => row.map((p) => p * 1e-4));

/** Hartmann-6 on [0, 1]⁶: global minimum −3.32237 near (0.2017, 0.1500, 0.4769, 0.2753, 0.3117, 0.6573). */
export function hartmann6(x: readonly number[]): number {
  let sum = 0;
  HARTMANN_ALPHA.forEach((alpha, i) => {
    let inner = 0;
    for (let j = 0; j < 6; j++) {
      inner +=
        (HARTMANN_A[i]![j] as number) * ((x[j] as number) - (HARTMANN_P[i]![j] as number)) ** 2;
    }
    sum += alpha * Math.exp(-inner);
  });
  return -sum;
}

const HARTMANN_NAMES = Array.from({ length: 6 }, (_, j) => `x${j + 1}`);

/** Levy in d dimensions, on [−10, 10]^d here: global minimum 0 at (1, …, 1). */
export function levy(x: readonly number[]): number {
  const w = x.map((xi) => 1 + (xi - 1) / 4);
  const first = w[0] as number;
  const last = w.at(-1) as number;
  let sum = Math.sin(Math.PI * first) ** 2;
  for (let i = 0; i < w.length - 1; i++) {
    const wi = w[i] as number;
    sum += (wi - 1) ** 2 * (1 + 10 * Math.sin(Math.PI * wi + 1) ** 2);
  }
  return sum + (last - 1) ** 2 * (1 + Math.sin(2 * Math.PI * last) ** 2);
}

/** Styblinski–Tang in d dimensions, on [−5, 5]^d: minimum −39.16617·d at x_i = −2.903534. */
export function styblinskiTang(x: readonly number[]): number {
  return x.reduce((sum, xi) => sum + (xi ** 4 - 16 * xi ** 2 + 5 * xi) / 2, 0);
}

/** Rosenbrock in d dimensions, on [−5, 10]^d here: a curved valley, minimum 0 at (1, …, 1). */
export function rosenbrock(x: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < x.length - 1; i++) {
    const xi = x[i] as number;
    sum += 100 * ((x[i + 1] as number) - xi * xi) ** 2 + (1 - xi) ** 2;
  }
  return sum;
}

/** A function of `dims` coordinates x1…xd, each on [low, high]. */
function boxFunction(
  name: BenchFunction['name'],
  dims: number,
  [low, high]: [number, number],
  f: (x: readonly number[]) => number,
  minimum: number,
): BenchFunction {
  const names = Array.from({ length: dims }, (_, j) => `x${j + 1}`);
  return {
    name,
    space: buildSearchSpace(names.map((n) => floatParam(n, low, high))),
    evaluate: (params) => f(names.map((n) => coordinate(params, n))),
    minimum,
  };
}

export const BENCH_FUNCTIONS: readonly BenchFunction[] = [
  {
    name: 'branin',
    space: buildSearchSpace([floatParam('x1', -5, 10), floatParam('x2', 0, 15)]),
    evaluate: (params) => branin(coordinate(params, 'x1'), coordinate(params, 'x2')),
    minimum: 0.397887,
  },
  {
    name: 'hartmann6',
    space: buildSearchSpace(HARTMANN_NAMES.map((name) => floatParam(name, 0, 1))),
    evaluate: (params) => hartmann6(HARTMANN_NAMES.map((name) => coordinate(params, name))),
    minimum: -3.32237,
  },
  boxFunction('levy4', 4, [-10, 10], levy, 0),
  boxFunction('styblinski-tang5', 5, [-5, 5], styblinskiTang, -39.16617 * 5),
  boxFunction('rosenbrock3', 3, [-5, 10], rosenbrock, 0),
];
