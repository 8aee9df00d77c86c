import { createStore } from 'zustand/vanilla';
import type { EngineEvent, TrainingEngine } from '../engine/client';
import type { BackendChoice, BackendName, BackendReport, EpochMetrics } from '../engine/protocol';
import { DEFAULT_SPEC } from '../spec/defaults';
import type { ExperimentSpec } from '../spec/experiment';
import type { SpecIssue } from '../spec/validate';
import { validateSpec } from '../spec/validate';
import type { SpecEdit } from './spec-edits';
import { applySpecEdit } from './spec-edits';

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
}

export interface AppState {
  spec: ExperimentSpec;
  specIssues: SpecIssue[];
  backendChoice: BackendChoice;
  backend: BackendReport | null;
  run: RunState;
  edit(edit: SpecEdit): void;
  setBackendChoice(choice: BackendChoice): void;
  train(): void;
  stop(): void;
}

export const isRunActive = (status: RunStatus) =>
  status === 'starting' || status === 'training' || status === 'stopping';

const idleRun = (spec: ExperimentSpec): RunState => ({
  id: 0,
  status: 'idle',
  spec,
  info: null,
  history: [],
  progress: null,
  message: null,
  elapsedMs: null,
  leakedTensors: null,
});

export interface AppStoreOptions {
  engine: TrainingEngine;
  backendChoice?: BackendChoice;
  spec?: ExperimentSpec;
}

export function createAppStore({
  engine,
  backendChoice = 'auto',
  spec = DEFAULT_SPEC,
}: AppStoreOptions) {
  const store = createStore<AppState>()((set, get) => ({
    spec,
    specIssues: issuesOf(spec),
    backendChoice,
    backend: null,
    run: idleRun(spec),

    edit(edit) {
      if (isRunActive(get().run.status)) return;
      const next = applySpecEdit(get().spec, edit);
      set({ spec: next, specIssues: issuesOf(next) });
    },

    setBackendChoice(choice) {
      if (isRunActive(get().run.status)) return;
      set({ backendChoice: choice });
    },

    train() {
      const { spec: current, specIssues, run } = get();
      if (specIssues.length > 0 || isRunActive(run.status)) return;
      const id = run.id + 1;
      set({ run: { ...idleRun(current), id, status: 'starting' } });
      try {
        engine.start(id, current, get().backendChoice);
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
  }));

  const updateRun = (change: Partial<RunState>) =>
    store.setState((s) => ({ run: { ...s.run, ...change } }));

  engine.subscribe((event: EngineEvent) => {
    const { run } = store.getState();
    // A crash belongs to whatever is running; every other event names its run.
    if (event.type === 'crashed') {
      if (isRunActive(run.status))
        updateRun({ status: 'failed', message: event.message, progress: null });
      return;
    }
    if (event.runId !== run.id && !(event.type === 'failed' && event.runId === null)) return;
    switch (event.type) {
      case 'backend':
        store.setState({ backend: event.report });
        return;
      case 'started': {
        const { backend, params, trainSize, validationSize, batchesPerEpoch } = event;
        updateRun({
          status: run.status === 'stopping' ? 'stopping' : 'training',
          info: { backend, params, trainSize, validationSize, batchesPerEpoch },
        });
        return;
      }
      case 'progress':
        updateRun({ progress: { epoch: event.epoch, batch: event.batch } });
        return;
      case 'epoch':
        updateRun({ history: [...run.history, event.metrics], elapsedMs: event.elapsedMs });
        return;
      case 'finished':
        updateRun({
          status: event.stopped ? 'stopped' : 'completed',
          progress: null,
          elapsedMs: event.elapsedMs,
          leakedTensors: event.tensorsAfter - event.tensorsBefore,
        });
        return;
      case 'diverged':
        updateRun({ status: 'diverged', progress: null, message: event.message });
        return;
      case 'failed':
        // A reply to a message the worker could not read only matters while a run waits on it.
        if (event.runId === null && !isRunActive(run.status)) return;
        updateRun({ status: 'failed', progress: null, message: event.message });
        return;
    }
  });

  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;

function issuesOf(spec: ExperimentSpec): SpecIssue[] {
  const result = validateSpec(spec);
  return result.ok ? [] : result.issues;
}
