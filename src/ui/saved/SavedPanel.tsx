import { useEffect, useId, useState } from 'react';
import { datasetEntry } from '../../data/catalog';
import { useShallow } from 'zustand/shallow';
import { isRaceActive } from '../../store/race-state';
import { isSearchActive } from '../../store/search-state';
import type { SavedSummary } from '../../store/saved-slice';
import { formatLoss, formatPercent } from '../shared/format';
import { problemText } from '../shared/problem-text';
import { saveFile } from '../shared/save-file';
import { useAppState } from '../shared/store-context';
import { SavedSearchRow } from './SavedSearchRow';
import { SavedRuns, runTitle } from './SavedRuns';
import { isRunActive } from '../../store/run-events';
import { formatBytes } from './saved-format';

/**
 * Every run and search kept in this browser, newest first: compare runs' curves, open a search
 * again, rename, export (JSON to import elsewhere, CSV for pandas), delete (with Undo), import a
 * search, and see the space used.
 */
export function SavedPanel() {
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
      <h2 id={headingId}>Saved in this browser</h2>
      {saved.status === 'unavailable' ? (
        <p className="empty-hint">
          This browser keeps nothing for this page, so runs and searches are not saved.
        </p>
      ) : (
        <>
          <p className="hint">
            Every run and search is saved in this browser as it trains, and a reload picks a search
            up where it stopped. Compare runs’ curves, open a search to see its trials again, or
            export it to share or analyse.
          </p>
          {deletedTitle && (
            <p role="status" className="saved-undo">
              Deleted “{deletedTitle}”.{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Undo deleting “${deletedTitle}”`}
                onClick={() => void undo()}
              >
                Undo
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
              Imported {imported}.
            </p>
          )}
          <SavedRuns locked={busy} />
          <h3>Searches</h3>
          {saved.studies.length === 0 ? (
            <p className="empty-hint">
              {saved.status === 'ready' ? 'No search has been saved yet.' : 'Reading…'}
            </p>
          ) : (
            <div className="table-scroll">
              <table className="saved-table">
                <caption>Saved searches, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Search</th>
                    <th scope="col">Data and model</th>
                    <th scope="col" className="number">
                      Trials
                    </th>
                    <th scope="col" className="number">
                      Best
                    </th>
                    <th scope="col">State</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
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
          {skipped > 0 && (
            <p className="hint">
              {skipped === 1 ? '1 saved record' : `${skipped} saved records`} could not be read and{' '}
              {skipped === 1 ? 'is' : 'are'} not listed.
            </p>
          )}
          <div className="saved-footer">
            <label className="file-button">
              Import a search (JSON)…
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
                  Delete all {saved.runs.length} runs and {saved.studies.length} searches?{' '}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      setConfirmAll(false);
                      void deleteAll();
                    }}
                  >
                    Delete all
                  </button>{' '}
                  <button type="button" onClick={() => setConfirmAll(false)}>
                    Keep them
                  </button>
                </span>
              ) : (
                <button type="button" disabled={busy} onClick={() => setConfirmAll(true)}>
                  Delete all…
                </button>
              ))}
            {trimmable > 0 && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void trimOldRuns(KEPT_WHOLE)}
                title={`Keeps the newest ${KEPT_WHOLE} runs whole; the others keep their last epoch`}
              >
                Free space: trim {trimmable === 1 ? '1 old run' : `${trimmable} old runs`}
              </button>
            )}
            <p className="hint storage-use">
              {saved.usage &&
                `Uses ${formatBytes(saved.usage.usage)} of the ${formatBytes(saved.usage.quota)} this browser allows. `}
              {saved.persisted === true && 'Kept until you delete it, even when space runs low.'}
              {saved.persisted === false &&
                'The browser may clear it when space runs low: export what you want to keep.'}
            </p>
          </div>
        </>
      )}
    </section>
  );
}

/** The newest runs that freeing space leaves whole. */
const KEPT_WHOLE = 5;

/** A study's name, or when it ran. */
const titleOf = (study: { name: string; createdAt: number }) =>
  study.name ||
  `Search of ${new Date(study.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;

const STRATEGIES = { grid: 'grid', random: 'random', tpe: 'TPE', gp: 'Bayesian (GP)' } as const;

const detailsOf = (study: SavedSummary) =>
  `${datasetEntry(study.dataset).info.label} · ${study.layers === 1 ? '1 layer' : `${study.layers} layers`} · ${STRATEGIES[study.strategy]}`;

const bestOf = (study: SavedSummary) =>
  study.best === null
    ? '—'
    : `${study.objective === 'valAccuracy' ? formatPercent(study.best.value) : formatLoss(study.best.value)} (trial ${study.best.number + 1})`;
