import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import { permutationImportance } from './permutation-importance';

/** 400 rows of (signal, noise) with the label the sign of the signal. */
function synthetic() {
  const rng = createRng(7);
  const rows = 400;
  const features = new Float32Array(rows * 2);
  const labels = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    features[2 * i] = rng.uniform(-1, 1);
    features[2 * i + 1] = rng.uniform(-1, 1);
    labels[i] = features[2 * i]! > 0 ? 1 : 0;
  }
  return { features, labels };
}

describe('permutation importance', () => {
  const { features, labels } = synthetic();
  // A classifier that mostly follows the signal and is swayed a little by the noise.
  const accuracy = (x: Float32Array) => {
    let correct = 0;
    for (let i = 0; i < labels.length; i++)
      if ((x[2 * i]! + 0.02 * x[2 * i + 1]! > 0 ? 1 : 0) === labels[i]) correct++;
    return correct / labels.length;
  };

  it('finds the deciding feature and not the noise', async () => {
    const { baseline, importances } = await permutationImportance(features, 2, accuracy, {
      repeats: 5,
      seed: 1,
    });
    expect(baseline).toBeGreaterThan(0.97);
    const [signal, noise] = importances;
    expect(signal!.mean).toBeGreaterThan(0.4);
    expect(Math.abs(noise!.mean)).toBeLessThan(0.02);
    expect(signal!.std).toBeGreaterThan(0);
  });

  it('is reproducible from its seed, scores each shuffle once, and leaves the input as it was', async () => {
    const copy = features.slice();
    const scores: number[] = [];
    const score = (x: Float32Array) => {
      scores.push(accuracy(x));
      return scores.at(-1)!;
    };
    const first = await permutationImportance(features, 2, score, { repeats: 3, seed: 5 });
    expect(scores).toHaveLength(1 + 2 * 3);
    expect(features).toEqual(copy);
    expect(await permutationImportance(features, 2, accuracy, { repeats: 3, seed: 5 })).toEqual(
      first,
    );
    // The drops of one column: baseline − score of each shuffle; std over repeats, population.
    const drops = scores.slice(1, 4).map((s) => first.baseline - s);
    const mean = drops.reduce((a, b) => a + b) / 3;
    expect(first.importances[0]!.mean).toBeCloseTo(mean, 12);
    expect(first.importances[0]!.std).toBeCloseTo(
      Math.sqrt(drops.reduce((a, d) => a + (d - mean) ** 2, 0) / 3),
      12,
    );
  });
});
