import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocked } from '../../store/lock';
import { SearchControls } from './SearchControls';
import { SearchParamList } from './SearchParamList';
import { SearchSettings } from './SearchSettings';
import { SearchTargetPicker } from './SearchTargetPicker';
import { useAppState } from '../shared/store-context';
import { useSearchIssues } from './use-search-issues';
import { useBlockedReason } from './use-blocked-reason';

/** The hyperparameter search: what to search, how, and the buttons that run it. */
export function SearchPanel() {
  const { t } = useTranslation('search');
  const headingId = useId();
  const issues = useSearchIssues();
  const locked = useAppState(isLocked);
  const blockedReason = useBlockedReason();

  return (
    <section className="panel search-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panel.title')}</h2>
      <p className="panel-text">{t('panel.intro')}</p>
      <SearchTargetPicker />
      <SearchParamList disabled={locked} issues={issues} />
      <SearchSettings disabled={locked} />
      <SearchControls blockedReason={blockedReason} />
    </section>
  );
}
