import type { ExportedArtifacts } from '../../engine/client/model-json';
import { modelJson } from '../../engine/client/model-json';
import { saveFile } from './save-file';

export const WEIGHTS_FILE = 'model.weights.bin';

/** Saves a trained model as TensorFlow.js files: `model.json` and its weights. */
export function downloadModel(model: ExportedArtifacts): void {
  saveFile('model.json', new Blob([modelJson(model, WEIGHTS_FILE)], { type: 'application/json' }));
  saveFile(WEIGHTS_FILE, new Blob([model.weights], { type: 'application/octet-stream' }));
}
