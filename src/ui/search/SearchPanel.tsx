import { useId } from 'react';
import { isLocked } from '../../store/lock';
import { isRunActive } from '../../store/run-events';
import { SearchControls } from './SearchControls';
import { SearchParamList } from './SearchParamList';
import { SearchSettings } from './SearchSettings';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';
import { useSearchIssues } from './use-search-issues';

/** The hyperparameter search: what to search, how, and the buttons that run it. */
export function SearchPanel() {
  const headingId = useId();
  const runActive = useAppState((s) => isRunActive(s.run.status));
  const paramCount = useAppState((s) => s.spec.search.params.length);
  // Every trial trains a variant of this experiment, so its own problems block a search too.
  const experimentIssue = useAppState((s) =>
    s.specIssues.find((issue) => !issue.path.startsWith('search.')),
  );
  const issues = useSearchIssues();
  const locked = useAppState(isLocked);
  const firstIssue = issues[0];

  const blockedReason = runActive
    ? 'a training run is in progress; stop it or let it finish'
    : paramCount === 0
      ? 'the search space is empty'
      : firstIssue
        ? `${firstIssue.text}${issues.length > 1 ? ` (and ${issues.length - 1} more marked in red)` : ''}`
        : experimentIssue
          ? problemText(experimentIssue)
          : null;

  return (
    <section className="panel search-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Hyperparameter search</h2>
      <p className="panel-text">
        Train many variants of this experiment and keep the one that scores best on the validation
        data. Press “Search” next to a field, or add parameters below.
      </p>
      <SearchSettings disabled={locked} />
      <SearchParamList disabled={locked} issues={issues} />
      <SearchControls blockedReason={blockedReason} />
    </section>
  );
}
