import { isProblem } from '../experiment/problem';
import type { TrialRecord } from '../search/types';
import type { StoredStudyStatus, StoredTrial } from '../storage/records';
import type { RestoredTrial } from './search-scheduler';
import type { SearchStatus, SearchTrialView } from './search-state';

/** Wall-clock times of a trial (ms since 1970), as Optuna's datetime_start and datetime_complete. */
export interface TrialTimes {
  startedAt: number | null;
  completedAt: number | null;
}

/** A trial as stored: the study's record (the truth of its state) and what the page showed. */
export function toStoredTrial(
  studyId: string,
  view: SearchTrialView,
  record: TrialRecord,
  times: TrialTimes,
): StoredTrial {
  return {
    studyId,
    number: record.number,
    state: record.state,
    params: { ...record.params },
    value: record.value,
    intermediate: [...record.intermediate],
    systemAttrs: [...record.systemAttrs],
    history: view.history,
    startedAt: times.startedAt,
    completedAt: times.completedAt,
    durationMs: view.durationMs,
    message: view.message,
    problems: view.problems,
    attempts: view.attempts,
    retryOf: view.retryOf,
    ...(record.reason === undefined ? {} : { reason: record.reason }),
    ...(record.epoch === undefined ? {} : { epoch: record.epoch }),
  };
}

/** A stored trial as the scheduler goes on from it. */
export function toRestoredTrial(stored: StoredTrial): RestoredTrial {
  const record: TrialRecord = {
    number: stored.number,
    state: stored.state,
    params: stored.params,
    value: stored.value,
    intermediate: new Map(stored.intermediate),
    systemAttrs: new Map(stored.systemAttrs),
    ...(stored.reason === undefined ? {} : { reason: stored.reason }),
    ...(stored.epoch === undefined ? {} : { epoch: stored.epoch }),
  };
  return {
    record,
    history: stored.history,
    durationMs: stored.durationMs,
    message: stored.message,
    // Problems are worded by the UI from their codes: one it does not know is left out.
    problems: stored.problems.filter(isProblem),
    attempts: stored.attempts,
    retryOf: stored.retryOf,
  };
}

/** How a search's status is kept: stopping is still running until its trials end. */
export const storedStatus = (status: SearchStatus): StoredStudyStatus =>
  status === 'paused'
    ? 'paused'
    : status === 'finished' || status === 'idle'
      ? 'finished'
      : 'running';

/** The trials of a study in number order, each present once: what a study can be loaded from. */
export function contiguousTrials(trials: readonly StoredTrial[]): StoredTrial[] {
  const ordered: StoredTrial[] = [];
  for (const trial of [...trials].sort((a, b) => a.number - b.number)) {
    if (trial.number !== ordered.length) break;
    ordered.push(trial);
  }
  return ordered;
}
