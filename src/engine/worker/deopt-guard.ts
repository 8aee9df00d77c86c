import * as tf from '@tensorflow/tfjs';

/**
 * Stops a V8 deoptimisation loop in TensorFlow.js' gradient code, once per JavaScript realm.
 *
 * tfjs walks each step's tape (`getFilteredNodesXToY` in tape.js) and every `tidy` result
 * (`walkTensorContainer` in tensor_util.js) with `for…in` and `object[key]`. The objects it meets
 * mix named keys (`{x}`, `{a, b}`) with integer keys (the `{0: a, 1: b}` input maps of
 * `customGrad`, which every fused Dense and Conv2D layer uses). Chromium's V8 (Maglev and
 * TurboFan) then optimises those loads for the maps it has seen, deoptimises on the next `{x}`
 * ("wrong map"), and optimises again, for ever, without the feedback ever settling: measured in
 * a training worker on the default MLP, about 250 recompilations a second on the browser's
 * background threads, about 40% on top of the worker's own CPU time, taken from a second worker.
 *
 * Once such a load site has seen an object in dictionary mode its feedback turns generic and
 * the loop ends. This makes every site see one: tiny gradient computations whose tape holds
 * Identity nodes on the path from x to y (so the tape filter's three loops all read them), whose
 * input maps alternate between a null prototype and an integer key far beyond the others
 * (dictionary elements: the tape filter kept looping with null prototypes alone), and a `tidy`
 * that returns a null-prototype container. V8 allocates a function's feedback only after a few
 * calls: with one round the tape filter kept looping, with three it did not; ROUNDS leaves a
 * margin and takes under 10 ms once per worker. It changes no result and leaves no tensor
 * behind; if tfjs' internals ever refuse it, training goes on as before.
 */
let primed = false;

const ROUNDS = 20;

export function breakTapeDeoptLoops(): void {
  if (primed) return;
  primed = true;
  try {
    primeTapeFeedback(ROUNDS);
  } catch {
    // Only a speed-up: a tfjs that no longer accepts these input maps trains as it always did.
  }
}

/** The priming itself, `rounds` times; it throws if tfjs refuses it (exported for tests). */
export function primeTapeFeedback(rounds: number): void {
  for (let round = 0; round < rounds; round++) tf.dispose(tf.tidy(primeOnce));
}

function primeOnce(): tf.TensorContainer {
  const start = tf.scalar(1);
  const constant = tf.scalar(2);
  tf.grad((x: tf.Tensor) => {
    let y = x;
    for (let k = 0; k < 4; k++) {
      // Alternately a null-prototype map and one with a far integer key (dictionary elements);
      // the constant under that key does not come from x, so backpropagation never asks for it.
      const inputs = (k % 2 === 0 ? Object.create(null) : {}) as tf.NamedTensorMap;
      inputs.x = y;
      if (k % 2 === 1) inputs[1_000_000] = constant;
      y = tf.engine().runKernel('Identity', inputs) as tf.Tensor;
    }
    return tf.mul(y, 2);
  })(start);
  // A dictionary-mode container for walkTensorContainer, as tidy's result.
  const box = Object.create(null) as Record<string, tf.Tensor>;
  box.start = start;
  return box as unknown as tf.TensorContainer;
}
