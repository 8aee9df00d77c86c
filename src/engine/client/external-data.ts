import type { ExperimentSpec } from '../../experiment/experiment';

/**
 * The cache key of the data a spec needs from the main thread, or null when the worker can make
 * the data itself from the spec. A CSV's key covers the choices its conversion depends on.
 */
export function externalDataKey({ dataset }: ExperimentSpec): string | null {
  if (dataset.name === 'mnist') return 'mnist';
  if (dataset.name === 'csv' && dataset.csv) {
    const { hash, target, task, missing } = dataset.csv;
    return `csv:${hash}:${task}:${missing}:${target}`;
  }
  return null;
}
