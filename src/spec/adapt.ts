import type { DatasetName } from '../data/catalog';
import { datasetEntry } from '../data/catalog';
import type { DatasetInfo } from '../data/types';
import { specDatasetInfo } from './dataset-info';
import type { Activation } from './activations';
import type { ExperimentSpec, LossName } from './experiment';

const OUTPUT_FOR_TASK: Record<DatasetInfo['task'], { activation: Activation; loss: LossName }> = {
  binary: { activation: 'sigmoid', loss: 'binaryCrossentropy' },
  multiclass: { activation: 'softmax', loss: 'sparseCategoricalCrossentropy' },
  regression: { activation: 'linear', loss: 'meanSquaredError' },
};

/** Datasets whose raw feature scales differ enough that standardising helps by default. */
const STANDARDIZE_BY_DEFAULT: ReadonlySet<DatasetName> = new Set(['iris', 'csv']);

/**
 * Switches the spec to another dataset with that dataset's default settings, and fits the output
 * layer and loss to its task, so the model stays trainable after every switch.
 */
export function switchDataset(
  spec: ExperimentSpec,
  name: DatasetName,
  csv: ExperimentSpec['dataset']['csv'] = null,
): ExperimentSpec {
  const entry = datasetEntry(name);
  const dataset: ExperimentSpec['dataset'] = {
    ...spec.dataset,
    name,
    numPoints: entry.defaults.numPoints,
    noise: entry.defaults.noise,
    testShift: entry.controls.includes('testShift') ? spec.dataset.testShift : 'none',
    standardize: STANDARDIZE_BY_DEFAULT.has(name),
    csv: name === 'csv' ? csv : null,
  };
  return fitOutputToTask({ ...spec, dataset });
}

/** Gives the last layer the units and activation, and the training the loss, the dataset's task needs. */
export function fitOutputToTask(spec: ExperimentSpec): ExperimentSpec {
  const info = specDatasetInfo(spec.dataset);
  const { activation, loss } = OUTPUT_FOR_TASK[info.task];
  const layers = spec.model.layers.map((layer, i, all) =>
    i === all.length - 1 ? { ...layer, units: info.outputSize, activation } : layer,
  );
  return { ...spec, model: { ...spec.model, layers }, training: { ...spec.training, loss } };
}
