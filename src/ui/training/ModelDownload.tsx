import type { ExportedArtifacts } from '../../engine/client/model-json';
import { modelJson } from '../../engine/client/model-json';

const WEIGHTS_FILE = 'model.weights.bin';

/** Saves a file from the page: a temporary link to a Blob, clicked and revoked. */
function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later, so the browser has started reading the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The trained model as TensorFlow.js files: `model.json` and its weights, loadable with tf.loadLayersModel. */
export function ModelDownload({ model }: { model: ExportedArtifacts }) {
  const download = () => {
    save('model.json', new Blob([modelJson(model, WEIGHTS_FILE)], { type: 'application/json' }));
    save(WEIGHTS_FILE, new Blob([model.weights], { type: 'application/octet-stream' }));
  };
  const kb = (model.weights.byteLength / 1024).toFixed(1);
  return (
    <p className="model-download">
      <button type="button" onClick={download}>
        Download model
      </button>{' '}
      <small className="hint">
        model.json and {WEIGHTS_FILE} ({kb} KB), for tf.loadLayersModel
      </small>
    </p>
  );
}
