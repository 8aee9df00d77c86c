import type { Rng } from '../lib/rng';
import { createRng } from '../lib/rng';
import type { Dataset } from './types';

/**
 * 2-D generators after TensorFlow Playground's dataset.ts: points in roughly [-6, 6]², noise in
 * [0, 0.5]. Classification labels are 0/1; regression targets are in [-1, 1].
 */
export interface PointsOptions {
  numPoints: number;
  noise: number;
  seed: number;
}

type Point = [x: number, y: number, target: number];

const toDataset = (points: Point[]): Dataset => {
  const features = new Float32Array(points.length * 2);
  const targets = new Float32Array(points.length);
  points.forEach(([x, y, target], i) => {
    features[2 * i] = x;
    features[2 * i + 1] = y;
    targets[i] = target;
  });
  return { features, targets, count: points.length, featureCount: 2 };
};

/** First half of the points belong to class 1, the rest to class 0 (when a generator draws per class). */
const half = (n: number) => n - Math.floor(n / 2);

export function generateXor({ numPoints, noise, seed }: PointsOptions): Dataset {
  const rng = createRng(seed);
  const padding = 0.3;
  const points: Point[] = [];
  for (let i = 0; i < numPoints; i++) {
    let x = rng.uniform(-5, 5);
    x += x > 0 ? padding : -padding;
    let y = rng.uniform(-5, 5);
    y += y > 0 ? padding : -padding;
    const noisyX = x + rng.uniform(-5, 5) * noise;
    const noisyY = y + rng.uniform(-5, 5) * noise;
    points.push([x, y, noisyX * noisyY >= 0 ? 1 : 0]);
  }
  return toDataset(points);
}

export function generateGaussians({ numPoints, noise, seed }: PointsOptions): Dataset {
  const rng = createRng(seed);
  // Playground maps noise 0..0.5 to a variance of 0.5..4.
  const deviation = Math.sqrt(0.5 + (noise / 0.5) * 3.5);
  const points: Point[] = [];
  for (let i = 0; i < numPoints; i++) {
    const label = i < half(numPoints) ? 1 : 0;
    const centre = label === 1 ? 2 : -2;
    points.push([centre + rng.normal() * deviation, centre + rng.normal() * deviation, label]);
  }
  return toDataset(points);
}

export function generateSpiral({ numPoints, noise, seed }: PointsOptions): Dataset {
  const rng = createRng(seed);
  const points: Point[] = [];
  const arm = (count: number, phase: number, label: number) => {
    for (let i = 0; i < count; i++) {
      const r = (i / count) * 5;
      const t = ((1.75 * i) / count) * 2 * Math.PI + phase;
      points.push([
        r * Math.sin(t) + rng.uniform(-1, 1) * noise,
        r * Math.cos(t) + rng.uniform(-1, 1) * noise,
        label,
      ]);
    }
  };
  arm(half(numPoints), 0, 1);
  arm(numPoints - half(numPoints), Math.PI, 0);
  return toDataset(points);
}

/** Two interleaving half circles (scikit-learn's make_moons), scaled to the Playground's range. */
export function generateMoons({ numPoints, noise, seed }: PointsOptions): Dataset {
  const rng = createRng(seed);
  const scale = 2.5;
  const points: Point[] = [];
  const upper = half(numPoints);
  const lower = numPoints - upper;
  for (let i = 0; i < upper; i++) {
    const t = (Math.PI * i) / Math.max(1, upper - 1);
    points.push(moonPoint(Math.cos(t), Math.sin(t), 1));
  }
  for (let i = 0; i < lower; i++) {
    const t = (Math.PI * i) / Math.max(1, lower - 1);
    points.push(moonPoint(1 - Math.cos(t), 0.5 - Math.sin(t), 0));
  }
  return toDataset(points);

  function moonPoint(x: number, y: number, label: number): Point {
    // Centre the pair on the origin, then add Gaussian noise in the moons' own units.
    return [
      scale * (x - 0.5 + rng.normal() * noise),
      scale * (y - 0.25 + rng.normal() * noise),
      label,
    ];
  }
}

const REGRESSION_RADIUS = 6;

function regressionPoints(
  { numPoints, noise, seed }: PointsOptions,
  target: (x: number, y: number) => number,
): Dataset {
  const rng: Rng = createRng(seed);
  const points: Point[] = [];
  for (let i = 0; i < numPoints; i++) {
    const x = rng.uniform(-REGRESSION_RADIUS, REGRESSION_RADIUS);
    const y = rng.uniform(-REGRESSION_RADIUS, REGRESSION_RADIUS);
    const noisyX = x + rng.uniform(-REGRESSION_RADIUS, REGRESSION_RADIUS) * noise;
    const noisyY = y + rng.uniform(-REGRESSION_RADIUS, REGRESSION_RADIUS) * noise;
    points.push([x, y, target(noisyX, noisyY)]);
  }
  return toDataset(points);
}

/** A tilted plane: target = (x + y) / 10, clamped to [-1, 1]. */
export function generatePlane(options: PointsOptions): Dataset {
  return regressionPoints(options, (x, y) => clamp((x + y) / 10, -1, 1));
}

const BUMPS: [cx: number, cy: number, sign: number][] = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];

/** Six Gaussian bumps of alternating sign; each point takes the strongest bump's value. */
export function generateMultiGaussian(options: PointsOptions): Dataset {
  return regressionPoints(options, (x, y) => {
    let value = 0;
    for (const [cx, cy, sign] of BUMPS) {
      const bump = sign * clamp(1 - Math.hypot(x - cx, y - cy) / 2, 0, 1);
      if (Math.abs(bump) > Math.abs(value)) value = bump;
    }
    return value;
  });
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
