import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ObjectiveMetric } from '../../experiment/search-schema';
import type { SearchTargetLabel } from '../../experiment/search-targets';
import type { SearchTrialView } from '../../store/search-state';
import { useShallow } from 'zustand/shallow';
import type { SortColumn, TrialSort } from './trial-sort';
import {
  formatDuration,
  formatObjective,
  formatParamValue,
  objectiveName,
  trialDuration,
  trialStateLabel,
} from './search-view';
import { firstDirection, paramColumn, sortTrials } from './trial-sort';
import { useAppState } from '../shared/store-context';
import { messageText } from '../i18n/message-text';
import { useNow } from '../shared/use-now';
import type { TrialFilter } from './dashboards/trial-filter';
import { useStudy } from './dashboards/use-study';
import { useTrialFilter } from './dashboards/use-trial-filter';

interface SearchTrialsTableProps {
  selected: number | null;
  onSelect(number: number): void;
  /** The dashboards' filter: while it filters, only the trials it keeps are listed. */
  filter: TrialFilter;
}

const ARROWS = { ascending: ' ▲', descending: ' ▼' } as const;

/** Every trial with its parameters and results; sortable by any column, a row selects a trial. */
export function SearchTrialsTable({ selected, onSelect, filter }: SearchTrialsTableProps) {
  const { t } = useTranslation('search');
  const {
    trials: latest,
    columns,
    bestNumber,
    direction,
    objective,
    running,
  } = useAppState(
    useShallow((s) => ({
      trials: s.search.trials,
      columns: s.search.columns,
      bestNumber: s.search.bestNumber,
      direction: s.search.direction,
      objective: s.search.objective,
      running: s.search.status === 'running',
    })),
  );
  // Running rows count their duration up live.
  const now = useNow(running);
  const bestId = useId();
  const [sort, setSort] = useState<TrialSort>({ column: 'number', direction: 'ascending' });
  // The table follows the stream at a lower priority than input and the charts: React may skip
  // an update while the user types or drags.
  const trials = useDeferredValue(latest);
  const shown = useTrialFilter(useStudy(), filter);
  const rows = useMemo(
    () => sortTrials(shown ? trials.filter((t) => shown.has(t.number)) : trials, sort, now),
    [trials, shown, sort, now],
  );
  if (trials.length === 0) return null;

  const headers: { column: SortColumn; label: string }[] = [
    { column: 'number', label: t('table.trial') },
    { column: 'state', label: t('table.state') },
    ...columns.map((c) => ({ column: paramColumn(c.target), label: messageText(c.label) })),
    { column: 'bestValue', label: t('table.bestValue') },
    { column: 'epochs', label: t('table.epochs') },
    { column: 'duration', label: t('table.duration') },
  ];
  const choose = (column: SortColumn) =>
    setSort((current) =>
      current.column === column
        ? {
            column,
            direction: current.direction === 'ascending' ? 'descending' : 'ascending',
          }
        : { column, direction: firstDirection(column, direction) },
    );

  return (
    <div className="table-scroll">
      <table className="trials">
        <caption>
          {t('table.caption')}
          {shown && (
            <span className="caption-note">
              {t('table.filtered', { shown: rows.length, total: trials.length })}
            </span>
          )}
        </caption>
        <thead>
          <tr>
            {headers.map(({ column, label }) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort.column === column ? sort.direction : undefined}
              >
                <button type="button" className="sort" onClick={() => choose(column)}>
                  {label}
                  {sort.column === column && (
                    <span aria-hidden="true">{ARROWS[sort.direction]}</span>
                  )}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((trial) => (
            <TrialRow
              key={trial.number}
              trial={trial}
              best={trial.number === bestNumber}
              selected={trial.number === selected}
              bestId={bestId}
              columns={columns}
              objective={objective}
              duration={trialDuration(trial, now)}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      </table>
      <p className="hint table-note">
        {t(direction === 'minimize' ? 'table.noteMinimize' : 'table.noteMaximize', {
          objective: objectiveName(objective),
        })}
      </p>
    </div>
  );
}

interface TrialRowProps {
  trial: SearchTrialView;
  best: boolean;
  selected: boolean;
  bestId: string;
  columns: readonly { target: string; label: SearchTargetLabel }[];
  objective: ObjectiveMetric;
  duration: number | null;
  onSelect(number: number): void;
}

/** One trial's row; a trial that did not change keeps its object, so its row is not re-rendered. */
const TrialRow = memo(function TrialRow({
  trial,
  best,
  selected,
  bestId,
  columns,
  objective,
  duration,
  onSelect,
}: TrialRowProps) {
  // A row is memoised: it re-renders on a language change through this hook.
  const { t } = useTranslation('search');
  return (
    <tr
      aria-selected={selected}
      className={`${best ? 'best' : ''}${selected ? ' selected' : ''}`}
      // The row's button takes the keyboard; its click bubbles here like a mouse click.
      onClick={() => onSelect(trial.number)}
    >
      <th scope="row">
        <button
          type="button"
          className="row-select"
          aria-pressed={selected}
          aria-describedby={best ? bestId : undefined}
        >
          <Trans
            t={t}
            i18nKey="table.select"
            values={{ number: trial.number + 1 }}
            components={{ hidden: <span className="visually-hidden" /> }}
          />
        </button>
        {best && (
          <span id={bestId} className="badge">
            {t('table.best')}
          </span>
        )}
      </th>
      <td title={trial.message ? messageText(trial.message) : undefined}>
        {trialStateLabel(trial.state)}
      </td>
      {columns.map((c) => (
        <td key={c.target}>{formatParamValue(trial.params[c.target])}</td>
      ))}
      <td className="num">{formatObjective(objective, trial.bestValue)}</td>
      <td className="num">{trial.history.length}</td>
      <td className="num">{formatDuration(duration)}</td>
    </tr>
  );
});
