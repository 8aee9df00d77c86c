import * as tf from '@tensorflow/tfjs';
import type { ExportedArtifacts } from '../client/model-json';

/**
 * Saves a model in the worker, where `downloads://` cannot work (it needs a document): a save
 * handler catches the artifacts, and the weight bytes are transferred to the main thread.
 */
export async function exportArtifacts(model: tf.LayersModel): Promise<ExportedArtifacts> {
  let captured: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  const artifacts = captured as tf.io.ModelArtifacts | null;
  if (!artifacts?.modelTopology || !artifacts.weightSpecs)
    throw new Error('TensorFlow.js saved no model topology or weights.');
  const weights = tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? []);
  return {
    topology: JSON.stringify(artifacts.modelTopology),
    weightSpecs: JSON.stringify(artifacts.weightSpecs),
    // A copy that owns its whole buffer, so it can be transferred.
    weights: weights.slice(0),
  };
}
