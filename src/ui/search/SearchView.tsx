import { ErrorBoundary } from '../shared/ErrorBoundary';
import { SearchPanel } from './SearchPanel';
import { SearchResults } from './SearchResults';
import { StrategyRace } from './StrategyRace';

/**
 * The hyperparameter search, panel and results: a chunk of its own, below the first screen, so
 * the page loads without it (and without the search charts) and fetches it right after.
 */
export function SearchView() {
  return (
    <>
      <ErrorBoundary area="the search panel">
        <SearchPanel />
      </ErrorBoundary>
      <ErrorBoundary area="the search results">
        <SearchResults />
      </ErrorBoundary>
      <ErrorBoundary area="the strategy race">
        <StrategyRace />
      </ErrorBoundary>
    </>
  );
}
