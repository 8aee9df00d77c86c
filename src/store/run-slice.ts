import { externalDataKey } from '../engine/client/external-data';
import type { EngineEvent } from '../engine/client/training-engine';
import type { BackendChoice, BackendReport } from '../engine/client/protocol';
import type { ExperimentSpec } from '../experiment/experiment';
import type { AppState } from './app-store';
import { externalDatasetOf } from './data-slice';
import type { RunState } from './run-events';
import { applyEngineEvent, idleRun, isRunActive } from './run-events';
import type { SliceContext } from './slice';

/** One training run of the spec: the backend it asked for and got, and everything it reports. */
export interface RunSlice {
  backendChoice: BackendChoice;
  backend: BackendReport | null;
  run: RunState;
  setBackendChoice(choice: BackendChoice): void;
  train(): void;
  stop(): void;
  pause(): void;
  resume(): void;
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
  return {
    backendChoice,
    backend: null,
    run: idleRun(spec),

    setBackendChoice(choice) {
      if (!ctx.isLocked()) set({ backendChoice: choice });
    },

    train() {
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
            message: 'The data is not loaded yet.',
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
        });
      } catch (error) {
        // E.g. a browser that cannot create module workers.
        const reason = error instanceof Error ? error.message : String(error);
        set((s) => ({
          run: { ...s.run, status: 'failed', message: `Training could not start: ${reason}` },
        }));
      }
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
  };
}
