import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/shallow';
import { isSearchActive } from '../../store/search-state';
import { searchStatusSentence } from './search-view';
import { problemText } from '../shared/problem-text';
import { MessageText } from '../i18n/message-text';
import { useAppState } from '../shared/store-context';

/** Start, pause or resume, and stop a search, with a status line saying where it stands. */
export function SearchControls({ blockedReason }: { blockedReason: string | null }) {
  const { t } = useTranslation('search');
  const { status, followed, message, problem, startSearch, pauseSearch, resumeSearch, stopSearch } =
    useAppState(
      useShallow((s) => ({
        status: s.search.status,
        followed: s.search.followed,
        message: s.search.message,
        problem: s.search.problem,
        startSearch: s.startSearch,
        pauseSearch: s.pauseSearch,
        resumeSearch: s.resumeSearch,
        stopSearch: s.stopSearch,
      })),
    );
  const sentence = useAppState((s) => searchStatusSentence(s.search));
  const reasonId = useId();
  const active = isSearchActive(status);
  const blocked = !active && blockedReason !== null;
  return (
    <div className="search-controls">
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={startSearch}
          disabled={active || blocked}
          aria-describedby={blocked ? reasonId : undefined}
        >
          {t('controls.start')}
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={resumeSearch} disabled={followed}>
            {t('controls.resume')}
          </button>
        ) : (
          <button type="button" onClick={pauseSearch} disabled={status !== 'running' || followed}>
            {t('controls.pause')}
          </button>
        )}
        <button
          type="button"
          onClick={stopSearch}
          disabled={(status !== 'running' && status !== 'paused') || followed}
        >
          {t('controls.stop')}
        </button>
      </div>
      {blocked && (
        <p id={reasonId} className="field-error">
          {t('blocked.cannotStart', { reason: blockedReason })}
        </p>
      )}
      <p role="status" aria-label={t('controls.status')} className="search-status">
        {sentence}
      </p>
      {(message ?? problem) && (
        <p role="alert" className="alert">
          {message ? <MessageText message={message} /> : problem && problemText(problem)}
        </p>
      )}
    </div>
  );
}
