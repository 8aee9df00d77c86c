import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Tabs } from '../../shared/Tabs';
import { formatObjective } from '../search-view';
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

const VIEWS = ['history', 'parallel', 'slice', 'contour', 'importance', 'edf'] as const;
type View = (typeof VIEWS)[number];

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
  const { t } = useTranslation('dashboards');
  const headingId = useId();
  const topId = useId();
  const study = useStudy();
  const { scored, direction, objective, objectiveName } = study;
  const [view, setView] = useState<View>('history');
  const [logAsked, setLog] = useState(false);
  const logAllowed = canUseLog(scored.map((trial) => trial.value));
  const log = logAsked && logAllowed;
  const shown = useTrialFilter(study, filter);
  const steps = bestSoFar(scored, direction);
  const best = steps.at(-1);
  const bestTrial = best
    ? scored.find((trial) => trial.value === best.value && trial.state === 'complete')
    : null;
  const states = countStates(
    t,
    scored.map((trial) => trial.state),
  );
  const tabs = VIEWS.map((key) => ({ key, label: t(`views.${key}`) }));

  return (
    <section className="dashboards" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('title')}</h3>
      <p className="glance">
        {best && bestTrial ? (
          <Trans
            t={t}
            i18nKey="glance.withBest"
            count={scored.length}
            values={{
              states,
              value: formatObjective(objective, best.value),
              number: bestTrial.number + 1,
            }}
            components={{ b: <strong /> }}
          />
        ) : (
          <Trans
            t={t}
            i18nKey="glance.summary"
            count={scored.length}
            values={{ states }}
            components={{ b: <strong /> }}
          />
        )}
      </p>
      <div className="plot-controls">
        <label htmlFor={topId}>{t('controls.show')}</label>
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
              {typeof choice === 'number'
                ? t('controls.top.some', { count: choice })
                : t(`controls.top.${choice}`)}
            </option>
          ))}
        </select>
        {isFiltering(filter) && (
          <button type="button" onClick={() => onFilter(NO_FILTER)}>
            {t('controls.clear')}
          </button>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={log}
            disabled={!logAllowed}
            onChange={(e) => setLog(e.target.checked)}
          />
          {t('controls.log', { objective: objectiveName })}
        </label>
        {!logAllowed && scored.length > 0 && (
          <span className="hint">{t('controls.logRefused')}</span>
        )}
      </div>
      {shown && (
        <p className="hint" role="status">
          {t('filterKeeps', { count: shown.size, total: scored.length })}
        </p>
      )}
      {scored.length === 0 ? (
        <p className="empty-hint">{t('empty')}</p>
      ) : (
        <Tabs<View> label={t('title')} tabs={tabs} active={view} onChange={setView}>
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

/** "7 complete, 3 pruned", or "10 complete" when none was pruned. */
function countStates(t: TFunction<'dashboards'>, states: readonly string[]): string {
  const complete = states.filter((s) => s === 'complete').length;
  const pruned = states.length - complete;
  return pruned > 0
    ? t('states.completePruned', { complete, pruned })
    : t('states.complete', { complete });
}
