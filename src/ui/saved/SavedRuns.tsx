import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedRun } from '../../store/saved-slice';
import { formatLoss, formatSeconds } from '../shared/format';
import { useAppState } from '../shared/store-context';
import { datasetLabel } from '../shared/catalog-text';
import { DeleteButton, useSavedName } from './SavedName';
import { optimizerLabel } from '../shared/optimizer-labels';
import { formatCount } from '../i18n/format';
import { messageText } from '../i18n/message-text';
import { i18n } from '../i18n/i18n';
import { formatDateTime } from '../i18n/format';
import { RunsOverlay } from './RunsOverlay';
import { downloadModel } from '../shared/model-files';

/** A run's name, or when it ran (in the language on screen: callers re-render on a change). */
export const runTitle = (run: { name: string; createdAt: number }) =>
  run.name || // To the second: runs a few seconds apart get different titles (and accessible names).
  i18n.t('saved:runs.title', { date: formatDateTime(run.createdAt, { seconds: true }) });

/**
 * The training runs kept in this browser, newest first. Ticked runs show their train and
 * validation loss on one chart, to see again or compare; each can be renamed or deleted (with Undo).
 */
export function SavedRuns({ locked }: { locked: boolean }) {
  const { t } = useTranslation('saved');
  const runs = useAppState((s) => s.saved.runs);
  const [compared, setCompared] = useState<string[]>([]);
  const chosen = runs.filter((run) => compared.includes(run.id));
  const toggle = (id: string) =>
    setCompared((ids) => (ids.includes(id) ? ids.filter((i) => i !== id) : [...ids, id]));
  return (
    <>
      <h3>{t('runs.heading')}</h3>
      {runs.length === 0 ? (
        <p className="empty-hint">{t('runs.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('runs.hint')}</p>
          <div className="table-scroll">
            <table className="saved-table">
              <caption>{t('runs.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('runs.compare')}</th>
                  <th scope="col">{t('runs.run')}</th>
                  <th scope="col">{t('table.dataAndModel')}</th>
                  <th scope="col" className="number">
                    {t('runs.epochs')}
                  </th>
                  <th scope="col" className="number">
                    {t('runs.validationLoss')}
                  </th>
                  <th scope="col">{t('table.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('table.actions')}</span>
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
  const { t } = useTranslation('saved');
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
          aria-label={t('runs.compareItem', { title })}
        />
      </td>
      {header()}
      <td>
        {t(run.params !== null ? 'runs.detailsWithParams' : 'runs.details', {
          dataset: datasetLabel(run.dataset),
          layers: t('layers', { count: run.layers }),
          params: run.params !== null ? formatCount(run.params) : '',
          optimizer: optimizerLabel(run.optimizer),
          learningRate: String(run.learningRate),
        })}
      </td>
      <td className="number">
        {t('runs.epochsOf', { done: run.history.length, planned: run.epochs })}
      </td>
      <td className="number">{last ? formatLoss(last.valLoss) : '—'}</td>
      <td className="nowrap" title={run.message ? messageText(run.message) : undefined}>
        {live
          ? t('runs.live')
          : run.durationMs !== null
            ? t('runs.stateTook', {
                state: t(`runs.states.${run.status}`),
                duration: formatSeconds(run.durationMs),
              })
            : t(`runs.states.${run.status}`)}
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
            aria-label={t('runs.openItem', { title })}
          >
            {t('actions.open')}
          </button>
          {run.modelKept && (
            <button
              type="button"
              onClick={() => void savedModel(run.id).then((model) => model && downloadModel(model))}
              aria-label={t('runs.downloadModel', { title })}
            >
              {t('runs.model')}
            </button>
          )}
          {renameButton}
          <DeleteButton title={title} disabled={live} onDelete={() => void remove(run.id)} />
        </div>
      </td>
    </tr>
  );
}
