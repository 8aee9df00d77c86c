import { describe, expect, it } from 'vitest';
import type { DatasetName, DatasetSettings } from './catalog';
import { DATASETS, DATASET_NAMES } from './catalog';
import { CURVE_RANGE, CURVE_TEST_POINTS, trueCurve } from './curve';
import { IRIS_CLASSES } from './iris';
import { SEQUENCE_TIMESTEPS, generateSignal, generateSequence } from './sequence';
import type { Dataset } from './types';

const generated = DATASET_NAMES.filter((name) => DATASETS[name].source === 'generated');

function generate(name: DatasetName, change: Partial<DatasetSettings> = {}) {
  const entry = DATASETS[name];
  if (entry.source !== 'generated') throw new Error(`${name} is not generated`);
  return entry.generate({ name, seed: 7, ...entry.defaults, ...change });
}

const column = (d: Dataset, j: number) =>
  Array.from({ length: d.count }, (_, i) => d.features[i * d.featureCount + j] as number);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe.each(generated)('the %s generator', (name) => {
  const entry = DATASETS[name];

  it('is bit-for-bit reproducible from its seed and changes with it', () => {
    const a = generate(name).data;
    const b = generate(name).data;
    expect(a.features).toEqual(b.features);
    expect(a.targets).toEqual(b.targets);
    if (name !== 'iris') expect(generate(name, { seed: 8 }).data.features).not.toEqual(a.features);
  });

  it('matches its declared shape and task', () => {
    const { data } = generate(name);
    const size = entry.info.inputShape.reduce((x, y) => x * y, 1);
    expect(data.featureCount).toBe(size);
    expect(data.features).toHaveLength(data.count * size);
    expect(data.targets).toHaveLength(data.count);
    expect(data.features.every(Number.isFinite)).toBe(true);
    if (entry.info.task === 'binary') expect(new Set(data.targets)).toEqual(new Set([0, 1]));
    if (entry.info.task === 'multiclass') {
      expect(new Set(data.targets)).toEqual(
        new Set(Array.from({ length: entry.info.outputSize }, (_, i) => i)),
      );
    }
  });

  if (entry.controls.includes('numPoints')) {
    it('makes the requested number of points', () => {
      expect(generate(name, { numPoints: 123 }).data.count).toBe(123);
    });
  }
});

describe.each(['circle', 'xor', 'gaussians', 'spiral', 'moons'] as const)('%s classes', (name) => {
  it('are balanced', () => {
    const { data } = generate(name, { numPoints: 1000, noise: 0.2 });
    const positives = data.targets.reduce((a, b) => a + b, 0);
    expect(positives / data.count).toBeGreaterThan(0.4);
    expect(positives / data.count).toBeLessThan(0.6);
  });
});

describe('noise', () => {
  it('spreads the two Gaussians more as it grows', () => {
    const spread = (noise: number) => {
      const d = generate('gaussians', { numPoints: 2000, noise }).data;
      const xs = column(d, 0).filter((_, i) => d.targets[i] === 1);
      const m = mean(xs);
      return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    };
    // Playground variance 0.5 at no noise and 4 at 0.5: standard deviations √0.5 and 2.
    // 1,000 samples per class: the sample deviation is within about ±0.1 of the true one.
    expect(Math.abs(spread(0) - Math.sqrt(0.5))).toBeLessThan(0.1);
    expect(Math.abs(spread(0.5) - 2)).toBeLessThan(0.15);
  });

  it('leaves the noiseless spiral on its arms and moves points as it grows', () => {
    const clean = generate('spiral', { noise: 0 }).data;
    const noisy = generate('spiral', { noise: 0.5 }).data;
    const offsets = column(clean, 0).map((x, i) => Math.abs(x - (column(noisy, 0)[i] as number)));
    expect(Math.max(...offsets)).toBeLessThanOrEqual(0.5 + 1e-6);
    expect(mean(offsets)).toBeGreaterThan(0.15);
  });

  it('gives the 1-D curve residuals with the requested standard deviation', () => {
    const { data } = generate('curve', { numPoints: 4000, noise: 0.3 });
    const residuals = column(data, 0).map((x, i) => (data.targets[i] as number) - trueCurve(x));
    expect(Math.abs(mean(residuals))).toBeLessThan(0.02);
    expect(Math.sqrt(mean(residuals.map((r) => r * r)))).toBeCloseTo(0.3, 1);
  });
});

describe('regression targets', () => {
  it.each(['plane', 'multi-gaussian'] as const)('%s stays within [-1, 1] and varies', (name) => {
    const { data } = generate(name, { numPoints: 500 });
    expect(Math.min(...data.targets)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...data.targets)).toBeLessThanOrEqual(1);
    expect(Math.max(...data.targets) - Math.min(...data.targets)).toBeGreaterThan(1);
  });

  it('the noiseless plane is (x + y) / 10', () => {
    const { data } = generate('plane', { noise: 0 });
    for (let i = 0; i < 20; i++) {
      const x = data.features[2 * i] as number;
      const y = data.features[2 * i + 1] as number;
      expect(data.targets[i]).toBeCloseTo(Math.max(-1, Math.min(1, (x + y) / 10)), 5);
    }
  });
});

describe('the 1-D curve', () => {
  it('brings a dense noiseless test grid over the whole range', () => {
    const { ownTest } = generate('curve');
    expect(ownTest?.count).toBe(CURVE_TEST_POINTS);
    const xs = column(ownTest as Dataset, 0);
    expect(xs[0]).toBeCloseTo(CURVE_RANGE.min, 5);
    expect(xs.at(-1)).toBeCloseTo(CURVE_RANGE.max, 5);
    xs.forEach((x, i) => expect(ownTest?.targets[i]).toBeCloseTo(trueCurve(x), 5));
  });
});

describe('sequences', () => {
  it('cut windows of the signal whose target is the next value', () => {
    const options = { numPoints: 30, noise: 0.1, seed: 4 };
    const signal = generateSignal(options);
    const data = generateSequence(options);
    expect(data.featureCount).toBe(SEQUENCE_TIMESTEPS);
    for (const i of [0, 13, 29]) {
      expect(
        Array.from(data.features.subarray(i * SEQUENCE_TIMESTEPS, (i + 1) * SEQUENCE_TIMESTEPS)),
      ).toEqual(Array.from(signal.subarray(i, i + SEQUENCE_TIMESTEPS)));
      expect(data.targets[i]).toBe(signal[i + SEQUENCE_TIMESTEPS]);
    }
    expect(DATASETS.sequence.splitMode).toBe('chronological');
  });
});

describe('Iris', () => {
  it('has 150 rows of 4 measurements, 50 of each species', () => {
    const { data } = generate('iris');
    expect(data.count).toBe(150);
    expect(data.featureCount).toBe(4);
    for (const label of [0, 1, 2]) expect(data.targets.filter((t) => t === label)).toHaveLength(50);
    expect(IRIS_CLASSES).toEqual(['setosa', 'versicolor', 'virginica']);
    // The famous first row.
    expect(Array.from(data.features.subarray(0, 4)).map((v) => Number(v.toFixed(1)))).toEqual([
      5.1, 3.5, 1.4, 0.2,
    ]);
  });

  it('returns a fresh copy each time, so transferring one cannot empty another', () => {
    const a = generate('iris').data;
    a.features.fill(0);
    expect(generate('iris').data.features[0]).toBeCloseTo(5.1, 5);
  });
});
