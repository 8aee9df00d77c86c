import type { Dataset } from '../../data/types';
import type { Message } from '../../lib/message';
import type { AutoChoice } from './auto-backend';
import type { BackendChoice, RunOptions, WorkerReply } from './protocol';

/** What the store needs from the engine: give it data, queue runs, control them, hear what happens. */
export interface TrainingEngine {
  /** Data the worker cannot make from a spec (MNIST, a CSV); sent before the run that needs it. */
  provideData(key: string, data: Dataset): void;
  /** Queues a run; it starts when a worker is free. */
  start(runId: number, spec: unknown, backend: BackendChoice, options?: Partial<RunOptions>): void;
  stop(runId: number): void;
  pause(runId: number): void;
  resume(runId: number): void;
  /**
   * Changes a run's pace: the least ms from one epoch's start to the next's (0 = as fast as it
   * goes, at most MAX_EPOCH_MS). A run still waiting for a worker starts with it.
   */
  setPace(runId: number, epochMs: number): void;
  /**
   * A paused run trains exactly one more epoch and pauses again (the page hears 'resumed', the
   * epoch and its predictions, then 'paused'); a training run pauses at the end of its epoch.
   */
  step(runId: number): void;
  /** Workers for cpu and wasm runs. */
  readonly size: number;
  setSize(size: number): void;
  subscribe(listener: (event: EngineEvent) => void): () => void;
}

/**
 * A worker reply; a run's worker failing (crash, silence, nonsense) — its run, if any, is over;
 * a run waiting for a free worker; or the measured choice of "auto".
 */
export type EngineEvent =
  | Exclude<WorkerReply, { type: 'probed' }>
  | { type: 'crashed'; runId: number | null; message: Message }
  | { type: 'queued'; runId: number; position: number }
  | { type: 'auto'; runId: number; choice: AutoChoice };
