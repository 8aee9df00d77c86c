import { describe, expect, it } from 'vitest';
import { CIRCLE_RADIUS, generateCircle } from './circle';

const radiusOf = (features: Float32Array, i: number) =>
  Math.hypot(features[2 * i] as number, features[2 * i + 1] as number);

describe('generateCircle', () => {
  it('produces the requested number of 2-D points and labels', () => {
    const data = generateCircle({ numPoints: 400, noise: 0.1, seed: 1 });
    expect(data.count).toBe(400);
    expect(data.featureCount).toBe(2);
    expect(data.features).toHaveLength(800);
    expect(data.targets).toHaveLength(400);
    expect(new Set(data.targets)).toEqual(new Set([0, 1]));
  });

  it('is bit-for-bit reproducible from its seed', () => {
    const a = generateCircle({ numPoints: 200, noise: 0.2, seed: 11 });
    const b = generateCircle({ numPoints: 200, noise: 0.2, seed: 11 });
    const c = generateCircle({ numPoints: 200, noise: 0.2, seed: 12 });
    expect(a.features).toEqual(b.features);
    expect(a.targets).toEqual(b.targets);
    expect(a.features).not.toEqual(c.features);
  });

  it('without noise puts class 1 inside half the radius and class 0 in the outer ring, half each', () => {
    const data = generateCircle({ numPoints: 400, noise: 0, seed: 5 });
    let positives = 0;
    for (let i = 0; i < data.count; i++) {
      const r = radiusOf(data.features, i);
      expect(r).toBeLessThanOrEqual(CIRCLE_RADIUS + 1e-6);
      if (data.targets[i] === 1) {
        positives++;
        expect(r).toBeLessThan(0.5 * CIRCLE_RADIUS);
      } else {
        expect(r).toBeGreaterThanOrEqual(0.7 * CIRCLE_RADIUS - 1e-6);
      }
    }
    expect(positives).toBe(200);
  });

  it('with noise flips some labels near the boundary but keeps the classes balanced', () => {
    const data = generateCircle({ numPoints: 2000, noise: 0.3, seed: 2 });
    let positives = 0;
    let flipped = 0;
    for (let i = 0; i < data.count; i++) {
      const insideDisc = radiusOf(data.features, i) < 0.5 * CIRCLE_RADIUS;
      if (data.targets[i] === 1) positives++;
      if ((data.targets[i] === 1) !== insideDisc) flipped++;
    }
    expect(flipped).toBeGreaterThan(0);
    expect(flipped).toBeLessThan(data.count * 0.3);
    expect(positives / data.count).toBeGreaterThan(0.35);
    expect(positives / data.count).toBeLessThan(0.65);
  });
});
