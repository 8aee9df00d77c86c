import * as tf from '@tensorflow/tfjs';
import { createRng, deriveSeed } from '../../lib/rng';
import type { DatasetInfo, Task } from '../../data/types';
import type { ExperimentSpec, LossName } from '../../experiment/experiment';
import { buildLayer } from './layer-builders';

/** Builds the spec's Keras Sequential model with seeded initializers, so weights are reproducible. */
export function buildModel(spec: ExperimentSpec, info: DatasetInfo): tf.Sequential {
  const rng = createRng(deriveSeed(spec.training.seed, 'weights'));
  const seed = () => rng.nextSeed();
  const model = tf.sequential();
  spec.model.layers.forEach((layer, index) => {
    model.add(
      buildLayer(layer, index === 0 ? { inputShape: [...info.inputShape], seed } : { seed }),
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
    case 'momentum':
      // Keras' SGD(momentum=0.9).
      return tf.train.momentum(learningRate, 0.9);
    case 'adagrad':
      return tf.train.adagrad(learningRate);
    case 'adadelta':
      return tf.train.adadelta(learningRate);
    case 'adamax':
      return tf.train.adamax(learningRate);
  }
}

/**
 * Changes an optimizer's learning rate between steps. SGD and momentum keep it in a cached scalar
 * that only `setLearningRate` refreshes; the others read their `learningRate` field on every step.
 */
export function setLearningRate(optimizer: tf.Optimizer, rate: number): void {
  // Not `instanceof`: tfjs optimizers answer it by duck typing, so every optimizer would pass.
  const sgd = optimizer as Partial<Pick<tf.SGDOptimizer, 'setLearningRate'>>;
  if (typeof sgd.setLearningRate === 'function') sgd.setLearningRate(rate);
  else Reflect.set(optimizer, 'learningRate', rate);
}

/**
 * Frees an optimizer completely: `dispose()` frees its slots (Adam's moments), but SGD and
 * momentum keep their learning rate as a scalar that only SGD's own `dispose` frees, and
 * momentum's override skips it.
 */
export function disposeOptimizer(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  const rate = (optimizer as unknown as { c?: tf.Tensor }).c;
  if (rate && !rate.isDisposed) rate.dispose();
}

/** Mean loss over a batch, as Keras computes it; targets are [n, 1] (class index or value). */
export function lossFunction(name: LossName): (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Scalar {
  switch (name) {
    case 'binaryCrossentropy':
      return (yTrue, yPred) => tf.mean(tf.metrics.binaryCrossentropy(yTrue, yPred));
    case 'sparseCategoricalCrossentropy':
      return (yTrue, yPred) => {
        const classes = yPred.shape[yPred.shape.length - 1] ?? 1;
        const oneHot = tf.oneHot(tf.cast(tf.reshape(yTrue, [-1]), 'int32'), classes);
        return tf.mean(tf.metrics.categoricalCrossentropy(oneHot, yPred));
      };
    case 'meanSquaredError':
      return (yTrue, yPred) => tf.mean(tf.losses.meanSquaredError(yTrue, yPred));
    case 'meanAbsoluteError':
      return (yTrue, yPred) => tf.mean(tf.losses.absoluteDifference(yTrue, yPred));
    case 'huber':
      // Keras' Huber loss with delta 1.
      return (yTrue, yPred) => tf.mean(tf.losses.huberLoss(yTrue, yPred, undefined, 1));
  }
}

/**
 * Number of correct predictions as a scalar, or null for regression: above 0.5 is class 1 for a
 * binary task (Keras' binary accuracy), the highest probability wins for several classes.
 */
export function countCorrect(task: Task, yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar | null {
  if (task === 'regression') return null;
  return tf.tidy(() => {
    const predicted =
      task === 'binary'
        ? tf.cast(tf.greater(yPred, 0.5), 'float32')
        : tf.cast(tf.reshape(tf.argMax(yPred, -1), [-1, 1]), 'float32');
    return tf.sum(tf.cast(tf.equal(predicted, yTrue), 'float32'));
  });
}
