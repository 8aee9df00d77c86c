import * as tf from '@tensorflow/tfjs';
import type { PreparedData } from '../../experiment/prepare';
import type { PredictionsOf } from '../client/protocol';
import { applyLayer, isDense, originalPixels, singleOutput } from './model-outputs';

/**
 * Integration steps of integrated gradients (steps + 1 images along the path, trapezoid rule):
 * 64 for dense models, whose sums then land closer to F(x) − F(black); 32 for convnets, where
 * each step costs far more.
 */
const DENSE_STEPS = 64;
const CONV_STEPS = 32;
const WRONG_LIMIT = 8;
const DIGIT_LIMIT = 16;

type Explained = { target: 'logit' | 'output'; f: (x: tf.Tensor) => tf.Tensor };

/**
 * Saliency and integrated gradients of up to 16 validation digits (the first wrong ones, up to 8,
 * then the first right ones), for the predicted class and, when it differs, the actual one.
 * The baseline is a black image: pixel value 0, which is 0 in the model's input scale unless the
 * data were standardised, where it is −mean/std per pixel. Saliency is |∂F/∂pixel| per unit of
 * the original pixel scale (0..1); integrated gradients are in units of F and sum to
 * F(image) − F(black).
 */
export async function explainDigits(
  model: tf.Sequential,
  data: PreparedData,
  predicted: Int32Array,
  epoch: number,
): Promise<PredictionsOf<'attributions'>> {
  const { validation, info, standardizer } = data;
  const [height = 1, width = validation.featureCount] = info.inputShape;
  const pixels = validation.featureCount;
  const rows = chooseDigits(predicted, validation.targets, validation.count);
  const digits = rows.map((index) => ({
    index,
    actual: validation.targets[index] as number,
    predicted: predicted[index] as number,
  }));
  const slots = digits.flatMap(({ actual, predicted: guess }, digit) =>
    (actual === guess ? [guess] : [guess, actual]).map((c) => ({ digit, c })),
  );
  const { target, f } = explainedFunction(model);
  const steps = model.layers.some((l) => l.getClassName().startsWith('Conv'))
    ? CONV_STEPS
    : DENSE_STEPS;
  const black = standardizer
    ? Float32Array.from(standardizer.mean, (m, p) => -m / (standardizer.std[p] as number))
    : new Float32Array(pixels);
  const inputs = new Float32Array(rows.length * pixels);
  rows.forEach((row, n) =>
    inputs.set(validation.features.subarray(row * pixels, (row + 1) * pixels), n * pixels),
  );

  const shape = [...info.inputShape];
  const tensors = tf.tidy(() => {
    const x = tf.tensor(inputs, [rows.length, ...shape]);
    const baseline = tf.tensor(black, [1, ...shape]);
    // Per pixel, how far one unit of the original scale moves the model's input.
    const inputPerPixel = standardizer
      ? tf.reciprocal(tf.tensor(standardizer.std, [1, ...shape]))
      : null;
    return [
      slotAttributions(f, x, baseline, slots, inputPerPixel, steps),
      f(tf.concat([x, baseline])),
      singleOutput(model.predict(x, { batchSize: rows.length })),
    ];
  });
  try {
    const read = await Promise.all(tensors.map((t) => t.data<'float32'>()));
    const [attributions, values, probabilities] = read as [
      Float32Array,
      Float32Array,
      Float32Array,
    ];
    const classes = probabilities.length / rows.length;
    const outputs = values.length / (rows.length + 1);
    const saliency = new Float32Array(slots.length * pixels);
    const integrated = new Float32Array(slots.length * pixels);
    const completeness = slots.map(({ digit, c }, s) => {
      const row = attributions.subarray(2 * s * pixels, 2 * (s + 1) * pixels);
      saliency.set(row.subarray(0, pixels), s * pixels);
      integrated.set(row.subarray(pixels), s * pixels);
      const sum = row.subarray(pixels).reduce((a, v) => a + v, 0);
      const expected =
        (values[digit * outputs + c] as number) - (values[rows.length * outputs + c] as number);
      return { sum, expected };
    });
    return {
      kind: 'attributions',
      epoch,
      width,
      height,
      target,
      steps,
      digits: digits.map((d, n) => ({
        ...d,
        probability: probabilities[n * classes + d.predicted] as number,
      })),
      classes: slots.map(({ c }) => c),
      slotDigits: slots.map(({ digit }) => digit),
      completeness,
      images: originalPixels(data, rows),
      saliency,
      integrated,
    };
  } finally {
    tf.dispose(tensors);
  }
}

/**
 * [slots, 2 × pixels]: per slot, the saliency at the digit, then its integrated gradients, from
 * one gradient call over the steps + 1 images of the path from the baseline to the digit.
 */
function slotAttributions(
  f: Explained['f'],
  x: tf.Tensor,
  baseline: tf.Tensor,
  slots: readonly { digit: number; c: number }[],
  inputPerPixel: tf.Tensor | null,
  steps: number,
): tf.Tensor {
  const along = [steps + 1, ...baseline.shape.slice(1).map(() => 1)];
  const alphas = tf.reshape(tf.linspace(0, 1, steps + 1), along);
  const ends = (k: number) => k === 0 || k === steps;
  const trapezoid = tf.tensor(
    Float32Array.from({ length: steps + 1 }, (_, k) => (ends(k) ? 0.5 : 1) / steps),
    along,
  );
  const perSlot = slots.map(({ digit, c }) =>
    tf.tidy(() => {
      const delta = tf.sub(tf.slice(x, digit, 1), baseline);
      const path = tf.add(baseline, tf.mul(alphas, delta));
      const grads = tf.grad((p: tf.Tensor) => tf.sum(tf.slice(f(p), [0, c], [-1, 1])))(path);
      const integrated = tf.mul(delta, tf.sum(tf.mul(grads, trapezoid), 0, true));
      // The path's last image is the digit itself.
      const slope = tf.abs(tf.slice(grads, steps, 1));
      const saliency = inputPerPixel ? tf.mul(slope, inputPerPixel) : slope;
      return tf.concat([tf.reshape(saliency, [-1]), tf.reshape(integrated, [-1])]);
    }),
  );
  return tf.stack(perSlot);
}

/** The first wrong rows (up to WRONG_LIMIT), then the first right ones, DIGIT_LIMIT in all. */
function chooseDigits(predicted: Int32Array, targets: Float32Array, count: number): number[] {
  const wrong: number[] = [];
  const right: number[] = [];
  for (let i = 0; i < count && (wrong.length < WRONG_LIMIT || right.length < DIGIT_LIMIT); i++)
    (predicted[i] === targets[i] ? right : wrong).push(i);
  const chosen = wrong.slice(0, WRONG_LIMIT);
  return [...chosen, ...right.slice(0, DIGIT_LIMIT - chosen.length)];
}

/**
 * F, the function explained: the last Dense layer before its activation (the logits of a softmax
 * output), or the model's own output when it does not end in a Dense layer.
 */
function explainedFunction(model: tf.Sequential): Explained {
  const body = model.layers.slice(0, -1);
  const last = model.layers.at(-1) as tf.layers.Layer;
  const hidden = (x: tf.Tensor) => body.reduce((h, layer) => applyLayer(layer, h), x);
  if (!isDense(last)) return { target: 'output', f: (x) => applyLayer(last, hidden(x)) };
  // The variables' own tensors, not copies: never disposed here.
  const [kernel, bias] = last.getWeights();
  return {
    target: 'logit',
    f: (x) => {
      const logits = tf.matMul(hidden(x), kernel as tf.Tensor);
      return bias ? tf.add(logits, bias) : logits;
    },
  };
}
