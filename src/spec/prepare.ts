import { deriveSeed } from '../lib/rng';
import { generateDataset } from '../data/catalog';
import type { Split } from '../data/split';
import { splitTrainValidation } from '../data/split';
import type { ExperimentSpec } from './experiment';

/** The spec's dataset, split exactly as the worker splits it, so previews show the same points. */
export function prepareSplit(spec: ExperimentSpec): Split {
  const data = generateDataset(spec.dataset);
  return splitTrainValidation(
    data,
    spec.training.validationSplit,
    deriveSeed(spec.training.seed, 'split'),
  );
}
