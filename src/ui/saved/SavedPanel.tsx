import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/shallow';
import { isRaceActive } from '../../store/race-state';
import { isSearchActive } from '../../store/search-state';
import type { SavedSummary } from '../../store/saved-slice';
import { formatLoss, formatPercent } from '../shared/format';
import { problemText } from '../shared/problem-text';
import { saveFile } from '../shared/save-file';
import { useAppState } from '../shared/store-context';
import { datasetLabel } from '../shared/catalog-text';
import { SavedSearchRow } from './SavedSearchRow';
import { SavedRuns, runTitle } from './SavedRuns';
import { isRunActive } from '../../store/run-events';
import { formatBytes } from './saved-format';
import { formatCount, formatDateTime } from '../i18n/format';
import { i18n } from '../i18n/i18n';

/**
 * Every run and search kept in this browser, newest first: compare runs' curves, open a search
 * again, rename, export (JSON to import elsewhere, CSV for pandas), delete (with Undo), import a
 * search, and see the space used.
 */
export function SavedPanel() {
  const { t } = useTranslation('saved');
  const headingId = useId();
  const saved = useAppState((s) => s.saved);
  const searchStatus = useAppState((s) => s.search.status);
  const runStatus = useAppState((s) => s.run.status);
  const raceStatus = useAppState((s) => s.race.status);
  // A race's studies are written while it runs, as the shown search's is.
  const racing = useAppState(
    useShallow((s) => (isRaceActive(s.race.status) ? s.race.lanes.map((l) => l.studyId) : [])),
  );
  const refresh = useAppState((s) => s.refreshSaved);
  const undo = useAppState((s) => s.undoDeleteSaved);
  const deleteAll = useAppState((s) => s.deleteAllSaved);
  const importSaved = useAppState((s) => s.importSaved);
  const exportSaved = useAppState((s) => s.exportSaved);
  const trimOldRuns = useAppState((s) => s.trimOldRuns);
  const [confirmAll, setConfirmAll] = useState(false);
  const [imported, setImported] = useState<string | null>(null);

  // Listed again whenever a search or a run starts, pauses or ends: it has been saved by then.
  useEffect(() => {
    void refresh();
  }, [refresh, searchStatus, runStatus, raceStatus]);
  const skipped = saved.skippedStudies + saved.skippedRuns;

  const download = async (id: string, kind: 'json' | 'csv') => {
    const file = await exportSaved(id, kind);
    if (!file) return;
    const type = kind === 'json' ? 'application/json' : 'text/csv';
    saveFile(file.name, new Blob([file.text], { type }));
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    setImported(null);
    if (await importSaved(await file.text())) setImported(file.name);
  };

  const busy = isSearchActive(searchStatus) || isRunActive(runStatus) || isRaceActive(raceStatus);
  // Runs past the newest few that still have curves (or a model) to give up.
  const trimmable = saved.runs
    .slice(KEPT_WHOLE)
    .filter((run) => run.history.length > 1 || run.modelKept).length;
  const { deleted } = saved;
  const deletedTitle = !deleted
    ? null
    : 'run' in deleted
      ? runTitle(deleted.run)
      : titleOf(deleted.study.study);
  return (
    <section className="panel saved-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      {saved.status === 'unavailable' ? (
        <p className="empty-hint">{t('unavailable')}</p>
      ) : (
        <>
          <p className="hint">{t('intro')}</p>
          {deletedTitle && (
            <p role="status" className="saved-undo">
              {t('deleted', { title: deletedTitle })}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('undoDeleting', { title: deletedTitle })}
                onClick={() => void undo()}
              >
                {t('undo')}
              </button>
            </p>
          )}
          {saved.problem && (
            <p role="alert" className="alert">
              {problemText(saved.problem)}
            </p>
          )}
          {imported && (
            <p role="status" className="saved-imported">
              {t('imported', { file: imported })}
            </p>
          )}
          <SavedRuns locked={busy} />
          <h3>{t('searches.heading')}</h3>
          {saved.studies.length === 0 ? (
            <p className="empty-hint">
              {saved.status === 'ready' ? t('searches.empty') : t('searches.reading')}
            </p>
          ) : (
            <div className="table-scroll">
              <table className="saved-table">
                <caption>{t('searches.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('searches.search')}</th>
                    <th scope="col">{t('table.dataAndModel')}</th>
                    <th scope="col" className="number">
                      {t('searches.trials')}
                    </th>
                    <th scope="col" className="number">
                      {t('searches.best')}
                    </th>
                    <th scope="col">{t('table.state')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('table.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {saved.studies.map((study) => (
                    <SavedSearchRow
                      key={study.id}
                      study={study}
                      title={titleOf(study)}
                      details={detailsOf(study)}
                      best={bestOf(study)}
                      shown={study.id === saved.shownId}
                      racing={racing.includes(study.id)}
                      locked={busy}
                      onExport={(kind) => void download(study.id, kind)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {skipped > 0 && <p className="hint">{t('skipped', { count: skipped })}</p>}
          <div className="saved-footer">
            <label className="file-button">
              {t('importSearch')}
              <input
                type="file"
                accept=".json,application/json"
                onChange={(e) => {
                  void open(e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
            </label>
            {saved.studies.length + saved.runs.length > 0 &&
              (confirmAll ? (
                <span className="confirm">
                  {t('deleteAll.confirm', {
                    runs: formatCount(saved.runs.length),
                    searches: formatCount(saved.studies.length),
                  })}{' '}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      setConfirmAll(false);
                      void deleteAll();
                    }}
                  >
                    {t('deleteAll.yes')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirmAll(false)}>
                    {t('deleteAll.no')}
                  </button>
                </span>
              ) : (
                <button type="button" disabled={busy} onClick={() => setConfirmAll(true)}>
                  {t('deleteAll.ask')}
                </button>
              ))}
            {trimmable > 0 && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void trimOldRuns(KEPT_WHOLE)}
                title={t('trim.title', { kept: KEPT_WHOLE })}
              >
                {t('trim.button', { count: trimmable })}
              </button>
            )}
            <p className="hint storage-use">
              {t('storage.both', {
                usage: saved.usage
                  ? t('storage.usage', {
                      used: formatBytes(saved.usage.usage),
                      quota: formatBytes(saved.usage.quota),
                    })
                  : '',
                kept:
                  saved.persisted === true
                    ? t('storage.persisted')
                    : saved.persisted === false
                      ? t('storage.mayClear')
                      : '',
              }).trim()}
            </p>
          </div>
        </>
      )}
    </section>
  );
}

/** The newest runs that freeing space leaves whole. */
const KEPT_WHOLE = 5;

/** A study's name, or when it ran (words looked up as the panel renders, in its language). */
const titleOf = (study: { name: string; createdAt: number }) =>
  study.name || i18n.t('saved:searches.title', { date: formatDateTime(study.createdAt) });

const detailsOf = (study: SavedSummary) =>
  i18n.t('saved:searches.details', {
    dataset: datasetLabel(study.dataset),
    layers: i18n.t('saved:layers', { count: study.layers }),
    strategy: i18n.t(`saved:searches.strategies.${study.strategy}`),
  });

const bestOf = (study: SavedSummary) =>
  study.best === null
    ? '—'
    : i18n.t('saved:searches.bestOf', {
        value:
          study.objective === 'valAccuracy'
            ? formatPercent(study.best.value)
            : formatLoss(study.best.value),
        number: study.best.number + 1,
      });
