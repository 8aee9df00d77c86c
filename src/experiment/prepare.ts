import { createRng, deriveSeed } from '../lib/rng';
import type { DatasetSettings, GeneratedData } from '../data/catalog';
import { datasetEntry } from '../data/catalog';
import type { Standardizer } from '../data/standardize';
import { applyStandardizer, fitStandardizer } from '../data/standardize';
import { kFoldIndices, splitIndices, takeRows } from '../data/split';
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

/** Standard deviation of the extra jitter on the positions of a noisier test set. */
export const SHIFTED_NOISE = 0.8;

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
    generated = { data: wanted < external.count ? firstRows(external, wanted) : external };
  } else throw new Error(`The ${info.name} data has not been loaded yet.`);

  const { data, test, testSource } = chooseTestSet(spec, generated);
  const stratifyBy = isClassification(info.task) ? data.targets : null;
  const parts = splitIndices(data.count, {
    validation: spec.training.validationSplit,
    test: test ? 0 : spec.training.testSplit,
    seed: deriveSeed(spec.training.seed, 'split'),
    mode: entry.splitMode,
    stratifyBy,
  });
  if (parts.train.length === 0 || parts.validation.length === 0) {
    throw new Error(
      `${info.name} leaves ${parts.train.length} rows to train on and ${parts.validation.length} to validate on: use more data or other split ratios.`,
    );
  }
  const train = takeRows(data, parts.train);
  const validation = takeRows(data, parts.validation);
  const splitTest = parts.test.length > 0 ? takeRows(data, parts.test) : null;
  // A shifted region can happen to hold no point at all: then there is simply no test set.
  const finalTest = test && test.count > 0 ? test : splitTest;
  const standardizer = spec.dataset.standardize ? fitStandardizer(train) : null;
  const scale = (d: Dataset) => (standardizer ? applyStandardizer(d, standardizer) : d);
  return {
    info,
    train: scale(train),
    validation: scale(validation),
    test: finalTest ? scale(finalTest) : null,
    testSource: finalTest === splitTest ? (splitTest ? 'split' : null) : testSource,
    standardizer,
  };
}

/**
 * Everything of the spec that `prepareExperimentData` and `prepareFolds` read, as a string: two
 * specs with the same key (and the same external data) prepare the same data, so a search's
 * trials that differ only in the model or training settings can share it.
 */
export function preparedDataKey(spec: ExperimentSpec, folds: number): string {
  const { seed, validationSplit, testSplit } = spec.training;
  return JSON.stringify([spec.dataset, seed, validationSplit, testSplit, folds]);
}

/**
 * k-fold cross-validation data: the rows a normal run would train and validate on (the test set
 * stays held out) dealt into k stratified folds; each fold is standardised with its own training
 * rows, so no fold's validation data leaks into its scaling.
 */
export function prepareFolds(
  spec: ExperimentSpec,
  external: Dataset | null,
  k: number,
): PreparedData[] {
  const raw = prepareExperimentData(
    { ...spec, dataset: { ...spec.dataset, standardize: false } },
    external,
  );
  const pool = concatRows(raw.train, raw.validation);
  const stratifyBy = isClassification(raw.info.task) ? pool.targets : null;
  return kFoldIndices(pool.count, k, deriveSeed(spec.training.seed, 'folds'), stratifyBy).map(
    (fold) => {
      const train = takeRows(pool, fold.train);
      const standardizer = spec.dataset.standardize ? fitStandardizer(train) : null;
      const scale = (d: Dataset) => (standardizer ? applyStandardizer(d, standardizer) : d);
      return {
        ...raw,
        train: scale(train),
        validation: scale(takeRows(pool, fold.validation)),
        test: raw.test ? scale(raw.test) : null,
        standardizer,
      };
    },
  );
}

function concatRows(a: Dataset, b: Dataset): Dataset {
  const features = new Float32Array(a.features.length + b.features.length);
  features.set(a.features);
  features.set(b.features, a.features.length);
  const targets = new Float32Array(a.count + b.count);
  targets.set(a.targets);
  targets.set(b.targets, a.count);
  return { features, targets, count: a.count + b.count, featureCount: a.featureCount };
}

/** The first n rows as views into the same buffers: no copy of a 31 MB MNIST array. */
const firstRows = (data: Dataset, n: number): Dataset => ({
  features: data.features.subarray(0, n * data.featureCount),
  targets: data.targets.subarray(0, n),
  count: n,
  featureCount: data.featureCount,
});

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
    // Fresh points of the same dataset, then moved off their place: their labels stay those of
    // where they were drawn, as if the test data were measured with a shakier hand.
    const fresh = entry.generate({
      ...dataset,
      numPoints: Math.max(50, Math.round(dataset.numPoints / 4)),
      seed: deriveSeed(dataset.seed, 'shifted-test'),
    }).data;
    const rng = createRng(deriveSeed(dataset.seed, 'shifted-jitter'));
    const features = fresh.features.map((v) => v + rng.normal() * SHIFTED_NOISE);
    return { data: generated.data, test: { ...fresh, features }, testSource: 'shifted-noise' };
  }
  const region = datasetEntry(dataset.name).testRegion;
  if (dataset.testShift === 'region' && region) {
    const inside: number[] = [];
    const beyond: number[] = [];
    const { features, featureCount, count } = generated.data;
    for (let i = 0; i < count; i++) {
      const x = features[i * featureCount] as number;
      const y = features[i * featureCount + 1] as number;
      (region.contains(x, y) ? beyond : inside).push(i);
    }
    return {
      data: takeRows(generated.data, inside),
      test: takeRows(generated.data, beyond),
      testSource: 'shifted-region',
    };
  }
  return { data: generated.data, test: null, testSource: null };
}
