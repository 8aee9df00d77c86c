import type { DatasetName } from '../data/catalog';
import { datasetEntry } from '../data/catalog';
import type { DatasetInfo } from '../data/types';
import { specDatasetInfo } from './dataset-info';
import type { Activation } from './activations';
import type { ExperimentSpec, LossName } from './experiment';
import type { LayerSpec } from './layers';

const OUTPUT_FOR_TASK: Record<DatasetInfo['task'], { activation: Activation; loss: LossName }> = {
  binary: { activation: 'sigmoid', loss: 'binaryCrossentropy' },
  multiclass: { activation: 'softmax', loss: 'sparseCategoricalCrossentropy' },
  regression: { activation: 'linear', loss: 'meanSquaredError' },
};

/** The losses that fit each task; the first is the default. */
export const LOSSES_FOR_TASK: Record<DatasetInfo['task'], readonly LossName[]> = {
  binary: ['binaryCrossentropy', 'meanSquaredError'],
  multiclass: ['sparseCategoricalCrossentropy'],
  regression: ['meanSquaredError', 'meanAbsoluteError', 'huber'],
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

/**
 * Gives the last layer the units and activation, and the training the loss, the dataset's task
 * needs (appending a Dense layer when the stack does not end in one); image and sequence inputs
 * get a Flatten in front of a leading Dense, flat inputs lose one they no longer need.
 */
export function fitOutputToTask(spec: ExperimentSpec): ExperimentSpec {
  const info = specDatasetInfo(spec.dataset);
  const { activation, loss } = OUTPUT_FOR_TASK[info.task];
  const output: LayerSpec = {
    type: 'dense',
    units: info.outputSize,
    activation,
    kernelL1: 0,
    kernelL2: 0,
  };
  let layers = [...spec.model.layers];
  const last = layers.at(-1);
  if (last?.type === 'dense')
    layers[layers.length - 1] = { ...last, units: info.outputSize, activation };
  else layers.push(output);
  const first = layers[0];
  if (info.inputShape.length > 1 && first?.type === 'dense')
    layers = [{ type: 'flatten' }, ...layers];
  if (info.inputShape.length === 1 && first?.type === 'flatten') layers = layers.slice(1);
  return { ...spec, model: { ...spec.model, layers }, training: { ...spec.training, loss } };
}
