import { useId, useState } from 'react';
import { plural } from '../../../lib/count-format';
import { Tabs } from '../../shared/Tabs';
import { formatObjective, trialName } from '../search-view';
import { canUseLog } from './axes';
import { ContourPlot } from './ContourPlot';
import { EdfPlot } from './EdfPlot';
import { HistoryPlot } from './HistoryPlot';
import { ImportancePlot } from './ImportancePlot';
import { ParallelCoordinates } from './ParallelCoordinates';
import { SlicePlots } from './SlicePlots';
import { bestSoFar } from './study-points';
import type { TrialFilter } from './trial-filter';
import { NO_FILTER, isFiltering } from './trial-filter';
import { useTrialFilter } from './use-trial-filter';
import { useStudy } from './use-study';

const VIEWS = [
  { key: 'history', label: 'History' },
  { key: 'parallel', label: 'Parallel coordinates' },
  { key: 'slice', label: 'Slices' },
  { key: 'contour', label: 'Contour' },
  { key: 'importance', label: 'Importance' },
  { key: 'edf', label: 'Distribution' },
] as const;
type View = (typeof VIEWS)[number]['key'];

const TOP_CHOICES = ['all', 5, 10, 'best'] as const;

interface StudyDashboardsProps {
  filter: TrialFilter;
  onFilter(filter: TrialFilter): void;
  onSelect(number: number): void;
}

/**
 * Why the search found what it found: Optuna-dashboard's plots of the shown study (live while it
 * runs, and for a reopened one), one at a time in tabs, with the study at a glance above them and
 * a filter (brushes, the best few) that the trials table follows.
 */
export function StudyDashboards({ filter, onFilter, onSelect }: StudyDashboardsProps) {
  const headingId = useId();
  const topId = useId();
  const study = useStudy();
  const { scored, direction, objective, objectiveLabel } = study;
  const [view, setView] = useState<View>('history');
  const [logAsked, setLog] = useState(false);
  const logAllowed = canUseLog(scored.map((t) => t.value));
  const log = logAsked && logAllowed;
  const shown = useTrialFilter(study, filter);
  const steps = bestSoFar(scored, direction);
  const best = steps.at(-1);
  const bestTrial = best
    ? scored.find((t) => t.value === best.value && t.state === 'complete')
    : null;
  const counts = countStates(scored.map((t) => t.state));

  return (
    <section className="dashboards" aria-labelledby={headingId}>
      <h3 id={headingId}>Study dashboards</h3>
      <p className="glance">
        <strong>{plural(scored.length, 'trial')} with a value</strong> ({counts})
        {best && bestTrial && (
          <>
            {' · best '}
            <strong>{formatObjective(objective, best.value)}</strong> at{' '}
            {trialName(bestTrial.number)}
          </>
        )}
      </p>
      <div className="plot-controls">
        <label htmlFor={topId}>Show</label>
        <select
          id={topId}
          value={String(filter.top)}
          onChange={(e) => {
            const raw = e.target.value;
            onFilter({ ...filter, top: raw === 'all' || raw === 'best' ? raw : Number(raw) });
          }}
        >
          {TOP_CHOICES.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice === 'all'
                ? 'all trials'
                : choice === 'best'
                  ? 'the best trial'
                  : `the best ${choice}`}
            </option>
          ))}
        </select>
        {isFiltering(filter) && (
          <button type="button" onClick={() => onFilter(NO_FILTER)}>
            Clear the filter
          </button>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={log}
            disabled={!logAllowed}
            onChange={(e) => setLog(e.target.checked)}
          />
          Log scale for {objectiveLabel.toLowerCase()}
        </label>
        {!logAllowed && scored.length > 0 && (
          <span className="hint">(not for values at or below zero)</span>
        )}
      </div>
      {shown && (
        <p className="hint" role="status">
          The filter keeps {plural(shown.size, 'trial')} of {scored.length}; the table shows only
          those.
        </p>
      )}
      {scored.length === 0 ? (
        <p className="empty-hint">The plots fill in as trials complete.</p>
      ) : (
        <Tabs<View> label="Study dashboards" tabs={VIEWS} active={view} onChange={setView}>
          {view === 'history' && (
            <HistoryPlot study={study} log={log} shown={shown} onSelect={onSelect} />
          )}
          {view === 'parallel' && (
            <ParallelCoordinates
              study={study}
              log={log}
              filter={filter}
              shown={shown}
              onFilter={onFilter}
            />
          )}
          {view === 'slice' && (
            <SlicePlots study={study} log={log} shown={shown} onSelect={onSelect} />
          )}
          {view === 'contour' && <ContourPlot study={study} onSelect={onSelect} />}
          {view === 'importance' && <ImportancePlot study={study} />}
          {view === 'edf' && <EdfPlot study={study} log={log} />}
        </Tabs>
      )}
    </section>
  );
}

function countStates(states: readonly string[]): string {
  const complete = states.filter((s) => s === 'complete').length;
  const pruned = states.length - complete;
  return pruned > 0 ? `${complete} complete, ${pruned} pruned` : `${complete} complete`;
}
