import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../experiment/problem';
import { restoreSpec } from '../../experiment/restore';
import { isLocked } from '../../store/lock';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';
import { saveFile } from '../shared/save-file';
import { PythonExport } from './PythonExport';

/** Saves the experiment as a JSON file and opens one, repairing what it can and saying what it could not. */
export function SpecFiles() {
  const { t } = useTranslation('experiment');
  const spec = useAppState((s) => s.spec);
  const replaceSpec = useAppState((s) => s.replaceSpec);
  const locked = useAppState(isLocked);
  const [problems, setProblems] = useState<Problem[]>([]);
  /** The file that was not JSON, named in the alert. */
  const [notJson, setNotJson] = useState<string | null>(null);

  const save = () =>
    saveFile(
      'traintab-experiment.json',
      new Blob([`${JSON.stringify(spec, null, 2)}\n`], { type: 'application/json' }),
    );

  const open = async (file: File | undefined) => {
    if (!file) return;
    let parsed: unknown;
    setNotJson(null);
    setProblems([]);
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setNotJson(file.name);
      return;
    }
    const restored = restoreSpec(parsed);
    replaceSpec(restored.spec);
    setProblems(restored.problems);
  };

  return (
    <div className="spec-files">
      <button type="button" onClick={save}>
        {t('files.save')}
      </button>
      <label className="file-button">
        {t('files.open')}
        <input
          type="file"
          accept=".json,application/json"
          disabled={locked}
          onChange={(e) => {
            void open(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <PythonExport />
      {notJson !== null && (
        <p role="alert" className="alert">
          {t('files.notJson', { file: notJson })}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert" className="alert">
          <p>{t('files.repaired')}</p>
          <ul>
            {problems.map((p, index) => (
              <li key={index}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
