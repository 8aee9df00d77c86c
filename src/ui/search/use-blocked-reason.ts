import { isRaceActive } from '../../store/race-state';
import { isRunActive } from '../../store/run-events';
import { isSearchActive } from '../../store/search-state';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';
import { useSearchIssues } from './use-search-issues';

/** Why the builder's search (or a strategy race of it) cannot start, in plain words; null if it can. */
export function useBlockedReason(): string | null {
  const runActive = useAppState((s) => isRunActive(s.run.status));
  const racing = useAppState((s) => isRaceActive(s.race.status));
  const searching = useAppState((s) => isSearchActive(s.search.status));
  const paramCount = useAppState((s) => s.spec.search.params.length);
  // Every trial trains a variant of this experiment, so its own problems block a search too.
  const experimentIssue = useAppState((s) =>
    s.specIssues.find((issue) => !issue.path.startsWith('search.')),
  );
  const issues = useSearchIssues();
  const firstIssue = issues[0];
  if (runActive) return 'a training run is in progress; stop it or let it finish';
  if (racing) return 'a strategy race is running; stop it or let it finish';
  if (searching) return 'a search is running; stop it or let it finish';
  if (paramCount === 0) return 'the search space is empty';
  if (firstIssue)
    return `${firstIssue.text}${issues.length > 1 ? ` (and ${issues.length - 1} more marked in red)` : ''}`;
  return experimentIssue ? problemText(experimentIssue) : null;
}
