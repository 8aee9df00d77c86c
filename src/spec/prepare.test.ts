import { describe, expect, it } from 'vitest';
import { generateCircle } from '../data/circle';
import { fitStandardizer } from '../data/standardize';
import type { Dataset } from '../data/types';
import { switchDataset } from './adapt';
import { DEFAULT_SPEC } from './defaults';
import type { ExperimentSpec } from './experiment';
import { SHIFTED_REGION_X, prepareExperimentData } from './prepare';

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
const xs = (d: Dataset) =>
  Array.from({ length: d.count }, (_, i) => d.features[i * d.featureCount] as number);

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

  it('moves the test set to an unseen region, which training never sees', () => {
    const data = prepareExperimentData(withData(DEFAULT_SPEC, { testShift: 'region' }));
    expect(data.testSource).toBe('shifted-region');
    expect(Math.min(...xs(data.test as Dataset))).toBeGreaterThanOrEqual(SHIFTED_REGION_X);
    expect(Math.max(...xs(data.train), ...xs(data.validation))).toBeLessThan(SHIFTED_REGION_X);
    expect(data.train.count + data.validation.count + (data.test?.count ?? 0)).toBe(400);
  });

  it('draws a noisier test set from the same generator', () => {
    const data = prepareExperimentData(withData(DEFAULT_SPEC, { testShift: 'noise' }));
    expect(data.testSource).toBe('shifted-noise');
    expect(data.test?.count).toBe(100);
    expect([data.train.count, data.validation.count]).toEqual([320, 80]);
  });

  it('uses the first N rows of external data and refuses to run without it', () => {
    const spec = withData(switchDataset(DEFAULT_SPEC, 'mnist'), { numPoints: 100 });
    expect(() => prepareExperimentData(spec)).toThrow(
      'The MNIST digits data has not been loaded yet.',
    );
    const fake: Dataset = { ...generateCircle({ numPoints: 500, noise: 0, seed: 1 }) };
    const wide: Dataset = {
      features: new Float32Array(500 * 784),
      targets: fake.targets.map((t, i) => (t + i) % 10),
      count: 500,
      featureCount: 784,
    };
    const data = prepareExperimentData(spec, wide);
    expect(data.train.count + data.validation.count).toBe(100);
  });
});
