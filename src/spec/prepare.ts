import { deriveSeed } from '../lib/rng';
import type { DatasetSettings, GeneratedData } from '../data/catalog';
import { datasetEntry } from '../data/catalog';
import type { Standardizer } from '../data/standardize';
import { applyStandardizer, fitStandardizer } from '../data/standardize';
import { splitIndices, takeRows } from '../data/split';
import type { Dataset, DatasetInfo } from '../data/types';
import { isClassification } from '../data/types';
import { specDatasetInfo } from './dataset-info';
import type { ExperimentSpec } from './experiment';

/** Everything a run trains and evaluates on, split and (optionally) standardised without leakage. */
export interface PreparedData {
  info: DatasetInfo;
  train: Dataset;
  validation: Dataset;
  /** Held-out data, or null when the spec asks for none. */
  test: Dataset | null;
  /** Where the test set came from, for the UI. */
  testSource: 'split' | 'own' | 'shifted-noise' | 'shifted-region' | null;
  standardizer: Standardizer | null;
}

/** Points with x at or beyond this go to the test set when the test region is shifted. */
export const SHIFTED_REGION_X = 1.5;

/**
 * The spec's data as the worker trains on it and the preview shows it: generated (or taken from
 * `external` for MNIST and CSV), split by the spec's ratios and seed, stratified for
 * classification, and standardised with statistics of the training part only.
 */
export function prepareExperimentData(
  spec: ExperimentSpec,
  external: Dataset | null = null,
): PreparedData {
  const info = specDatasetInfo(spec.dataset);
  const entry = datasetEntry(spec.dataset.name);
  const settings: DatasetSettings = spec.dataset;
  let generated: GeneratedData;
  if (entry.source === 'generated') generated = entry.generate(settings);
  else if (external) {
    // MNIST is packed class-balanced, so its first N images are a fair sample of N.
    const wanted = entry.controls.includes('numPoints')
      ? Math.min(spec.dataset.numPoints, external.count)
      : external.count;
    generated = { data: wanted < external.count ? takeRows(external, range(wanted)) : external };
  } else throw new Error(`The ${info.label} data has not been loaded yet.`);

  const { data, test, testSource } = chooseTestSet(spec, generated);
  const stratifyBy = isClassification(info.task) ? data.targets : null;
  const parts = splitIndices(data.count, {
    validation: spec.training.validationSplit,
    test: test ? 0 : spec.training.testSplit,
    seed: deriveSeed(spec.training.seed, 'split'),
    mode: entry.splitMode,
    stratifyBy,
  });
  const train = takeRows(data, parts.train);
  const validation = takeRows(data, parts.validation);
  const splitTest = parts.test.length > 0 ? takeRows(data, parts.test) : null;
  const finalTest = test ?? splitTest;
  const standardizer = spec.dataset.standardize ? fitStandardizer(train) : null;
  const scale = (d: Dataset) => (standardizer ? applyStandardizer(d, standardizer) : d);
  return {
    info,
    train: scale(train),
    validation: scale(validation),
    test: finalTest ? scale(finalTest) : null,
    testSource: test ? testSource : splitTest ? 'split' : null,
    standardizer,
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function chooseTestSet(
  spec: ExperimentSpec,
  generated: GeneratedData,
): { data: Dataset; test: Dataset | null; testSource: PreparedData['testSource'] } {
  const { dataset } = spec;
  if (generated.ownTest)
    return { data: generated.data, test: generated.ownTest, testSource: 'own' };
  if (dataset.testShift === 'noise') {
    const entry = datasetEntry(dataset.name);
    if (entry.source !== 'generated') return { data: generated.data, test: null, testSource: null };
    const shifted = entry.generate({
      ...dataset,
      noise: Math.min(entry.limits.noise.max, dataset.noise + 0.25),
      numPoints: Math.max(50, Math.round(dataset.numPoints / 4)),
      seed: deriveSeed(dataset.seed, 'shifted-test'),
    });
    return { data: generated.data, test: shifted.data, testSource: 'shifted-noise' };
  }
  if (dataset.testShift === 'region') {
    const inside: number[] = [];
    const beyond: number[] = [];
    for (let i = 0; i < generated.data.count; i++) {
      const x = generated.data.features[i * generated.data.featureCount] as number;
      (x >= SHIFTED_REGION_X ? beyond : inside).push(i);
    }
    return {
      data: takeRows(generated.data, inside),
      test: takeRows(generated.data, beyond),
      testSource: 'shifted-region',
    };
  }
  return { data: generated.data, test: null, testSource: null };
}
