import { circleInfo, generateCircle } from './circle';
import type { Dataset, DatasetInfo } from './types';

/** Settings every generated dataset accepts. */
export interface GeneratedDatasetConfig {
  name: 'circle';
  numPoints: number;
  noise: number;
  seed: number;
}

interface DatasetEntry {
  info: DatasetInfo;
  generate(config: GeneratedDatasetConfig): Dataset;
}

/** One row per dataset; adding a dataset means adding an entry here. */
export const DATASETS: Record<GeneratedDatasetConfig['name'], DatasetEntry> = {
  circle: { info: circleInfo, generate: generateCircle },
};

export const DATASET_NAMES = Object.keys(DATASETS) as GeneratedDatasetConfig['name'][];

export function generateDataset(config: GeneratedDatasetConfig): Dataset {
  return DATASETS[config.name].generate(config);
}

export function datasetInfo(name: GeneratedDatasetConfig['name']): DatasetInfo {
  return DATASETS[name].info;
}
