import { datasetEntry } from '../data/catalog';
import type { DatasetInfo } from '../data/types';
import type { ExperimentSpec } from './experiment';
import { message } from '../lib/message';

/** The dataset's facts for this spec; for an uploaded CSV they come from the column choices the spec records. */
export function specDatasetInfo(dataset: ExperimentSpec['dataset']): DatasetInfo {
  const info = datasetEntry(dataset.name).info;
  if (dataset.name !== 'csv' || !dataset.csv) return info;
  const { fileName, target, shape } = dataset.csv;
  return {
    ...info,
    fileName,
    task: shape.task,
    inputShape: [shape.inputSize],
    outputSize: shape.outputSize,
    featureNames: [],
    description: message('catalog:csvFile.predicting', { fileName, target }),
  };
}
