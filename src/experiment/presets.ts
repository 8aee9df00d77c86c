import type { ExperimentSpec } from './experiment';
import type { LayerSpec } from './layers';

/** A small LeNet-style convnet for 28×28 digits: 3×3×8 convolution, 2×2 pooling, softmax over 10. */
export const SMALL_CONVNET: readonly LayerSpec[] = [
  {
    type: 'conv2d',
    filters: 8,
    kernelSize: 3,
    strides: 1,
    padding: 'valid',
    activation: 'relu',
    kernelL1: 0,
    kernelL2: 0,
  },
  { type: 'maxPooling2d', poolSize: 2, strides: 2, padding: 'valid' },
  { type: 'flatten' },
  { type: 'dense', units: 10, activation: 'softmax', kernelL1: 0, kernelL2: 0 },
];

/** `spec` turned into the small convnet on the first `images` MNIST digits. */
export function withMnistConvnet(spec: ExperimentSpec, images: number): ExperimentSpec {
  return {
    ...spec,
    dataset: { ...spec.dataset, name: 'mnist', numPoints: images },
    model: { layers: [...SMALL_CONVNET] },
    training: { ...spec.training, loss: 'sparseCategoricalCrossentropy' },
  };
}
