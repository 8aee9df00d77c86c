import { useId } from 'react';
import { useShallow } from 'zustand/shallow';
import { isSearchActive } from '../../store/search-state';
import { searchStatusSentence } from './search-view';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';

/** Start, pause or resume, and stop a search, with a status line saying where it stands. */
export function SearchControls({ blockedReason }: { blockedReason: string | null }) {
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
          Start search
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={resumeSearch} disabled={followed}>
            Resume search
          </button>
        ) : (
          <button type="button" onClick={pauseSearch} disabled={status !== 'running' || followed}>
            Pause search
          </button>
        )}
        <button
          type="button"
          onClick={stopSearch}
          disabled={(status !== 'running' && status !== 'paused') || followed}
        >
          Stop search
        </button>
      </div>
      {blocked && (
        <p id={reasonId} className="field-error">
          Cannot start yet: {blockedReason}
        </p>
      )}
      <p role="status" aria-label="Search status" className="search-status">
        {sentence}
      </p>
      {(message ?? problem) && (
        <p role="alert" className="alert">
          {message ?? (problem && problemText(problem))}
        </p>
      )}
    </div>
  );
}
