import { createRng } from '../lib/rng';
import type { Dataset, DatasetInfo } from './types';

export interface CircleOptions {
  numPoints: number;
  /** Jitter as a fraction of the radius, 0 to 0.5, applied before labelling (as in TensorFlow Playground). */
  noise: number;
  seed: number;
}

export const CIRCLE_RADIUS = 5;

export const circleInfo: DatasetInfo = {
  name: 'circle',
  task: 'binary',
  inputShape: [2],
  outputSize: 1,
  featureNames: ['x', 'y'],
};

/**
 * A disc of class 1 inside a ring of class 0, half the points each.
 * Labels come from the jittered position, so noise blurs the boundary the way TensorFlow Playground does.
 */
export function generateCircle({ numPoints, noise, seed }: CircleOptions): Dataset {
  const rng = createRng(seed);
  const features = new Float32Array(numPoints * 2);
  const targets = new Float32Array(numPoints);
  const inner = numPoints - Math.floor(numPoints / 2);

  for (let i = 0; i < numPoints; i++) {
    const [minRadius, maxRadius] =
      i < inner ? [0, 0.5 * CIRCLE_RADIUS] : [0.7 * CIRCLE_RADIUS, CIRCLE_RADIUS];
    const r = rng.uniform(minRadius, maxRadius);
    const angle = rng.uniform(0, 2 * Math.PI);
    const x = r * Math.sin(angle);
    const y = r * Math.cos(angle);
    const jitterX = rng.uniform(-CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
    const jitterY = rng.uniform(-CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
    features[2 * i] = x;
    features[2 * i + 1] = y;
    targets[i] = Math.hypot(x + jitterX, y + jitterY) < 0.5 * CIRCLE_RADIUS ? 1 : 0;
  }
  return { features, targets, count: numPoints, featureCount: 2 };
}
