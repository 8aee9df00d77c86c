import type { ExperimentSpec } from './experiment';
import { specDatasetInfo } from './dataset-info';

export interface LayerSummary {
  name: string;
  outputShape: (number | null)[];
  params: number;
  /** True for a layer the app adds itself (a Flatten in front of Dense layers for image or sequence input). */
  implicit: boolean;
}

export interface ModelSummary {
  inputShape: (number | null)[];
  layers: LayerSummary[];
  totalParams: number;
}

/** Output shape and parameter count of every layer, as Keras' model.summary() reports them. */
export function summarizeModel(spec: ExperimentSpec): ModelSummary {
  const inputShape = specDatasetInfo(spec.dataset).inputShape;
  const flatSize = inputShape.reduce((a, b) => a * b, 1);
  const layers: LayerSummary[] = [];
  if (inputShape.length > 1) {
    layers.push({ name: 'Flatten', outputShape: [null, flatSize], params: 0, implicit: true });
  }
  let width = flatSize;
  for (const layer of spec.model.layers) {
    layers.push({
      name: `Dense(${layer.units}, ${layer.activation})`,
      outputShape: [null, layer.units],
      params: (width + 1) * layer.units,
      implicit: false,
    });
    width = layer.units;
  }
  return {
    inputShape: [null, ...inputShape],
    layers,
    totalParams: layers.reduce((sum, layer) => sum + layer.params, 0),
  };
}
