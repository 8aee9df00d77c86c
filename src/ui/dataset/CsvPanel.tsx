import { useEffect, useId, useState } from 'react';
import type { CsvTaskChoice } from '../../data/csv-dataset';
import { CSV_LIMITS } from '../../data/csv-cells';
import { loadCsvParser } from '../../store/csv-state';
import { useAppState } from '../shared/store-context';

const PREVIEW_ROWS = 8;

/** Upload a CSV, choose what to predict and how, and see the first rows. */
export function CsvPanel({ disabled }: { disabled: boolean }) {
  const csv = useAppState((s) => s.csv);
  const recorded = useAppState((s) => s.spec.dataset.csv);
  const expected = useAppState((s) => s.expectedCsv);
  const uploadCsv = useAppState((s) => s.uploadCsv);
  const chooseCsv = useAppState((s) => s.chooseCsv);
  const [readError, setReadError] = useState<string | null>(null);
  const ids = { target: useId(), missing: useId(), task: useId() };
  // The parser loads while the user picks a file; if it fails here, the upload retries and says why.
  useEffect(() => void loadCsvParser().catch(() => undefined), []);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setReadError(null);
    // A file over the size limit is refused without reading it.
    if (file.size > CSV_LIMITS.maxBytes) {
      await uploadCsv(file.name, '', file.size);
      return;
    }
    try {
      await uploadCsv(file.name, await file.text(), file.size);
    } catch (error) {
      setReadError(
        `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const missingTotal =
    csv.status === 'loaded' ? csv.columns.reduce((sum, c) => sum + c.missing, 0) : 0;
  return (
    <div className="csv">
      <label className="upload">
        Upload a CSV file
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          disabled={disabled}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <p className="hint">
        Up to {CSV_LIMITS.maxRows.toLocaleString('en')} rows and {CSV_LIMITS.maxColumns} columns,
        with a header row. The file stays in this tab; links never contain it.
      </p>
      {csv.status === 'none' && recorded && (
        <p role="note">
          This experiment was made with <strong>{recorded.fileName}</strong>, predicting “
          {recorded.target}”. Upload it again to train: files are never put into links.
        </p>
      )}
      {expected && csv.status === 'loaded' && csv.hash !== expected.hash && (
        <p role="note" className="warning">
          This is not the file the experiment was made with ({expected.fileName}): its content
          differs, so results will too.
        </p>
      )}
      {readError && (
        <p role="alert" className="alert">
          {readError}
        </p>
      )}
      {csv.status === 'invalid' && (
        <p role="alert" className="alert">
          <strong>{csv.fileName}</strong> cannot be used. {csv.message}
        </p>
      )}
      {csv.status === 'loaded' && (
        <>
          <div className="fields">
            <div className="field">
              <label htmlFor={ids.target}>Column to predict</label>
              <select
                id={ids.target}
                value={csv.choices.target}
                disabled={disabled}
                onChange={(e) => chooseCsv({ target: e.target.value })}
              >
                {csv.table.columns.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="field" disabled={disabled}>
              <legend id={ids.task}>Task</legend>
              {(['classification', 'regression'] as CsvTaskChoice[]).map((task) => (
                <label key={task} className="inline">
                  <input
                    type="radio"
                    name={ids.task}
                    value={task}
                    checked={csv.choices.task === task}
                    onChange={() => chooseCsv({ task })}
                  />
                  {task === 'classification' ? 'Classification' : 'Regression'}
                </label>
              ))}
            </fieldset>
            {missingTotal > 0 && (
              <div className="field">
                <label htmlFor={ids.missing}>Missing values ({missingTotal})</label>
                <select
                  id={ids.missing}
                  value={csv.choices.missing}
                  disabled={disabled}
                  onChange={(e) =>
                    chooseCsv({ missing: e.target.value === 'fill' ? 'fill' : 'drop' })
                  }
                >
                  <option value="drop">Drop rows that have any</option>
                  <option value="fill">Fill: mean for numbers, most common for categories</option>
                </select>
              </div>
            )}
          </div>
          {csv.result.ok ? (
            <p className="panel-text">
              {csv.result.info.description}
              {csv.result.droppedRows > 0 &&
                ` ${csv.result.droppedRows} rows with missing values dropped.`}
              {csv.result.filledCells > 0 && ` ${csv.result.filledCells} missing cells filled.`}
            </p>
          ) : (
            <p role="alert" className="alert">
              {csv.result.error}
            </p>
          )}
          <div className="table-scroll">
            <table>
              <caption>
                {csv.fileName}: first {Math.min(PREVIEW_ROWS, csv.table.rows.length)} of{' '}
                {csv.table.rows.length.toLocaleString('en')} rows
              </caption>
              <thead>
                <tr>
                  {csv.columns.map((c) => (
                    <th
                      key={c.name}
                      scope="col"
                      className={c.name === csv.choices.target ? 'target' : undefined}
                    >
                      {c.name}
                      <small> {c.kind === 'numeric' ? 'number' : 'category'}</small>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {csv.table.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
