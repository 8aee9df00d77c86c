import { circleInfo, generateCircle } from './circle';
import { generateCurve } from './curve';
import { MNIST_INFO } from './mnist-info';
import { IRIS_CLASSES, IRIS_FEATURES, loadIris } from './iris';
import {
  generateGaussians,
  generateMoons,
  generateMultiGaussian,
  generatePlane,
  generateSpiral,
  generateXor,
} from './playground';
import { SEQUENCE_TIMESTEPS, generateSequence } from './sequence';
import type { Dataset, DatasetInfo } from './types';

export const DATASET_NAMES = [
  'circle',
  'xor',
  'gaussians',
  'spiral',
  'moons',
  'plane',
  'multi-gaussian',
  'curve',
  'sequence',
  'iris',
  'mnist',
  'csv',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** The settings a dataset is generated from; each dataset uses the controls its entry lists. */
export interface DatasetSettings {
  name: DatasetName;
  numPoints: number;
  noise: number;
  seed: number;
}

/** How a dataset's rows may be split without leaking: at random, or in time order. */
export type SplitMode = 'random' | 'chronological';

export type DatasetControl = 'numPoints' | 'noise' | 'testShift';

export interface Range {
  min: number;
  max: number;
}

/** Generated data, plus the test set some datasets bring themselves (the 1-D curve's dense grid). */
export interface GeneratedData {
  data: Dataset;
  ownTest?: Dataset;
}

/** A part of the plane held out as test data when the test region is shifted (2-D sets only). */
export interface TestRegion {
  /** For captions: "the lower-right corner (x − y ≥ 2)". */
  label: string;
  contains(x: number, y: number): boolean;
}

const LOWER_RIGHT: TestRegion = {
  label: 'the lower-right corner (x − y ≥ 2)',
  contains: (x, y) => x - y >= 2,
};

interface EntryBase {
  info: DatasetInfo;
  group:
    '2-D classification' | '2-D regression' | '1-D regression' | 'Sequences' | 'Tabular' | 'Images';
  controls: readonly DatasetControl[];
  defaults: { numPoints: number; noise: number };
  limits: { numPoints: Range; noise: Range };
  splitMode: SplitMode;
  /** Where a shifted test set comes from; only for datasets with the testShift control. */
  testRegion?: TestRegion;
}

/** Made in code from the settings, anywhere (main thread, worker, Node tests). */
export interface GeneratedEntry extends EntryBase {
  source: 'generated';
  generate(settings: DatasetSettings): GeneratedData;
}

/** Needs bytes from outside the code: the MNIST asset, or the user's CSV file. */
export interface ExternalEntry extends EntryBase {
  source: 'external';
}

export type DatasetEntry = GeneratedEntry | ExternalEntry;

const POINTS_2D = { numPoints: { min: 20, max: 5000 }, noise: { min: 0, max: 0.5 } };
const twoD = (
  info: Omit<DatasetInfo, 'inputShape' | 'featureNames' | 'outputSize'>,
  generate: (s: DatasetSettings) => Dataset,
  // Chosen so that the held-out part holds points of both classes.
  testRegion: TestRegion = LOWER_RIGHT,
): GeneratedEntry => ({
  info: { ...info, inputShape: [2], outputSize: 1, featureNames: ['x', 'y'] },
  group: info.task === 'regression' ? '2-D regression' : '2-D classification',
  controls: ['numPoints', 'noise', 'testShift'],
  defaults: { numPoints: 400, noise: 0.1 },
  limits: POINTS_2D,
  testRegion,
  splitMode: 'random',
  source: 'generated',
  generate: (settings) => ({ data: generate(settings) }),
});

/** One row per dataset; adding a dataset means adding an entry here (and its generator). */
export const DATASETS: Record<DatasetName, DatasetEntry> = {
  circle: twoD(circleInfo, generateCircle),
  xor: twoD(
    {
      name: 'xor',
      label: 'XOR',
      task: 'binary',
      description:
        'Class 1 where x and y have the same sign. A single straight line cannot do it; two hidden units can.',
    },
    generateXor,
  ),
  gaussians: twoD(
    {
      name: 'gaussians',
      label: 'Two Gaussians',
      task: 'binary',
      description:
        'Two overlapping clouds of points. Nearly linear: a model with no hidden layer does well, and noise sets the best possible accuracy.',
    },
    generateGaussians,
  ),
  spiral: twoD(
    {
      name: 'spiral',
      label: 'Spiral',
      task: 'binary',
      description:
        'Two interleaved spirals: the hardest 2-D set. It needs depth, many units and patience.',
    },
    generateSpiral,
  ),
  moons: twoD(
    {
      name: 'moons',
      label: 'Moons',
      task: 'binary',
      description: 'Two interlocking half circles. A gently curved boundary separates them.',
    },
    generateMoons,
    { label: 'the right-hand side (x ≥ 0.5)', contains: (x) => x >= 0.5 },
  ),
  plane: twoD(
    {
      name: 'plane',
      label: 'Plane',
      task: 'regression',
      description:
        'Regression: the target rises evenly from one corner to the other. A linear model fits it exactly.',
    },
    generatePlane,
  ),
  'multi-gaussian': twoD(
    {
      name: 'multi-gaussian',
      label: 'Six bumps',
      task: 'regression',
      description:
        'Regression: six Gaussian bumps of alternating sign. The model must learn peaks and valleys.',
    },
    generateMultiGaussian,
  ),
  curve: {
    info: {
      name: 'curve',
      label: '1-D curve',
      task: 'regression',
      inputShape: [1],
      outputSize: 1,
      featureNames: ['x'],
      description:
        'A few noisy samples of a smooth wave. Tested on the true curve: with few points a big model draws a wiggly line through the noise — overfitting you can see.',
    },
    group: '1-D regression',
    controls: ['numPoints', 'noise'],
    defaults: { numPoints: 15, noise: 0.2 },
    limits: { numPoints: { min: 5, max: 500 }, noise: { min: 0, max: 1 } },
    splitMode: 'random',
    source: 'generated',
    generate: (settings) => {
      const { data, test } = generateCurve(settings);
      return { data, ownTest: test };
    },
  },
  sequence: {
    info: {
      name: 'sequence',
      label: 'Signal',
      task: 'regression',
      inputShape: [SEQUENCE_TIMESTEPS, 1],
      outputSize: 1,
      featureNames: Array.from(
        { length: SEQUENCE_TIMESTEPS },
        (_, i) => `t-${SEQUENCE_TIMESTEPS - i}`,
      ),
      description: `Predict the next value of a noisy sine-plus-sawtooth signal from the previous ${SEQUENCE_TIMESTEPS}. Split in time order: validation is the signal's future.`,
    },
    group: 'Sequences',
    controls: ['numPoints', 'noise'],
    defaults: { numPoints: 500, noise: 0.1 },
    limits: { numPoints: { min: 50, max: 5000 }, noise: { min: 0, max: 1 } },
    splitMode: 'chronological',
    source: 'generated',
    generate: (settings) => ({ data: generateSequence(settings) }),
  },
  iris: {
    info: {
      name: 'iris',
      label: 'Iris',
      task: 'multiclass',
      inputShape: [IRIS_FEATURES.length],
      outputSize: IRIS_CLASSES.length,
      featureNames: IRIS_FEATURES,
      classNames: IRIS_CLASSES,
      description:
        "Fisher's 150 iris flowers: four measurements in cm, three species. Small and tabular; standardise the features.",
    },
    group: 'Tabular',
    controls: [],
    defaults: { numPoints: 150, noise: 0 },
    limits: { numPoints: { min: 150, max: 150 }, noise: { min: 0, max: 0 } },
    splitMode: 'random',
    source: 'generated',
    generate: () => ({ data: loadIris() }),
  },
  mnist: {
    info: {
      ...MNIST_INFO,
      description: `${MNIST_INFO.description} Loaded when chosen (1.6 MB).`,
    },
    group: 'Images',
    controls: ['numPoints'],
    defaults: { numPoints: 2000, noise: 0 },
    limits: { numPoints: { min: 100, max: 10000 }, noise: { min: 0, max: 0 } },
    splitMode: 'random',
    source: 'external',
  },
  csv: {
    info: {
      name: 'csv',
      label: 'Your CSV',
      task: 'binary',
      inputShape: [1],
      outputSize: 1,
      featureNames: [],
      description:
        'Upload a CSV file, pick the column to predict, and train on your own data. It stays in this tab.',
    },
    group: 'Tabular',
    controls: [],
    defaults: { numPoints: 0, noise: 0 },
    limits: { numPoints: { min: 0, max: 50000 }, noise: { min: 0, max: 0 } },
    splitMode: 'random',
    source: 'external',
  },
};

export function datasetEntry(name: DatasetName): DatasetEntry {
  return DATASETS[name];
}

export function datasetInfo(name: DatasetName): DatasetInfo {
  return DATASETS[name].info;
}
