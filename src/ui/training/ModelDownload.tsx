import { useTranslation } from 'react-i18next';
import type { ExportedArtifacts } from '../../engine/client/model-json';
import { formatNumber } from '../i18n/format';
import { WEIGHTS_FILE, downloadModel } from '../shared/model-files';
import { useAppState } from '../shared/store-context';

/**
 * The trained model as TensorFlow.js files (`model.json` and its weights, loadable with
 * tf.loadLayersModel), and a way to keep it with the saved run, to download it later.
 */
export function ModelDownload({ model }: { model: ExportedArtifacts }) {
  const { t } = useTranslation('training');
  const keepModel = useAppState((s) => s.keepModel);
  const canKeep = useAppState(
    (s) => s.saved.status !== 'unavailable' && s.saved.currentRun !== null,
  );
  const kept = useAppState(
    (s) => s.saved.runs.find((run) => run.id === s.saved.currentRun?.id)?.modelKept ?? false,
  );
  const kb = formatNumber(model.weights.byteLength / 1024, 1, 1);
  return (
    <p className="model-download">
      <button type="button" onClick={() => downloadModel(model)}>
        {t('model.download')}
      </button>{' '}
      {canKeep &&
        (kept ? (
          <small className="hint">{t('model.kept')} </small>
        ) : (
          <>
            <button type="button" onClick={() => void keepModel()}>
              {t('model.keep')}
            </button>{' '}
          </>
        ))}
      <small className="hint">{t('model.files', { weights: WEIGHTS_FILE, size: kb })}</small>
    </p>
  );
}
