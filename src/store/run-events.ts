import type { EngineEvent } from '../engine/client';
import type {
  BackendName,
  BackendReport,
  EpochMetrics,
  EvaluationMetrics,
} from '../engine/protocol';
import type { ExperimentSpec } from '../spec/experiment';

export type RunStatus =
  'idle' | 'starting' | 'training' | 'stopping' | 'completed' | 'stopped' | 'diverged' | 'failed';

export interface RunInfo {
  backend: BackendName;
  params: number;
  trainSize: number;
  validationSize: number;
  batchesPerEpoch: number;
}

export interface RunState {
  id: number;
  status: RunStatus;
  /** The spec the run was started with (edits during a run are not allowed). */
  spec: ExperimentSpec;
  info: RunInfo | null;
  history: EpochMetrics[];
  progress: { epoch: number; batch: number } | null;
  /** Why the run failed or diverged, in plain words. */
  message: string | null;
  elapsedMs: number | null;
  /** Tensors left behind by the run in the worker; 0 when it cleaned up after itself. */
  leakedTensors: number | null;
  /** The trained model on the held-out test set, when the run had one. */
  test: EvaluationMetrics | null;
}

export const isRunActive = (status: RunStatus) =>
  status === 'starting' || status === 'training' || status === 'stopping';

export const idleRun = (spec: ExperimentSpec): RunState => ({
  id: 0,
  status: 'idle',
  spec,
  info: null,
  history: [],
  progress: null,
  message: null,
  elapsedMs: null,
  leakedTensors: null,
  test: null,
});

/**
 * What an engine event changes, as a pure function: events of another run, or arriving after the
 * run ended (a late reply from a worker that was given up on), change nothing.
 */
export function applyEngineEvent(
  run: RunState,
  event: EngineEvent,
): { run?: RunState; backend?: BackendReport } {
  if (!isRunActive(run.status)) return {};
  if (event.type === 'crashed')
    return { run: { ...run, status: 'failed', message: event.message, progress: null } };
  if (event.runId !== run.id && !(event.type === 'failed' && event.runId === null)) return {};
  switch (event.type) {
    case 'backend':
      return { backend: event.report };
    case 'started': {
      const { backend, params, trainSize, validationSize, batchesPerEpoch } = event;
      return {
        run: {
          ...run,
          status: run.status === 'stopping' ? 'stopping' : 'training',
          info: { backend, params, trainSize, validationSize, batchesPerEpoch },
        },
      };
    }
    case 'progress':
      return { run: { ...run, progress: { epoch: event.epoch, batch: event.batch } } };
    case 'epoch':
      return {
        run: { ...run, history: [...run.history, event.metrics], elapsedMs: event.elapsedMs },
      };
    case 'finished':
      return {
        run: {
          ...run,
          status: event.stopped ? 'stopped' : 'completed',
          progress: null,
          elapsedMs: event.elapsedMs,
          leakedTensors: event.tensorsAfter - event.tensorsBefore,
          test: event.test,
        },
      };
    case 'diverged':
      return { run: { ...run, status: 'diverged', progress: null, message: event.message } };
    case 'failed':
      return { run: { ...run, status: 'failed', progress: null, message: event.message } };
  }
}
