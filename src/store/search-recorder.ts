import type { TrialRecord, TrialState } from '../search/types';
import type { StoredStudy, StoredTrial } from '../storage/records';
import type { Durability, StudyStorage } from '../storage/study-storage';
import type { SearchState } from './search-state';
import type { TrialTimes } from './study-records';
import { storedStatus, toStoredTrial } from './study-records';
import { createWriteQueue } from './write-queue';

/** A study's record, but for what the recorder keeps current. */
export type StudyIdentity = Omit<
  StoredStudy,
  'status' | 'endReason' | 'elapsedMs' | 'updatedAt' | 'trialCount' | 'best'
>;

export interface SearchRecorderOptions {
  storage: StudyStorage;
  study: StudyIdentity;
  /** Trials already saved (a resumed study): written again only when they change. */
  saved?: readonly StoredTrial[];
  /** The status already saved (a reopened study): a study reopened as it was is not rewritten. */
  savedStatus?: StoredStudy['status'];
  /** Time spent searching, pauses excepted (the scheduler's). */
  elapsedMs(): number;
  /** A write that failed: told once per recorder, with what failed. */
  onError(error: unknown): void;
  /** A write that landed (other tabs following the study re-read it); `strict` for a change of state. */
  onWritten?(durability: Durability): void;
  /** At most one write of epoch points per this many ms. */
  batchMs?: number;
  wallClock?: () => number;
}

const FINISHED: ReadonlySet<TrialState> = new Set(['complete', 'pruned', 'failed', 'diverged']);

/**
 * Writes a search to storage as it happens: a change of the search's status or of a trial's
 * state at once, in a strict transaction; new epochs batched, at most one relaxed write per
 * `batchMs`. Writes go one after another, each with everything changed since the last, so a
 * later one never lands before an earlier one.
 */
export function createSearchRecorder({
  storage,
  study,
  saved = [],
  savedStatus,
  elapsedMs,
  onError,
  onWritten,
  batchMs = 500,
  wallClock = Date.now,
}: SearchRecorderOptions) {
  /** What was last written of each trial: its state and how many epochs. */
  const written = new Map<number, { state: TrialState; epochs: number }>(
    saved.map((t) => [t.number, { state: t.state, epochs: t.history.length }]),
  );
  const times = new Map<number, TrialTimes>(
    saved.map((t) => [t.number, { startedAt: t.startedAt, completedAt: t.completedAt }]),
  );
  let latest: { state: SearchState; records: readonly TrialRecord[] } | null = null;
  let writtenStatus: string | null = savedStatus ?? null;
  let strictDue = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const writes = createWriteQueue(onError);

  function timesOf(number: number, state: TrialState): TrialTimes {
    const known = times.get(number) ?? { startedAt: null, completedAt: null };
    const now = wallClock();
    const next = {
      startedAt: known.startedAt ?? (state === 'waiting' ? null : now),
      completedAt: known.completedAt ?? (FINISHED.has(state) ? now : null),
    };
    times.set(number, next);
    return next;
  }

  /** The trials changed since the last write, as they are now. */
  function changedTrials(state: SearchState, records: readonly TrialRecord[]): StoredTrial[] {
    const changed: StoredTrial[] = [];
    for (const view of state.trials) {
      const record = records[view.number];
      if (!record) continue;
      const last = written.get(view.number);
      if (last && last.state === record.state && last.epochs === view.history.length) continue;
      changed.push(toStoredTrial(study.id, view, record, timesOf(view.number, record.state)));
      written.set(view.number, { state: record.state, epochs: view.history.length });
    }
    return changed;
  }

  function write(durability: Durability): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    strictDue = false;
    const snapshot = latest;
    if (!snapshot) return writes.settled();
    const { state, records } = snapshot;
    const trials = changedTrials(state, records);
    const record: StoredStudy = {
      ...study,
      updatedAt: wallClock(),
      status: storedStatus(state.status),
      endReason: state.endReason,
      elapsedMs: elapsedMs(),
      trialCount: state.trials.length,
      best: bestOf(state),
    };
    writtenStatus = record.status;
    return writes.push(async () => {
      await storage.saveStudy(record, trials, durability);
      onWritten?.(durability);
    });
  }

  return {
    /** Follows the search: called with every state the scheduler publishes and its records. */
    record(state: SearchState, records: readonly TrialRecord[]): void {
      latest = { state, records };
      const stateChanged = state.trials.some((view) => {
        const last = written.get(view.number);
        return !last || last.state !== records[view.number]?.state;
      });
      if (stateChanged || storedStatus(state.status) !== writtenStatus) strictDue = true;
      if (strictDue) {
        void write('strict');
        return;
      }
      // New epochs only: written in a batch. Nothing new (a study reopened as it was): nothing.
      const grown = state.trials.some(
        (view) => written.get(view.number)?.epochs !== view.history.length,
      );
      if (grown) timer ??= setTimeout(() => void write('relaxed'), batchMs);
    },

    /** Writes what is still unwritten; resolves once every write so far has settled. */
    flush(): Promise<void> {
      // Only epochs wait for a batch: with none waiting, there is nothing to write.
      return timer ? write('strict') : writes.settled();
    },
  };
}

function bestOf(state: SearchState): StoredStudy['best'] {
  const best = state.trials.find((t) => t.number === state.bestNumber);
  return best && best.value !== null ? { number: best.number, value: best.value } : null;
}

export type SearchRecorder = ReturnType<typeof createSearchRecorder>;
