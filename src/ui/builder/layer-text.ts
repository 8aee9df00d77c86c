import { LAYER_CATALOG } from '../../experiment/layer-catalog';
import type { LayerSpec } from '../../experiment/layers';

/** A shape with the batch dimension first, as Keras prints it: (None, 26, 26, 32). */
export const formatShape = (shape: readonly number[]) => `(None, ${shape.join(', ')})`;

/** A short name for a layer with its main setting: "Dense(10, softmax)", "Conv2D(32, 3×3)". */
export function layerTitle(layer: LayerSpec): string {
  const label = LAYER_CATALOG[layer.type].label;
  switch (layer.type) {
    case 'dense':
      return `${label}(${layer.units}, ${layer.activation})`;
    case 'conv2d':
      return `${label}(${layer.filters}, ${layer.kernelSize}×${layer.kernelSize}, ${layer.activation})`;
    case 'maxPooling2d':
    case 'averagePooling2d':
      return `${label}(${layer.poolSize})`;
    case 'dropout':
      return `${label}(${layer.rate})`;
    case 'reshape':
      return `${label}(${layer.targetShape.join(', ')})`;
    case 'simpleRNN':
    case 'lstm':
    case 'gru':
      return `${label}(${layer.units})`;
    default:
      return label;
  }
}
