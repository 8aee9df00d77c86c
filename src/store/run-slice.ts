import { externalDataKey } from '../engine/client/external-data';
import type { EngineEvent } from '../engine/client/training-engine';
import type { BackendChoice, BackendReport } from '../engine/client/protocol';
import { clampEpochMs } from '../engine/client/protocol';
import { errorMessage } from '../engine/client/engine-messages';
import type { ExperimentSpec } from '../experiment/experiment';
import type { AppState } from './app-store';
import { externalDatasetOf } from './data-slice';
import type { RunState } from './run-events';
import { applyEngineEvent, idleRun, isRunActive } from './run-events';
import type { SliceContext } from './slice';
import { storeMessage } from './store-messages';

/** One training run of the spec: the backend it asked for and got, and everything it reports. */
export interface RunSlice {
  backendChoice: BackendChoice;
  backend: BackendReport | null;
  run: RunState;
  /** The pace: the least ms from one epoch's start to the next's; 0 trains as fast as it goes. */
  epochMs: number;
  setBackendChoice(choice: BackendChoice): void;
  train(): void;
  stop(): void;
  pause(): void;
  resume(): void;
  /** Sets the pace of this and later runs; a run in progress follows it at once. */
  setEpochMs(ms: number): void;
  /**
   * Trains exactly one epoch, then pauses: a paused run trains its next one; with nothing
   * training, a new run starts (as Train would) and pauses after its first epoch.
   */
  step(): void;
}

/** Events that arrive in bursts; anything else (a start, an end, a failure) is applied at once. */
const STREAMING: ReadonlySet<EngineEvent['type']> = new Set(['epoch', 'progress', 'predictions']);

export function createRunSlice(
  ctx: SliceContext,
  backendChoice: BackendChoice,
  spec: ExperimentSpec,
): RunSlice {
  const { set, get, engine } = ctx;
  engine.subscribe((event) => {
    // Trials of a search speak on the same engine: only the current run's events matter here.
    const { run } = get();
    if (event.runId !== run.id || !isRunActive(run.status)) return;
    ctx.batcher.push((state: AppState) => {
      const change = applyEngineEvent(state.run, event);
      return { run: change.run ?? state.run, backend: change.backend ?? state.backend };
    }, !STREAMING.has(event.type));
  });

  /** Starts a run of the spec, unless it has issues or something trains; see train and step. */
  function start(stepOnce: boolean): void {
    const { spec: current, specIssues } = get();
    // A run or a search already training locks the spec, and Train with it.
    if (specIssues.length > 0 || ctx.isLocked()) return;
    const id = ctx.nextRunId();
    const key = externalDataKey(current);
    const external = key ? externalDatasetOf(get(), key) : null;
    if (key && !external) {
      set({
        run: {
          ...idleRun(current),
          id,
          status: 'failed',
          message: storeMessage('data-not-loaded'),
        },
      });
      return;
    }
    set({ run: { ...idleRun(current), id, status: 'starting' } });
    try {
      if (key && external) engine.provideData(key, external);
      engine.start(id, current, get().backendChoice, {
        predictions: true,
        exportModel: true,
        cvFolds: 1,
        epochMs: get().epochMs,
        stepOnce,
      });
    } catch (error) {
      // E.g. a browser that cannot create module workers.
      const message = storeMessage('training-start-failed', { reason: errorMessage(error) });
      set((s) => ({ run: { ...s.run, status: 'failed', message } }));
    }
  }

  return {
    backendChoice,
    backend: null,
    run: idleRun(spec),
    epochMs: 0,

    setBackendChoice(choice) {
      if (!ctx.isLocked()) set({ backendChoice: choice });
    },

    train() {
      start(false);
    },

    stop() {
      const { run } = get();
      if (!isRunActive(run.status)) return;
      set({ run: { ...run, status: 'stopping' } });
      engine.stop(run.id);
    },

    pause() {
      const { run } = get();
      if (run.status === 'training') engine.pause(run.id);
    },

    resume() {
      const { run } = get();
      if (run.status === 'paused') engine.resume(run.id);
    },

    setEpochMs(ms) {
      const epochMs = clampEpochMs(ms);
      set({ epochMs });
      const { run } = get();
      if (isRunActive(run.status)) engine.setPace(run.id, epochMs);
    },

    step() {
      const { run } = get();
      if (run.status === 'paused') engine.step(run.id);
      else if (!isRunActive(run.status)) start(true);
    },
  };
}
