import { useTranslation } from 'react-i18next';
import { isRaceActive } from '../../store/race-state';
import { isRunActive } from '../../store/run-events';
import { isSearchActive } from '../../store/search-state';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';
import { useSearchIssues } from './use-search-issues';

/** Why the builder's search (or a strategy race of it) cannot start, in plain words; null if it can. */
export function useBlockedReason(): string | null {
  const { t } = useTranslation('search');
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
  if (runActive) return t('blocked.training');
  if (racing) return t('blocked.racing');
  if (searching) return t('blocked.searching');
  if (paramCount === 0) return t('blocked.empty');
  if (firstIssue)
    return issues.length > 1
      ? t('blocked.more', { issue: firstIssue.text, count: issues.length - 1 })
      : firstIssue.text;
  return experimentIssue ? problemText(experimentIssue) : null;
}
