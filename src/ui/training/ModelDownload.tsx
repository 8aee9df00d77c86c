import type { ExportedArtifacts } from '../../engine/client/model-json';
import { WEIGHTS_FILE, downloadModel } from '../shared/model-files';
import { useAppState } from '../shared/store-context';

/**
 * The trained model as TensorFlow.js files (`model.json` and its weights, loadable with
 * tf.loadLayersModel), and a way to keep it with the saved run, to download it later.
 */
export function ModelDownload({ model }: { model: ExportedArtifacts }) {
  const keepModel = useAppState((s) => s.keepModel);
  const canKeep = useAppState(
    (s) => s.saved.status !== 'unavailable' && s.saved.currentRun !== null,
  );
  const kept = useAppState(
    (s) => s.saved.runs.find((run) => run.id === s.saved.currentRun?.id)?.modelKept ?? false,
  );
  const kb = (model.weights.byteLength / 1024).toFixed(1);
  return (
    <p className="model-download">
      <button type="button" onClick={() => downloadModel(model)}>
        Download model
      </button>{' '}
      {canKeep &&
        (kept ? (
          <small className="hint">Kept in this browser, with the saved run. </small>
        ) : (
          <>
            <button type="button" onClick={() => void keepModel()}>
              Keep in this browser
            </button>{' '}
          </>
        ))}
      <small className="hint">
        model.json and {WEIGHTS_FILE} ({kb} KB), for tf.loadLayersModel
      </small>
    </p>
  );
}
