import { useTranslation } from 'react-i18next';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';

/** What went wrong opening the address (a damaged link, an unknown backend), until dismissed. */
export function NoticeBanner() {
  const { t } = useTranslation('experiment');
  const notices = useAppState((s) => s.notices);
  const dismiss = useAppState((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div role="alert" className="alert banner">
      {notices.map((notice, index) => (
        <p key={index}>{problemText(notice)}</p>
      ))}
      <button type="button" onClick={dismiss}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
