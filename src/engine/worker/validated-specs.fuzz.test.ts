import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import type { Rng } from '../../lib/rng';
import { ACTIVATIONS } from '../../experiment/activations';
import { switchDataset } from '../../experiment/adapt';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { ExperimentSpec } from '../../experiment/experiment';
import { LOSSES } from '../../experiment/experiment';
import { LAYER_CATALOG } from '../../experiment/layer-catalog';
import type { LayerSpec } from '../../experiment/layers';
import { prepareExperimentData } from '../../experiment/prepare';
import { validateSpec } from '../../experiment/validate';
import { trainModel } from './train';

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)] as T;

/** A random stack from the catalog's defaults, ending in a Dense of random width and activation. */
function randomSpec(rng: Rng): ExperimentSpec {
  const dataset = pick(rng, ['circle', 'iris', 'plane', 'curve', 'sequence'] as const);
  const base = switchDataset(DEFAULT_SPEC, dataset);
  const hidden: LayerSpec[] = Array.from({ length: rng.int(3) }, () =>
    structuredClone(
      LAYER_CATALOG[
        pick(rng, [
          'dense',
          'dropout',
          'batchNormalization',
          'flatten',
          'simpleRNN',
          'lstm',
          'gru',
        ] as const)
      ].defaults,
    ),
  );
  const last: LayerSpec = {
    type: 'dense',
    units: pick(rng, [1, 2, 3]),
    activation: pick(rng, ACTIVATIONS),
    kernelL1: 0,
    kernelL2: 0,
  };
  return {
    ...base,
    dataset: { ...base.dataset, numPoints: dataset === 'sequence' ? 60 : base.dataset.numPoints },
    model: { layers: [...hidden, last] },
    training: { ...base.training, loss: pick(rng, LOSSES), epochs: 1, batchSize: 64 },
  };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('every spec the validator accepts trains without a TensorFlow.js exception', () => {
  it('holds for 300 random stacks, losses and output layers', async () => {
    const rng = createRng(2026);
    let accepted = 0;
    let refused = 0;
    const before = tf.memory().numTensors;
    for (let i = 0; i < 300; i++) {
      const spec = randomSpec(rng);
      if (!validateSpec(spec).ok) {
        refused++;
        continue;
      }
      accepted++;
      // Throws (and fails the test) if tfjs rejects what the validator let through.
      const outcome = await trainModel(spec, prepareExperimentData(spec));
      expect(['completed', 'diverged']).toContain(outcome.kind);
    }
    // Both kinds occur, so the test exercises the validator in both directions.
    expect(accepted).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(30);
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});
