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
/** The parts of the plane a test region can be; the UI names them (catalog:testRegions). */
export type TestRegionCode = 'lowerRight' | 'rightHalf';

export interface TestRegion {
  /** Which part: the UI names it in captions ("the lower-right corner (x − y ≥ 2)"). */
  id: TestRegionCode;
  contains(x: number, y: number): boolean;
}

const LOWER_RIGHT: TestRegion = {
  id: 'lowerRight',
  contains: (x, y) => x - y >= 2,
};

/** The headings datasets are listed under; the UI names them (catalog:datasetGroups). */
export type DatasetGroup =
  'classification-2d' | 'regression-2d' | 'regression-1d' | 'sequences' | 'tabular' | 'images';

interface EntryBase {
  info: DatasetInfo;
  group: DatasetGroup;
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
  info: Pick<DatasetInfo, 'name' | 'task'>,
  generate: (s: DatasetSettings) => Dataset,
  // Chosen so that the held-out part holds points of both classes.
  testRegion: TestRegion = LOWER_RIGHT,
): GeneratedEntry => ({
  info: { ...info, inputShape: [2], outputSize: 1, featureNames: ['x', 'y'] },
  group: info.task === 'regression' ? 'regression-2d' : 'classification-2d',
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
      task: 'binary',
    },
    generateXor,
  ),
  gaussians: twoD(
    {
      name: 'gaussians',
      task: 'binary',
    },
    generateGaussians,
  ),
  spiral: twoD(
    {
      name: 'spiral',
      task: 'binary',
    },
    generateSpiral,
  ),
  moons: twoD(
    {
      name: 'moons',
      task: 'binary',
    },
    generateMoons,
    { id: 'rightHalf', contains: (x) => x >= 0.5 },
  ),
  plane: twoD(
    {
      name: 'plane',
      task: 'regression',
    },
    generatePlane,
  ),
  'multi-gaussian': twoD(
    {
      name: 'multi-gaussian',
      task: 'regression',
    },
    generateMultiGaussian,
  ),
  curve: {
    info: {
      name: 'curve',
      task: 'regression',
      inputShape: [1],
      outputSize: 1,
      featureNames: ['x'],
    },
    group: 'regression-1d',
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
      task: 'regression',
      inputShape: [SEQUENCE_TIMESTEPS, 1],
      outputSize: 1,
      featureNames: Array.from(
        { length: SEQUENCE_TIMESTEPS },
        (_, i) => `t-${SEQUENCE_TIMESTEPS - i}`,
      ),
    },
    group: 'sequences',
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
      task: 'multiclass',
      inputShape: [IRIS_FEATURES.length],
      outputSize: IRIS_CLASSES.length,
      featureNames: IRIS_FEATURES,
      classNames: IRIS_CLASSES,
    },
    group: 'tabular',
    controls: [],
    defaults: { numPoints: 150, noise: 0 },
    limits: { numPoints: { min: 150, max: 150 }, noise: { min: 0, max: 0 } },
    splitMode: 'random',
    source: 'generated',
    generate: () => ({ data: loadIris() }),
  },
  mnist: {
    info: MNIST_INFO,
    group: 'images',
    controls: ['numPoints'],
    defaults: { numPoints: 2000, noise: 0 },
    limits: { numPoints: { min: 100, max: 10000 }, noise: { min: 0, max: 0 } },
    splitMode: 'random',
    source: 'external',
  },
  csv: {
    info: {
      name: 'csv',
      task: 'binary',
      inputShape: [1],
      outputSize: 1,
      featureNames: [],
    },
    group: 'tabular',
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
