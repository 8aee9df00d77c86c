import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/shallow';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { SearchTrialsChart } from './SearchTrialsChart';
import { SearchTrialsTable } from './SearchTrialsTable';
import { TrialDetail } from './TrialDetail';
import { StudyDashboards } from './dashboards/StudyDashboards';
import type { TrialFilter } from './dashboards/trial-filter';
import { NO_FILTER } from './dashboards/trial-filter';
import { ApplyTrialButton } from './ApplyTrialButton';
import { formatObjective, objectiveName, trialTitle } from './search-view';
import { useAppState } from '../shared/store-context';

/**
 * The trials of a search: chart, table and the selected trial's details share one selection,
 * which belongs to the search it was made in (a new search starts with none).
 */
export function SearchResults() {
  const { t } = useTranslation('search');
  const headingId = useId();
  const { study, status, objective, bestNumber, bestValue, hasTrials } = useAppState(
    useShallow((s) => ({
      // The shown study: its saved id, which a tab following another keeps across re-reads.
      study: s.saved.shownId ?? s.search.startedAt,
      status: s.search.status,
      objective: s.search.objective,
      bestNumber: s.search.bestNumber,
      bestValue: s.search.trials.find((t) => t.number === s.search.bestNumber)?.value ?? null,
      hasTrials: s.search.trials.length > 0,
    })),
  );
  const [picked, setPicked] = useState<{ study: string | number | null; number: number } | null>(
    null,
  );
  const selected = picked && picked.study === study ? picked.number : null;
  // Stable, so the rows and curves that did not change are not re-rendered with a new handler.
  const select = useCallback((number: number) => setPicked({ study, number }), [study]);
  // The dashboards' filter belongs to its search too: brushes on another study's axes mean nothing.
  const [filtered, setFiltered] = useState<{
    study: string | number | null;
    filter: TrialFilter;
  } | null>(null);
  const filter = filtered && filtered.study === study ? filtered.filter : NO_FILTER;
  const setFilter = useCallback(
    (next: TrialFilter) => setFiltered({ study, filter: next }),
    [study],
  );

  return (
    <section className="panel search-results" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('results.title')}</h2>
      {!hasTrials ? (
        <p className="empty-hint">{t('results.empty')}</p>
      ) : (
        <>
          <ErrorBoundary area={t('areas.chart')}>
            {/* A new search gets a fresh chart, so an old zoom does not carry over. */}
            <SearchTrialsChart key={study ?? 'none'} selected={selected} onSelect={select} />
          </ErrorBoundary>
          {bestNumber !== null && (
            <div className="best-trial">
              <p>
                {t(status === 'finished' ? 'results.best' : 'results.bestSoFar', {
                  trial: trialTitle(bestNumber),
                  objective: objectiveName(objective),
                  value: formatObjective(objective, bestValue),
                })}
              </p>
              <ApplyTrialButton number={bestNumber} label={t('results.applyBest')} primary />
            </div>
          )}
          <ErrorBoundary area={t('areas.dashboards')}>
            <StudyDashboards filter={filter} onFilter={setFilter} onSelect={select} />
          </ErrorBoundary>
          <SearchTrialsTable selected={selected} onSelect={select} filter={filter} />
          <TrialDetail selected={selected} />
        </>
      )}
    </section>
  );
}
