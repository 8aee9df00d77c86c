import type { EarlyStopping, ExperimentSpec, LrSchedule } from './experiment';
import { SPEC_VERSION } from './experiment';
import { DEFAULT_SEARCH } from './search-schema';

export const DEFAULT_SCHEDULE: LrSchedule = { kind: 'constant', factor: 0.5, everyEpochs: 10 };
export const DEFAULT_EARLY_STOPPING: EarlyStopping = {
  enabled: false,
  patience: 10,
  minDelta: 0,
  restoreBestWeights: true,
};

/** The experiment a newcomer sees first: a small MLP learning the circle dataset. */
export const DEFAULT_SPEC: ExperimentSpec = {
  version: SPEC_VERSION,
  dataset: {
    name: 'circle',
    numPoints: 400,
    noise: 0.1,
    seed: 1,
    testShift: 'none',
    standardize: false,
    csv: null,
  },
  model: {
    layers: [
      { type: 'dense', units: 8, activation: 'relu', kernelL1: 0, kernelL2: 0 },
      { type: 'dense', units: 8, activation: 'relu', kernelL1: 0, kernelL2: 0 },
      { type: 'dense', units: 1, activation: 'sigmoid', kernelL1: 0, kernelL2: 0 },
    ],
  },
  training: {
    optimizer: 'adam',
    learningRate: 0.03,
    loss: 'binaryCrossentropy',
    batchSize: 32,
    epochs: 100,
    validationSplit: 0.2,
    testSplit: 0,
    seed: 1,
    schedule: DEFAULT_SCHEDULE,
    earlyStopping: DEFAULT_EARLY_STOPPING,
  },
  search: DEFAULT_SEARCH,
};
