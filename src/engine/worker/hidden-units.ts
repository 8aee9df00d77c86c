import * as tf from '@tensorflow/tfjs';
import type { Activation } from '../../experiment/activations';
import { ACTIVATIONS } from '../../experiment/activations';
import type { PreparedData } from '../../experiment/prepare';
import type { PredictionsOf } from '../client/protocol';
import { gridBounds, gridInputs } from './grid';
import { applyLayer, isDense } from './model-outputs';

/** Hidden Dense layers shown at most, the first ones. */
const LAYER_LIMIT = 2;
/** Units shown of each, its first ones. */
const UNIT_LIMIT = 8;

/**
 * What each of the first hidden units computes over the plane (TensorFlow Playground's neuron
 * pictures): the outputs, after activation, of the first units of the first hidden Dense layers on
 * a size×size grid over the bounds `predictGrid` uses. Null when the model has no hidden Dense
 * layer. The model's layers are the spec's, one for one (`buildModel`), so indices carry over.
 */
export async function hiddenUnits(
  model: tf.Sequential,
  data: PreparedData,
  epoch: number,
  size = 24,
): Promise<PredictionsOf<'hidden-units'> | null> {
  const layers = model.layers;
  const output = layers.findLastIndex(isDense);
  const shown = layers
    .map((layer, index) => ({ layer, index }))
    // Only layers that give one vector per point can be drawn as pictures over the plane.
    .filter(({ layer, index }) => index < output && isDense(layer) && flatUnits(layer) !== null)
    .slice(0, LAYER_LIMIT);
  const deepest = shown.at(-1);
  if (!deepest) return null;
  const { x, y } = gridBounds([data.train, data.validation]);
  const meta = shown.map(({ layer, index }) => {
    const totalUnits = flatUnits(layer) as number;
    const units = Math.min(UNIT_LIMIT, totalUnits);
    return { layerIndex: index, units, totalUnits, activation: activationOf(layer) };
  });
  const pictures = tf.tidy(() => {
    let h: tf.Tensor = tf.tensor2d(gridInputs(x, y, size), [size * size, 2]);
    const parts: tf.Tensor[] = [];
    for (let i = 0; i <= deepest.index; i++) {
      h = applyLayer(layers[i] as tf.layers.Layer, h);
      const at = meta.find((m) => m.layerIndex === i);
      // [points, units] → one size×size picture per unit.
      if (at) parts.push(tf.reshape(tf.transpose(tf.slice(h, [0, 0], [-1, at.units])), [-1]));
    }
    return tf.concat(parts);
  });
  try {
    const values = Float32Array.from(await pictures.data());
    return { kind: 'hidden-units', epoch, size, x, y, layers: meta, values };
  } finally {
    pictures.dispose();
  }
}

/** The units of a layer whose output is [batch, units], else null. */
function flatUnits(layer: tf.layers.Layer): number | null {
  const shape = layer.outputShape;
  return shape.length === 2 && typeof shape[1] === 'number' ? shape[1] : null;
}

function activationOf(layer: tf.layers.Layer): Activation {
  const name = layer.getConfig().activation;
  const activation = ACTIVATIONS.find((a) => a === name);
  if (!activation) throw new Error(`Layer ${layer.name} has an unknown activation.`);
  return activation;
}
