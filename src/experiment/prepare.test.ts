import { describe, expect, it } from 'vitest';
import { fitStandardizer } from '../data/standardize';
import type { Dataset } from '../data/types';
import { switchDataset } from './adapt';
import { DEFAULT_SPEC } from './defaults';
import type { ExperimentSpec } from './experiment';
import { DATASETS } from '../data/catalog';
import { prepareExperimentData, prepareFolds, preparedDataKey } from './prepare';

const withData = (
  spec: ExperimentSpec,
  change: Partial<ExperimentSpec['dataset']>,
): ExperimentSpec => ({
  ...spec,
  dataset: { ...spec.dataset, ...change },
});
const withTraining = (
  spec: ExperimentSpec,
  change: Partial<ExperimentSpec['training']>,
): ExperimentSpec => ({
  ...spec,
  training: { ...spec.training, ...change },
});
const share = (d: Dataset, label: number) => d.targets.filter((t) => t === label).length / d.count;

describe('prepareExperimentData', () => {
  it('splits the default circle 320/80 with the classes in proportion', () => {
    const data = prepareExperimentData(DEFAULT_SPEC);
    expect([data.train.count, data.validation.count, data.test]).toEqual([320, 80, null]);
    expect(Math.abs(share(data.train, 1) - share(data.validation, 1))).toBeLessThan(0.02);
  });

  it('holds out a test part when asked', () => {
    const data = prepareExperimentData(withTraining(DEFAULT_SPEC, { testSplit: 0.25 }));
    expect([data.train.count, data.validation.count, data.test?.count]).toEqual([220, 80, 100]);
    expect(data.testSource).toBe('split');
  });

  it('standardises every part with statistics of the training part only', () => {
    const spec = withTraining(withData(switchDataset(DEFAULT_SPEC, 'iris'), {}), {
      testSplit: 0.2,
    });
    const raw = prepareExperimentData(withData(spec, { standardize: false }));
    const scaled = prepareExperimentData(spec);
    const fitted = fitStandardizer(raw.train);
    expect(scaled.standardizer).toEqual(fitted);
    const first = (raw.validation.features[0] as number) - (fitted.mean[0] as number);
    expect(scaled.validation.features[0]).toBeCloseTo(first / (fitted.std[0] as number), 5);
    // Statistics of all 150 rows differ from the training part's: proof they were not used.
    const all: Dataset = {
      features: Float32Array.from([
        ...raw.train.features,
        ...raw.validation.features,
        ...(raw.test?.features ?? []),
      ]),
      targets: new Float32Array(150),
      count: 150,
      featureCount: 4,
    };
    expect(fitStandardizer(all).mean[0]).not.toBeCloseTo(fitted.mean[0] as number, 4);
  });

  it('tests the 1-D curve on its own noiseless grid', () => {
    const data = prepareExperimentData(switchDataset(DEFAULT_SPEC, 'curve'));
    expect(data.testSource).toBe('own');
    expect(data.test?.count).toBe(200);
    expect(data.train.count + data.validation.count).toBe(15);
  });

  it('splits sequences in time order: validation windows all come after training windows', () => {
    const data = prepareExperimentData(switchDataset(DEFAULT_SPEC, 'sequence'));
    expect([data.train.count, data.validation.count]).toEqual([400, 100]);
    // The last training target is the value just before the first validation window's last input.
    const lastTrainTarget = data.train.targets[399] as number;
    const firstValidationInputs = data.validation.features.subarray(0, 20);
    expect(firstValidationInputs[19]).toBe(lastTrainTarget);
  });

  it.each(['circle', 'xor', 'gaussians', 'spiral', 'moons'] as const)(
    'moves the %s test set to a corner training never sees, with both classes in it',
    (name) => {
      const data = prepareExperimentData(
        withData(switchDataset(DEFAULT_SPEC, name), { testShift: 'region' }),
      );
      const test = data.test as Dataset;
      const region = DATASETS[name].testRegion;
      const inRegion = (d: Dataset) =>
        Array.from({ length: d.count }, (_, i) =>
          region?.contains(d.features[2 * i] as number, d.features[2 * i + 1] as number),
        );
      expect(data.testSource).toBe('shifted-region');
      expect(inRegion(test).every(Boolean)).toBe(true);
      expect([...inRegion(data.train), ...inRegion(data.validation)].some(Boolean)).toBe(false);
      expect(data.train.count + data.validation.count + test.count).toBe(400);
      expect(share(test, 1)).toBeGreaterThan(0.05);
      expect(share(test, 1)).toBeLessThan(0.95);
    },
  );

  it('draws a noisier test set whose labels disagree with their positions more often', () => {
    const circleLabel = (d: Dataset, i: number) =>
      Math.hypot(d.features[2 * i] as number, d.features[2 * i + 1] as number) < 2.5 ? 1 : 0;
    const disagreement = (d: Dataset) =>
      Array.from({ length: d.count }, (_, i) => circleLabel(d, i) !== d.targets[i]).filter(Boolean)
        .length / d.count;
    const spec = withData(DEFAULT_SPEC, { testShift: 'noise', noise: 0 });
    const data = prepareExperimentData(spec);
    expect(data.testSource).toBe('shifted-noise');
    expect(data.test?.count).toBe(100);
    expect([data.train.count, data.validation.count]).toEqual([320, 80]);
    expect(disagreement(data.train)).toBe(0);
    expect(disagreement(data.test as Dataset)).toBeGreaterThan(0.05);
  });

  it('uses the first N rows of external data and refuses to run without it', () => {
    const spec = withData(switchDataset(DEFAULT_SPEC, 'mnist'), { numPoints: 100 });
    expect(() => prepareExperimentData(spec)).toThrow('The mnist data has not been loaded yet.');
    // Row i has every pixel equal to i, so each prepared row says which source row it came from.
    const external: Dataset = {
      features: Float32Array.from({ length: 500 * 784 }, (_, k) => Math.floor(k / 784)),
      targets: Float32Array.from({ length: 500 }, (_, i) => i % 10),
      count: 500,
      featureCount: 784,
    };
    const data = prepareExperimentData(spec, external);
    const rows = (d: Dataset) =>
      Array.from({ length: d.count }, (_, i) => d.features[i * 784] as number);
    expect([...rows(data.train), ...rows(data.validation)].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 100 }, (_, i) => i),
    );
    // Stratified: each digit has 2 of its 10 images in validation.
    for (let digit = 0; digit < 10; digit++)
      expect(data.validation.targets.filter((t) => t === digit)).toHaveLength(2);
  });

  it('says so when a split leaves nothing to validate on', () => {
    const spec = withData(DEFAULT_SPEC, { numPoints: 20, testShift: 'region' });
    const tiny = withTraining(withData(switchDataset(DEFAULT_SPEC, 'iris'), {}), {
      validationSplit: 0.05,
    });
    expect(prepareExperimentData(tiny).validation.count).toBeGreaterThan(0);
    expect(() => prepareExperimentData(withData(spec, { numPoints: 1 }))).toThrow(
      /rows to train on/,
    );
  });
});

describe('prepareFolds', () => {
  const spec = {
    ...DEFAULT_SPEC,
    dataset: { ...DEFAULT_SPEC.dataset, numPoints: 200, standardize: true },
  };

  it('validates every non-test row exactly once, in stratified folds', () => {
    const folds = prepareFolds(spec, null, 5);
    const whole = prepareExperimentData(spec);
    expect(folds).toHaveLength(5);
    const total = whole.train.count + whole.validation.count;
    expect(folds.reduce((n, f) => n + f.validation.count, 0)).toBe(total);
    for (const fold of folds) {
      expect(fold.train.count + fold.validation.count).toBe(total);
      const positives = fold.validation.targets.reduce((n, t) => n + t, 0);
      expect(Math.abs(positives / fold.validation.count - 0.5)).toBeLessThan(0.1);
    }
  });

  it('standardises each fold with its own training rows', () => {
    for (const fold of prepareFolds(spec, null, 4)) {
      const { features, count } = fold.train;
      let mean = 0;
      for (let i = 0; i < count; i++) mean += features[i * 2] as number;
      expect(Math.abs(mean / count)).toBeLessThan(1e-5);
      expect(fold.standardizer).not.toBeNull();
    }
  });
});

describe('preparedDataKey', () => {
  const key = (spec: ExperimentSpec, folds = 1) => preparedDataKey(spec, folds);

  it('is the same for specs that differ only in the model or how it trains', () => {
    const other: ExperimentSpec = {
      ...withTraining(DEFAULT_SPEC, { learningRate: 0.5, batchSize: 8, epochs: 3 }),
      model: { layers: DEFAULT_SPEC.model.layers.slice(1) },
    };
    expect(key(other)).toBe(key(DEFAULT_SPEC));
    expect(prepareExperimentData(other)).toEqual(prepareExperimentData(DEFAULT_SPEC));
  });

  it('changes with anything that changes the data or its split', () => {
    const keys = [
      key(DEFAULT_SPEC),
      key(DEFAULT_SPEC, 3),
      key(withTraining(DEFAULT_SPEC, { seed: 2 })),
      key(withTraining(DEFAULT_SPEC, { validationSplit: 0.3 })),
      key(withTraining(DEFAULT_SPEC, { testSplit: 0.1 })),
      key(withData(DEFAULT_SPEC, { seed: 2 })),
      key(withData(DEFAULT_SPEC, { noise: 0.2 })),
      key(withData(DEFAULT_SPEC, { numPoints: 200 })),
      key(withData(DEFAULT_SPEC, { standardize: true })),
      key(withData(DEFAULT_SPEC, { testShift: 'noise' })),
      key(switchDataset(DEFAULT_SPEC, 'spiral')),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
