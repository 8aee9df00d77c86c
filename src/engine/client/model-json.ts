/** A trained model as the worker sends it (no TensorFlow.js needed to hold or download it). */
export interface ExportedArtifacts {
  /** The Keras model topology as JSON text. */
  topology: string;
  /** The weights manifest entries (names, shapes, dtypes) as JSON text. */
  weightSpecs: string;
  /** All weights, concatenated in manifest order. */
  weights: ArrayBuffer;
}

/** The tfjs version the app bundles, as `generatedBy` names it. */
const TFJS_VERSION = '4.22.0';

/** The `model.json` tfjs writes for `downloads://`, pointing at one weights file. */
export function modelJson(artifacts: ExportedArtifacts, weightsFile: string): string {
  return JSON.stringify({
    format: 'layers-model',
    // eslint-disable-next-line traintab/no-english-phrase -- not shown: the file format's field, as tfjs writes it
    generatedBy: `TensorFlow.js tfjs-layers v${TFJS_VERSION}`,
    convertedBy: null,
    modelTopology: JSON.parse(artifacts.topology) as unknown,
    weightsManifest: [
      { paths: [weightsFile], weights: JSON.parse(artifacts.weightSpecs) as unknown },
    ],
  });
}
