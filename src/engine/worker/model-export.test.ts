import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { buildModel } from './model';
import { exportArtifacts } from './model-export';
import { modelJson } from '../client/model-json';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('exportArtifacts', () => {
  it('saves topology and weights that tfjs loads back into the same model', async () => {
    const model = buildModel(DEFAULT_SPEC, specDatasetInfo(DEFAULT_SPEC.dataset));
    const before = tf.memory().numTensors;
    const artifacts = await exportArtifacts(model);
    expect(tf.memory().numTensors).toBe(before);
    // 2→8→8→1 dense: (2·8+8) + (8·8+8) + (8+1) = 105 float32 weights.
    expect(artifacts.weights.byteLength).toBe(105 * 4);
    const json = JSON.parse(modelJson(artifacts, 'model.weights.bin')) as {
      modelTopology: object;
      weightsManifest: { paths: string[]; weights: { name: string; shape: number[] }[] }[];
    };
    expect(json.weightsManifest[0]?.paths).toEqual(['model.weights.bin']);
    const loaded = await tf.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: json.modelTopology,
        weightSpecs: json.weightsManifest[0]?.weights as tf.io.WeightsManifestEntry[],
        weightData: artifacts.weights,
      }),
    );
    const input = tf.tensor2d([[0.3, -0.7]]);
    const [a, b] = [model.predict(input), loaded.predict(input)] as tf.Tensor[];
    expect(await b!.data()).toEqual(await a!.data());
    tf.dispose([input, a!, b!]);
    model.dispose();
    loaded.dispose();
  });
});
