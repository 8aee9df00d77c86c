import { createRng } from '../lib/rng';
import type { Dataset } from './types';

export const CURVE_RANGE = { min: -3, max: 3 } as const;
export const CURVE_TEST_POINTS = 200;

/** The true function the 1-D regression samples: smooth, one and a half waves over the range. */
export const trueCurve = (x: number) => Math.sin(1.2 * x);

export interface CurveOptions {
  numPoints: number;
  /** Standard deviation of the Gaussian noise added to each sampled target. */
  noise: number;
  seed: number;
}

const fromPairs = (xs: number[], ys: number[]): Dataset => ({
  features: Float32Array.from(xs),
  targets: Float32Array.from(ys),
  count: xs.length,
  featureCount: 1,
});

/**
 * A few noisy samples of a smooth curve to train on, and a dense noiseless grid of the same curve
 * to test on: few points and a big model give the textbook wiggly overfit.
 */
export function generateCurve({ numPoints, noise, seed }: CurveOptions): {
  data: Dataset;
  test: Dataset;
} {
  const rng = createRng(seed);
  const xs = Array.from({ length: numPoints }, () => rng.uniform(CURVE_RANGE.min, CURVE_RANGE.max));
  const ys = xs.map((x) => trueCurve(x) + rng.normal() * noise);
  const step = (CURVE_RANGE.max - CURVE_RANGE.min) / (CURVE_TEST_POINTS - 1);
  const gridX = Array.from({ length: CURVE_TEST_POINTS }, (_, i) => CURVE_RANGE.min + i * step);
  return { data: fromPairs(xs, ys), test: fromPairs(gridX, gridX.map(trueCurve)) };
}
