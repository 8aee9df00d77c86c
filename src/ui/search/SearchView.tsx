import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { SearchPanel } from './SearchPanel';
import { SearchResults } from './SearchResults';
import { StrategyRace } from './StrategyRace';

/**
 * The hyperparameter search, panel and results: a chunk of its own, below the first screen, so
 * the page loads without it (and without the search charts) and fetches it right after.
 */
export function SearchView() {
  const { t } = useTranslation('search');
  return (
    <>
      <ErrorBoundary area={t('areas.panel')}>
        <SearchPanel />
      </ErrorBoundary>
      <ErrorBoundary area={t('areas.results')}>
        <SearchResults />
      </ErrorBoundary>
      <ErrorBoundary area={t('areas.race')}>
        <StrategyRace />
      </ErrorBoundary>
    </>
  );
}
