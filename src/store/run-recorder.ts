import type { BackendChoice } from '../engine/client/protocol';
import type { StoredRun, StoredRunStatus } from '../storage/records';
import type { Durability, StudyStorage } from '../storage/study-storage';
import type { RunState, RunStatus } from './run-events';
import { createWriteQueue } from './write-queue';

export interface RunRecorderOptions {
  storage: StudyStorage;
  /** A write that failed: told once per recorder. */
  onError(error: unknown): void;
  /** A run began to be kept, under the id its record has. */
  onStarted?(runId: number, id: string): void;
  /** A change of the run's status landed (a list of runs reads it again). */
  onStatusWritten?(): void;
  /** At most one write of new epochs per this many ms. */
  batchMs?: number;
  wallClock?: () => number;
}

/** How a run's status is kept: everything before its end is `running`. */
const storedRunStatus = (status: RunStatus): StoredRunStatus =>
  status === 'completed' || status === 'stopped' || status === 'diverged' || status === 'failed'
    ? status
    : 'running';

/**
 * Writes each training run to storage as it happens: when it starts and when it ends at once,
 * strictly; its new epochs batched, at most one relaxed write per `batchMs`. A run the page was
 * training when it closed stays `running` with the epochs written so far.
 */
export function createRunRecorder({
  storage,
  onError,
  onStarted,
  onStatusWritten,
  batchMs = 500,
  wallClock = Date.now,
}: RunRecorderOptions) {
  let current: { runId: number; id: string; createdAt: number; status: StoredRunStatus } | null =
    null;
  let latest: { run: RunState; backend: BackendChoice } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const writes = createWriteQueue(onError);

  function write(durability: Durability): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!latest || !current) return writes.settled();
    const { run, backend } = latest;
    const record: StoredRun = {
      id: current.id,
      name: '',
      createdAt: current.createdAt,
      updatedAt: wallClock(),
      spec: run.spec,
      backend,
      ranOn: run.info?.backend ?? null,
      status: storedRunStatus(run.status),
      message: run.message,
      history: run.history,
      durationMs: run.elapsedMs,
      params: run.info?.params ?? null,
      test: run.test,
      info: run.info,
      predictions: Object.values(run.predictions),
      finishReason: run.finishReason,
      bestEpoch: run.bestEpoch,
      restoredBest: run.restoredBest,
    };
    return writes.push(async () => {
      await storage.saveRun(record, durability);
      if (durability === 'strict') onStatusWritten?.();
    });
  }

  return {
    /** Follows the run slice: called with every run state the store holds, and the backend asked for. */
    record(run: RunState, backend: BackendChoice): void {
      if (run.status === 'idle') return;
      latest = { run, backend };
      const status = storedRunStatus(run.status);
      if (!current || current.runId !== run.id) {
        // A run first seen already ended was reopened from storage: it is kept already.
        if (status !== 'running') return;
        const createdAt = wallClock();
        const id = `run-${createdAt}-${Math.random().toString(36).slice(2, 10)}`;
        current = { runId: run.id, id, createdAt, status };
        onStarted?.(run.id, id);
        void write('strict');
        return;
      }
      if (current.status !== status) {
        current.status = status;
        void write('strict');
        return;
      }
      timer ??= setTimeout(() => void write('relaxed'), batchMs);
    },
  };
}
