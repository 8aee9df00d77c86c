import type { AutoChoice } from '../engine/client/auto-backend';
import type { ExportedArtifacts } from '../engine/client/model-json';
import type { EngineEvent } from '../engine/client/training-engine';
import type {
  BackendName,
  BackendReport,
  EpochMetrics,
  EvaluationMetrics,
  FinishReason,
  PredictionKind,
  PredictionsOf,
} from '../engine/client/protocol';
import type { ExperimentSpec } from '../experiment/experiment';
import type { Problem } from '../experiment/problem';
import type { Message } from '../lib/message';

export type RunStatus =
  | 'idle'
  | 'starting'
  | 'training'
  | 'paused'
  | 'stopping'
  | 'completed'
  | 'stopped'
  | 'diverged'
  | 'failed';

/** The latest predictions of each kind, for the live charts. */
export type LivePredictions = Partial<{ [K in PredictionKind]: PredictionsOf<K> }>;

export interface RunInfo {
  backend: BackendName;
  params: number;
  trainSize: number;
  validationSize: number;
  batchesPerEpoch: number;
  folds: number;
}

export interface RunState {
  id: number;
  status: RunStatus;
  /** The spec the run was started with (edits during a run are not allowed). */
  spec: ExperimentSpec;
  info: RunInfo | null;
  history: EpochMetrics[];
  progress: { epoch: number; batch: number; loss: number | null } | null;
  /** Runs ahead of this one while it waits for a free worker; null once it runs. */
  queuePosition: number | null;
  /** What "auto" measured and chose, when the run asked for it. */
  auto: AutoChoice | null;
  predictions: LivePredictions;
  /** The trained model, for download, once the run has finished. */
  model: ExportedArtifacts | null;
  /** Why training ended; null while it runs, or when it did not finish. */
  finishReason: FinishReason | null;
  /** The epoch with the lowest validation loss. */
  bestEpoch: number | null;
  /** Whether the final model carries the best epoch's weights (early stopping). */
  restoredBest: boolean;
  /** Why the run failed or diverged, in words the UI looks up. */
  message: Message | null;
  /** What is wrong with the spec, when the worker refused it for that: the UI words them. */
  problems: Problem[];
  elapsedMs: number | null;
  /** Tensors left behind by the run in the worker; 0 when it cleaned up after itself. */
  leakedTensors: number | null;
  /** The trained model on the held-out test set, when the run had one. */
  test: EvaluationMetrics | null;
}

export const isRunActive = (status: RunStatus) =>
  status === 'starting' || status === 'training' || status === 'paused' || status === 'stopping';

export const idleRun = (spec: ExperimentSpec): RunState => ({
  id: 0,
  status: 'idle',
  spec,
  info: null,
  history: [],
  progress: null,
  queuePosition: null,
  auto: null,
  predictions: {},
  model: null,
  finishReason: null,
  bestEpoch: null,
  restoredBest: false,
  message: null,
  problems: [],
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
  // Only events of this run count: a worker left over from a search may speak of another one.
  if (event.runId !== run.id) return {};
  switch (event.type) {
    case 'crashed':
      return { run: { ...run, status: 'failed', message: event.message, progress: null } };
    case 'queued':
      return { run: { ...run, queuePosition: event.position } };
    case 'auto':
      return { run: { ...run, auto: event.choice } };
    case 'backend':
      return { backend: event.report, run: { ...run, queuePosition: null } };
    case 'started': {
      const { backend, params, trainSize, validationSize, batchesPerEpoch, folds } = event;
      return {
        run: {
          ...run,
          status: run.status === 'stopping' ? 'stopping' : 'training',
          queuePosition: null,
          info: { backend, params, trainSize, validationSize, batchesPerEpoch, folds },
        },
      };
    }
    case 'progress':
      return {
        run: { ...run, progress: { epoch: event.epoch, batch: event.batch, loss: event.loss } },
      };
    case 'epoch':
      return {
        run: { ...run, history: [...run.history, event.metrics], elapsedMs: event.elapsedMs },
      };
    case 'predictions':
      return {
        run: {
          ...run,
          predictions: { ...run.predictions, [event.predictions.kind]: event.predictions },
        },
      };
    case 'paused':
    case 'resumed':
      if (run.status === 'stopping') return {};
      return { run: { ...run, status: event.type === 'paused' ? 'paused' : 'training' } };
    case 'model': {
      const { topology, weightSpecs, weights } = event;
      return { run: { ...run, model: { topology, weightSpecs, weights } } };
    }
    case 'finished':
      return {
        run: {
          ...run,
          status: event.reason === 'stopped' ? 'stopped' : 'completed',
          finishReason: event.reason,
          bestEpoch: event.bestEpoch,
          restoredBest: event.restoredBest,
          progress: null,
          queuePosition: null,
          elapsedMs: event.elapsedMs,
          leakedTensors: event.tensorsAfter - event.tensorsBefore,
          test: event.test,
        },
      };
    case 'diverged':
      return { run: { ...run, status: 'diverged', progress: null, message: event.message } };
    case 'failed':
      return {
        run: {
          ...run,
          status: 'failed',
          progress: null,
          message: event.message,
          problems: event.problems ?? [],
        },
      };
  }
}
