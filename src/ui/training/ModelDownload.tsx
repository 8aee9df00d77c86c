import type { ExportedArtifacts } from '../../engine/client/model-json';
import { modelJson } from '../../engine/client/model-json';
import { saveFile as save } from '../shared/save-file';

const WEIGHTS_FILE = 'model.weights.bin';

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
