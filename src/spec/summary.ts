import { datasetInfo } from '../data/catalog';
import type { ExperimentSpec } from './experiment';

export interface LayerSummary {
  index: number;
  name: string;
  outputShape: (number | null)[];
  params: number;
}

export interface ModelSummary {
  inputShape: (number | null)[];
  layers: LayerSummary[];
  totalParams: number;
}

/** Output shape and parameter count of every layer, as Keras' model.summary() reports them. */
export function summarizeModel(spec: ExperimentSpec): ModelSummary {
  const inputShape = datasetInfo(spec.dataset.name).inputShape;
  let width = inputShape[inputShape.length - 1] ?? 0;
  const layers = spec.model.layers.map((layer, index) => {
    const params = (width + 1) * layer.units;
    width = layer.units;
    return {
      index,
      name: `Dense(${layer.units}, ${layer.activation})`,
      outputShape: [null, layer.units],
      params,
    };
  });
  return {
    inputShape: [null, ...inputShape],
    layers,
    totalParams: layers.reduce((sum, layer) => sum + layer.params, 0),
  };
}
