import * as tf from '@tensorflow/tfjs';
import { createRng } from '../../lib/rng';
import type { LayerOf, LayerSpec, LayerType } from '../../experiment/layers';

export interface BuildLayerOptions {
  /** The model's input shape without the batch dimension; only for the first layer. */
  inputShape?: number[];
  /** Next seed of the model's weight stream; each layer draws as many as it needs, in order. */
  seed: () => number;
}

type Builder<T extends LayerType> = (
  layer: LayerOf<T>,
  options: BuildLayerOptions,
) => tf.layers.Layer;

const input = ({ inputShape }: BuildLayerOptions) => (inputShape ? { inputShape } : {});
const glorot = ({ seed }: BuildLayerOptions) => tf.initializers.glorotUniform({ seed: seed() });
const kernelRegularizer = ({ kernelL1, kernelL2 }: { kernelL1: number; kernelL2: number }) =>
  kernelL1 > 0 || kernelL2 > 0
    ? { kernelRegularizer: tf.regularizers.l1l2({ l1: kernelL1, l2: kernelL2 }) }
    : {};

/**
 * tfjs' Dropout passes its one seed to every call, which would drop the same units at every
 * training step; this one draws a fresh seed from a seeded stream for each training call instead.
 * Inference calls draw none: validation is per epoch, but the live predictions follow the clock,
 * and a stream they moved would make a rerun drop other units.
 */
function seededDropout(rate: number, options: BuildLayerOptions): tf.layers.Layer {
  const rng = createRng(options.seed());
  const layer = tf.layers.dropout({ ...input(options), rate });
  const call = layer.call.bind(layer);
  layer.call = (inputs, kwargs) => {
    // Dropout.call reads its private `seed` field on every call.
    if (kwargs['training'] === true) Reflect.set(layer, 'seed', rng.nextSeed());
    return call(inputs, kwargs);
  };
  return layer;
}

const recurrent = (layer: LayerOf<'simpleRNN' | 'lstm' | 'gru'>, options: BuildLayerOptions) => ({
  ...input(options),
  units: layer.units,
  activation: layer.activation,
  returnSequences: layer.returnSequences,
  kernelInitializer: glorot(options),
  // tfjs' orthogonal initializer is slow for large layers.
  recurrentInitializer: glorot(options),
  biasInitializer: 'zeros' as const,
});

const BUILDERS: { readonly [T in LayerType]: Builder<T> } = {
  dense: (layer, options) =>
    tf.layers.dense({
      ...input(options),
      units: layer.units,
      activation: layer.activation,
      kernelInitializer: glorot(options),
      biasInitializer: 'zeros',
      ...kernelRegularizer(layer),
    }),
  dropout: (layer, options) => seededDropout(layer.rate, options),
  batchNormalization: (_layer, options) => tf.layers.batchNormalization(input(options)),
  flatten: (_layer, options) => tf.layers.flatten(input(options)),
  reshape: (layer, options) =>
    tf.layers.reshape({ ...input(options), targetShape: [...layer.targetShape] }),
  conv2d: (layer, options) =>
    tf.layers.conv2d({
      ...input(options),
      filters: layer.filters,
      kernelSize: layer.kernelSize,
      strides: layer.strides,
      padding: layer.padding,
      activation: layer.activation,
      kernelInitializer: glorot(options),
      biasInitializer: 'zeros',
      ...kernelRegularizer(layer),
    }),
  maxPooling2d: (layer, options) =>
    tf.layers.maxPooling2d({
      ...input(options),
      poolSize: layer.poolSize,
      strides: layer.strides,
      padding: layer.padding,
    }),
  averagePooling2d: (layer, options) =>
    tf.layers.averagePooling2d({
      ...input(options),
      poolSize: layer.poolSize,
      strides: layer.strides,
      padding: layer.padding,
    }),
  globalAveragePooling2d: (_layer, options) => tf.layers.globalAveragePooling2d(input(options)),
  simpleRNN: (layer, options) => tf.layers.simpleRNN(recurrent(layer, options)),
  // Keras' sigmoid gates, not tfjs' default hard sigmoid. The forget gate bias stays 0 (Keras
  // starts it at 1): tfjs' unitForgetBias leaks four tensors every time the layer is built.
  lstm: (layer, options) =>
    tf.layers.lstm({ ...recurrent(layer, options), recurrentActivation: 'sigmoid' }),
  gru: (layer, options) =>
    tf.layers.gru({ ...recurrent(layer, options), recurrentActivation: 'sigmoid' }),
};

/** A TensorFlow.js layer for one layer of the spec, with seeded initializers and dropout. */
export function buildLayer(layer: LayerSpec, options: BuildLayerOptions): tf.layers.Layer {
  // The table is keyed by type, so the builder found is the one for this layer's type.
  const build = BUILDERS[layer.type] as Builder<LayerType>;
  return build(layer, options);
}
