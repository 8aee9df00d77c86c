import { useState } from 'react';
import type { Problem } from '../../experiment/problem';
import { restoreSpec } from '../../experiment/restore';
import { isLocked } from '../../store/lock';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';
import { saveFile } from '../shared/save-file';

/** Saves the experiment as a JSON file and opens one, repairing what it can and saying what it could not. */
export function SpecFiles() {
  const spec = useAppState((s) => s.spec);
  const replaceSpec = useAppState((s) => s.replaceSpec);
  const locked = useAppState(isLocked);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);

  const save = () =>
    saveFile(
      'traintab-experiment.json',
      new Blob([`${JSON.stringify(spec, null, 2)}\n`], { type: 'application/json' }),
    );

  const open = async (file: File | undefined) => {
    if (!file) return;
    let parsed: unknown;
    setError(null);
    setProblems([]);
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setError(`${file.name} is not a JSON file: nothing was changed.`);
      return;
    }
    const restored = restoreSpec(parsed);
    replaceSpec(restored.spec);
    setProblems(restored.problems);
  };

  return (
    <div className="spec-files">
      <button type="button" onClick={save}>
        Save experiment (JSON)
      </button>
      <label className="file-button">
        Open experiment…
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
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert" className="alert">
          <p>The file was opened with these repairs:</p>
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
