import * as tf from '@tensorflow/tfjs';
import { createRng, deriveSeed } from '../lib/rng';
import { datasetInfo } from '../data/catalog';
import type { ExperimentSpec, LossName } from '../spec/experiment';

/** Builds the spec's Keras Sequential model with seeded initializers, so weights are reproducible. */
export function buildModel(spec: ExperimentSpec): tf.Sequential {
  const rng = createRng(deriveSeed(spec.training.seed, 'weights'));
  const inputShape = [...datasetInfo(spec.dataset.name).inputShape];
  const model = tf.sequential();
  spec.model.layers.forEach((layer, index) => {
    model.add(
      tf.layers.dense({
        units: layer.units,
        activation: layer.activation,
        kernelInitializer: tf.initializers.glorotUniform({ seed: rng.nextSeed() }),
        biasInitializer: 'zeros',
        ...(index === 0 ? { inputShape } : {}),
      }),
    );
  });
  return model;
}

export function buildOptimizer({
  optimizer,
  learningRate,
}: ExperimentSpec['training']): tf.Optimizer {
  switch (optimizer) {
    case 'adam':
      return tf.train.adam(learningRate);
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate);
  }
}

/** Mean loss over a batch, as Keras computes it. */
export function lossFunction(name: LossName): (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Scalar {
  switch (name) {
    case 'binaryCrossentropy':
      return (yTrue, yPred) => tf.mean(tf.metrics.binaryCrossentropy(yTrue, yPred));
    case 'meanSquaredError':
      return (yTrue, yPred) => tf.mean(tf.losses.meanSquaredError(yTrue, yPred));
  }
}
