import * as tf from '@tensorflow/tfjs';
import type { Dataset, DatasetInfo } from '../../data/types';
import type { PreparedData } from '../../experiment/prepare';

/** Rows per forward pass when predicting a whole held-out set. */
export const PREDICT_BATCH = 512;

export function singleOutput(output: tf.Tensor | tf.Tensor[]): tf.Tensor {
  if (Array.isArray(output)) throw new Error('The model has several outputs; expected one.');
  return output;
}

/** One layer on a concrete tensor in inference mode: no dropout, batch norm's moving statistics. */
export function applyLayer(layer: tf.layers.Layer, x: tf.Tensor): tf.Tensor {
  const y = layer.apply(x, { training: false });
  if (!(y instanceof tf.Tensor)) throw new Error(`Layer ${layer.name} gave no single tensor.`);
  return y;
}

export const isDense = (layer: tf.layers.Layer) => layer.getClassName() === 'Dense';

/** Runs the model on `inputs` and reads the outputs into a fresh array that can be transferred. */
export async function predictValues(
  model: tf.LayersModel,
  inputs: Float32Array,
  shape: number[],
  batchSize: number,
): Promise<Float32Array<ArrayBuffer>> {
  const output = tf.tidy(() =>
    singleOutput(model.predict(tf.tensor(inputs, shape), { batchSize })),
  );
  try {
    // A copy: the backend may hand back its own storage or a view into a larger buffer.
    return Float32Array.from(await output.data());
  } finally {
    output.dispose();
  }
}

/** The class the model picks for each row: above 0.5 is class 1 for binary, else the argmax. */
export async function predictClasses(
  model: tf.LayersModel,
  set: Dataset,
  info: DatasetInfo,
): Promise<Int32Array> {
  const labels = tf.tidy(() => {
    const x = tf.tensor(set.features, [set.count, ...info.inputShape]);
    const y = singleOutput(model.predict(x, { batchSize: PREDICT_BATCH }));
    return info.task === 'binary'
      ? tf.cast(tf.greater(tf.reshape(y, [-1]), 0.5), 'int32')
      : tf.argMax(y, -1);
  });
  try {
    return Int32Array.from(await labels.data());
  } finally {
    labels.dispose();
  }
}

/** Validation rows in their original pixel scale, row after row, standardisation undone. */
export function originalPixels(
  data: PreparedData,
  rows: readonly number[],
): Float32Array<ArrayBuffer> {
  const { validation, standardizer } = data;
  const pixels = validation.featureCount;
  const images = new Float32Array(rows.length * pixels);
  rows.forEach((row, n) => {
    for (let p = 0; p < pixels; p++) {
      const v = validation.features[row * pixels + p] as number;
      images[n * pixels + p] = standardizer
        ? v * (standardizer.std[p] as number) + (standardizer.mean[p] as number)
        : v;
    }
  });
  return images;
}
