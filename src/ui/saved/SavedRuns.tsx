import { useState } from 'react';
import { datasetEntry } from '../../data/catalog';
import type { SavedRun } from '../../store/saved-slice';
import { formatLoss, formatSeconds } from '../shared/format';
import { useAppState } from '../shared/store-context';
import { DeleteButton, useSavedName } from './SavedName';
import { OPTIMIZER_LABELS } from '../shared/optimizer-labels';
import { RunsOverlay } from './RunsOverlay';
import { downloadModel } from '../shared/model-files';

/** A run's name, or when it ran. */
export const runTitle = (run: { name: string; createdAt: number }) =>
  run.name ||
  `Run of ${new Date(run.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' })}`;

const STATES = {
  running: 'cut short',
  completed: 'finished',
  stopped: 'stopped',
  diverged: 'diverged',
  failed: 'failed',
} as const;

/**
 * The training runs kept in this browser, newest first. Ticked runs show their train and
 * validation loss on one chart, to see again or compare; each can be renamed or deleted (with Undo).
 */
export function SavedRuns({ locked }: { locked: boolean }) {
  const runs = useAppState((s) => s.saved.runs);
  const [compared, setCompared] = useState<string[]>([]);
  const chosen = runs.filter((run) => compared.includes(run.id));
  const toggle = (id: string) =>
    setCompared((ids) => (ids.includes(id) ? ids.filter((i) => i !== id) : [...ids, id]));
  return (
    <>
      <h3>Runs</h3>
      {runs.length === 0 ? (
        <p className="empty-hint">No run has been saved yet: press Train and it is kept here.</p>
      ) : (
        <>
          <p className="hint">Tick a run to see its curves again; tick more to compare them.</p>
          <div className="table-scroll">
            <table className="saved-table">
              <caption>Saved runs, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Compare</th>
                  <th scope="col">Run</th>
                  <th scope="col">Data and model</th>
                  <th scope="col" className="number">
                    Epochs
                  </th>
                  <th scope="col" className="number">
                    Validation loss
                  </th>
                  <th scope="col">State</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => (
                  <RunRow
                    key={run.id}
                    run={run}
                    compared={compared.includes(run.id)}
                    locked={locked}
                    onToggle={() => toggle(run.id)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {chosen.length > 0 && <RunsOverlay runs={chosen} titleOf={runTitle} />}
        </>
      )}
    </>
  );
}

function RunRow({
  run,
  compared,
  locked,
  onToggle,
}: {
  run: SavedRun;
  compared: boolean;
  locked: boolean;
  onToggle(): void;
}) {
  const rename = useAppState((s) => s.renameRun);
  const remove = useAppState((s) => s.deleteRun);
  const savedModel = useAppState((s) => s.savedModel);
  const open = useAppState((s) => s.openSavedRun);
  const title = runTitle(run);
  const { header, renameButton } = useSavedName(title, run.name, (name) => {
    void rename(run.id, name);
  });
  const last = run.history.at(-1);
  // The run the page is training is written as it goes: it stays while it trains.
  const live = locked && run.status === 'running';
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          checked={compared}
          disabled={run.history.length === 0}
          onChange={onToggle}
          aria-label={`Compare ${title}`}
        />
      </td>
      {header()}
      <td>
        {datasetEntry(run.dataset).info.label} ·{' '}
        {run.layers === 1 ? '1 layer' : `${run.layers} layers`}
        {run.params !== null && ` · ${run.params.toLocaleString('en')} parameters`} ·{' '}
        {OPTIMIZER_LABELS[run.optimizer]}, learning rate {run.learningRate}
      </td>
      <td className="number">
        {run.history.length} of {run.epochs}
      </td>
      <td className="number">{last ? formatLoss(last.valLoss) : '—'}</td>
      <td className="nowrap" title={run.message ?? undefined}>
        {live ? 'training' : STATES[run.status]}
        {run.durationMs !== null && !live && ` in ${formatSeconds(run.durationMs)}`}
      </td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            disabled={locked}
            onClick={() => {
              // The results are the page's; their heading has this id (app/App.tsx).
              void open(run.id).then(() =>
                document.getElementById('results-heading')?.scrollIntoView({ block: 'start' }),
              );
            }}
            aria-label={`Open ${title} in the results`}
          >
            Open
          </button>
          {run.modelKept && (
            <button
              type="button"
              onClick={() => void savedModel(run.id).then((model) => model && downloadModel(model))}
              aria-label={`Download the model of ${title}`}
            >
              Model
            </button>
          )}
          {renameButton}
          <DeleteButton title={title} disabled={live} onDelete={() => void remove(run.id)} />
        </div>
      </td>
    </tr>
  );
}
