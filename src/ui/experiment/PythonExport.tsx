import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { externalDataKey } from '../../engine/client/external-data';
import { PYTHON_PROJECT_NAME } from '../../export/project-name';
import { externalDatasetOf } from '../../store/data-slice';
import type { Message } from '../../lib/message';
import { errorMessage } from '../../engine/client/engine-messages';
import { datasetLabel } from '../shared/catalog-text';
import { messageText } from '../i18n/message-text';
import { saveFile } from '../shared/save-file';
import { useAppState } from '../shared/store-context';

const ZIP_NAME = `${PYTHON_PROJECT_NAME}.zip`;

type ExportState =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'saved' } | { kind: 'failed'; reason: Message };

/** "Export to Python": the experiment and its search as a Keras 3 + Optuna project in a zip. */
export function PythonExport() {
  const { t } = useTranslation('experiment');
  const spec = useAppState((s) => s.spec);
  const invalid = useAppState((s) => s.specIssues.length > 0);
  const key = externalDataKey(spec);
  const external = useAppState((s) => (key ? externalDatasetOf(s, key) : null));
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const missingData = key !== null && external === null;
  const blocked = invalid
    ? t('python.fixFirst')
    : missingData
      ? t('python.waitData', {
          dataset: datasetLabel(specDatasetInfo(spec.dataset)),
        })
      : null;

  const run = async () => {
    setState({ kind: 'working' });
    try {
      const { exportPython } = await import('./python-export-run');
      const zip = await exportPython(t, spec, external);
      saveFile(ZIP_NAME, new Blob([zip as BlobPart], { type: 'application/zip' }));
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', reason: errorMessage(error) });
    }
  };

  return (
    <div className="python-export">
      <button
        type="button"
        disabled={blocked !== null || state.kind === 'working'}
        aria-describedby="python-export-hint"
        onClick={() => void run()}
      >
        {t('python.export')}
      </button>
      <p className="hint" id="python-export-hint">
        {blocked ?? t('python.hint')}
      </p>
      <p role="status" className="hint">
        {state.kind === 'working' && t('python.working')}
        {state.kind === 'saved' && t('python.saved', { file: ZIP_NAME })}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="alert">
          {t('python.failed', { reason: messageText(state.reason) })}
        </p>
      )}
    </div>
  );
}
