import { describe, expect, it } from 'vitest';
import { generateCircle } from './circle';
import { splitTrainValidation } from './split';

describe('splitTrainValidation', () => {
  const data = generateCircle({ numPoints: 400, noise: 0.1, seed: 1 });

  it('splits 80/20 without losing or duplicating rows', () => {
    const { train, validation } = splitTrainValidation(data, 0.2, 3);
    expect(train.count).toBe(320);
    expect(validation.count).toBe(80);
    const key = (f: Float32Array, i: number) => `${f[2 * i]},${f[2 * i + 1]}`;
    const all = new Set(Array.from({ length: data.count }, (_, i) => key(data.features, i)));
    const seen = new Set<string>();
    for (const part of [train, validation]) {
      for (let i = 0; i < part.count; i++) seen.add(key(part.features, i));
    }
    expect(seen).toEqual(all);
  });

  it('keeps each row with its own label', () => {
    const { train } = splitTrainValidation(data, 0.2, 3);
    const labelOf = new Map<string, number>();
    for (let i = 0; i < data.count; i++) {
      labelOf.set(`${data.features[2 * i]},${data.features[2 * i + 1]}`, data.targets[i] as number);
    }
    for (let i = 0; i < train.count; i++) {
      expect(train.targets[i]).toBe(
        labelOf.get(`${train.features[2 * i]},${train.features[2 * i + 1]}`),
      );
    }
  });

  it('is reproducible per seed and differs across seeds', () => {
    const a = splitTrainValidation(data, 0.2, 3);
    const b = splitTrainValidation(data, 0.2, 3);
    const c = splitTrainValidation(data, 0.2, 4);
    expect(a.validation.features).toEqual(b.validation.features);
    expect(a.validation.features).not.toEqual(c.validation.features);
  });

  it('rejects fractions outside (0, 1)', () => {
    expect(() => splitTrainValidation(data, 0, 1)).toThrow(RangeError);
    expect(() => splitTrainValidation(data, 1, 1)).toThrow(RangeError);
  });
});
