import { useEffect, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CsvTaskChoice } from '../../data/csv-dataset';
import { CSV_LIMITS } from '../../data/csv-cells';
import { loadCsvParser } from '../../store/csv-state';
import { useAppState } from '../shared/store-context';
import { datasetDescription } from '../shared/catalog-text';
import { messageText } from '../i18n/message-text';

const PREVIEW_ROWS = 8;
const TASKS: readonly CsvTaskChoice[] = ['classification', 'regression'];
const FILE_TYPES = ['.csv', '.tsv', '.txt', 'text/csv', 'text/plain'].join(',');

/** Upload a CSV, choose what to predict and how, and see the first rows. */
export function CsvPanel({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation(['dataset', 'csv']);
  const csv = useAppState((s) => s.csv);
  const recorded = useAppState((s) => s.spec.dataset.csv);
  const expected = useAppState((s) => s.expectedCsv);
  const uploadCsv = useAppState((s) => s.uploadCsv);
  const chooseCsv = useAppState((s) => s.chooseCsv);
  const [readError, setReadError] = useState<{ fileName: string; reason: string } | null>(null);
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
      const reason = error instanceof Error ? error.message : String(error);
      setReadError({ fileName: file.name, reason });
    }
  };

  const missingTotal =
    csv.status === 'loaded' ? csv.columns.reduce((sum, c) => sum + c.missing, 0) : 0;
  /** The dataset's summary, then what was done about missing values. */
  const summary = (result: Extract<typeof csv, { status: 'loaded' }>['result']) => {
    if (!result.ok) return '';
    const sentences = [
      datasetDescription(result.info),
      ...(result.droppedRows > 0 ? [t('csv.dropped', { count: result.droppedRows })] : []),
      ...(result.filledCells > 0 ? [t('csv.filled', { count: result.filledCells })] : []),
    ];
    return sentences.reduce((first, then) => t('csv:sentences', { first, then }));
  };
  return (
    <div className="csv">
      <label className="upload">
        {t('csv.upload')}
        <input
          type="file"
          accept={FILE_TYPES}
          disabled={disabled}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <p className="hint">
        {t('csv.limits', { rows: CSV_LIMITS.maxRows, columns: CSV_LIMITS.maxColumns })}
      </p>
      {csv.status === 'none' && recorded && (
        <p role="note">
          <Trans
            t={t}
            i18nKey="csv.recorded"
            values={{ fileName: recorded.fileName, target: recorded.target }}
            components={{ b: <strong /> }}
          />
        </p>
      )}
      {expected && csv.status === 'loaded' && csv.hash !== expected.hash && (
        <p role="note" className="warning">
          {t('csv.otherFile', { fileName: expected.fileName })}
        </p>
      )}
      {readError && (
        <p role="alert" className="alert">
          {t('csv.readError', readError)}
        </p>
      )}
      {csv.status === 'invalid' && (
        <p role="alert" className="alert">
          <Trans
            t={t}
            i18nKey="csv.invalid"
            values={{ fileName: csv.fileName, message: messageText(csv.message) }}
            components={{ b: <strong /> }}
          />
        </p>
      )}
      {csv.status === 'loaded' && (
        <>
          <div className="fields">
            <div className="field">
              <label htmlFor={ids.target}>{t('csv.target')}</label>
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
              <legend id={ids.task}>{t('csv.task')}</legend>
              {TASKS.map((task) => (
                <label key={task} className="inline">
                  <input
                    type="radio"
                    name={ids.task}
                    value={task}
                    checked={csv.choices.task === task}
                    onChange={() => chooseCsv({ task })}
                  />
                  {t(`csv.tasks.${task}`)}
                </label>
              ))}
            </fieldset>
            {missingTotal > 0 && (
              <div className="field">
                <label htmlFor={ids.missing}>{t('csv.missing', { total: missingTotal })}</label>
                <select
                  id={ids.missing}
                  value={csv.choices.missing}
                  disabled={disabled}
                  onChange={(e) =>
                    chooseCsv({ missing: e.target.value === 'fill' ? 'fill' : 'drop' })
                  }
                >
                  <option value="drop">{t('csv.missingChoices.drop')}</option>
                  <option value="fill">{t('csv.missingChoices.fill')}</option>
                </select>
              </div>
            )}
          </div>
          {csv.result.ok ? (
            <p className="panel-text">{summary(csv.result)}</p>
          ) : (
            <p role="alert" className="alert">
              {messageText(csv.result.error)}
            </p>
          )}
          <div className="table-scroll">
            <table>
              <caption>
                {t('csv.caption', {
                  fileName: csv.fileName,
                  shown: Math.min(PREVIEW_ROWS, csv.table.rows.length),
                  total: csv.table.rows.length,
                })}
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
                      <small> {t(`csv.kinds.${c.kind}`)}</small>
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
