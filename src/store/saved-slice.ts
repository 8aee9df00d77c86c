import type { DatasetName } from '../data/catalog';
import type { ExportedArtifacts } from '../engine/client/model-json';
import type { ExperimentSpec, OptimizerName } from '../experiment/experiment';
import type { Problem } from '../experiment/problem';
import { problem } from '../experiment/problem';
import { restoreSpec } from '../experiment/restore';
import type { ObjectiveMetric, SearchStrategy } from '../experiment/search-schema';
import type { StoredModel, StoredRun, StoredStudy } from '../storage/records';
import type { LoadedStudy, StudyStorage } from '../storage/study-storage';
import type { SliceContext } from './slice';
import type { Message } from '../lib/message';
import { idleRun } from './run-events';
import { errorName } from './error-name';

/** A saved study as the list shows it, without its trials. */
export interface SavedSummary {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  status: StoredStudy['status'];
  endReason: StoredStudy['endReason'];
  trialCount: number;
  best: StoredStudy['best'];
  dataset: DatasetName;
  layers: number;
  strategy: SearchStrategy;
  objective: ObjectiveMetric;
  /** The strategy race it ran in; null for a search of its own. */
  raceId: string | null;
}

/** A saved training run as the list shows it, curves included (to overlay them). */
export interface SavedRun {
  id: string;
  name: string;
  createdAt: number;
  status: StoredRun['status'];
  /** Why it failed or diverged, in words the UI looks up. */
  message: Message | null;
  history: StoredRun['history'];
  durationMs: number | null;
  params: number | null;
  ranOn: StoredRun['ranOn'];
  dataset: DatasetName;
  layers: number;
  /** The epochs it was set to train (its curves may end sooner). */
  epochs: number;
  /** Its trained model is kept too (see keepModel). */
  modelKept: boolean;
  optimizer: OptimizerName;
  learningRate: number;
}

/** The browser's answer about the site's storage: how much is used, and whether it is kept. */
export interface StorageQuota {
  estimate(): Promise<{ usage: number; quota: number } | null>;
  /** Asks once to keep the site's data when space runs low; resolves with the answer. */
  persist(): Promise<boolean>;
}

export interface SavedState {
  status: 'idle' | 'loading' | 'ready' | 'unavailable';
  studies: SavedSummary[];
  /** Saved studies and runs that could not be read, left out of the lists. */
  skippedStudies: number;
  skippedRuns: number;
  usage: { usage: number; quota: number } | null;
  /** Whether the browser keeps the data when space runs low; null until asked. */
  persisted: boolean | null;
  runs: SavedRun[];
  /** The study or run deleted last, kept in memory so that Undo can write it back. */
  deleted: { study: LoadedStudy } | { run: StoredRun; model: StoredModel | null } | null;
  /** Why the last import or action failed. */
  problem: Problem | null;
  /** The study the search view shows (and may still be writing). */
  shownId: string | null;
  /** The run the page trains or trained last, and the id it is kept under. */
  currentRun: { runId: number; id: string } | null;
}

export interface SavedSlice {
  saved: SavedState;
  refreshSaved(only?: 'studies' | 'runs'): Promise<void>;
  renameSaved(id: string, name: string): Promise<void>;
  deleteSaved(id: string): Promise<void>;
  undoDeleteSaved(): Promise<void>;
  renameRun(id: string, name: string): Promise<void>;
  /**
   * Shows a saved run in the results as it ended (curves, metrics, predictions) and puts its
   * experiment in the builder, as one undoable edit.
   */
  openSavedRun(id: string): Promise<void>;
  /**
   * Frees space: the runs after the newest `keep` lose their curves but their last epoch (so
   * their final loss still shows), and their kept models.
   */
  trimOldRuns(keep: number): Promise<void>;
  /** Keeps the trained model of the run shown (once it has ended) with its saved run. */
  keepModel(): Promise<void>;
  /** A kept model, to download as TensorFlow.js files. */
  savedModel(id: string): Promise<ExportedArtifacts | null>;
  deleteRun(id: string): Promise<void>;
  deleteAllSaved(): Promise<void>;
  /** A study as a file: JSON (base spec and every trial) or CSV (Optuna's trials_dataframe). */
  exportSaved(id: string, kind: 'json' | 'csv'): Promise<{ name: string; text: string } | null>;
  /** Reads an exported study and keeps it; a damaged file is refused with the reason. */
  importSaved(text: string): Promise<boolean>;
}

const idle: SavedState = {
  status: 'idle',
  studies: [],
  runs: [],
  skippedStudies: 0,
  skippedRuns: 0,
  usage: null,
  persisted: null,
  deleted: null,
  problem: null,
  shownId: null,
  currentRun: null,
};

/** The studies kept in the browser: listed, renamed, deleted (undoably), exported, imported. */
export function createSavedSlice(
  ctx: SliceContext,
  storage: StudyStorage | null,
  quota: StorageQuota | null,
): SavedSlice {
  const { set, get } = ctx;
  const patch = (change: Partial<SavedState>) => set({ saved: { ...get().saved, ...change } });

  /**
   * Lists what is saved again: both lists, or only the one a write changed (a search's trial
   * changing state should not read every run's curves back).
   */
  async function refresh(only?: 'studies' | 'runs'): Promise<void> {
    if (!storage || !(await storage.ready())) return patch({ status: 'unavailable' });
    if (get().saved.status === 'idle') patch({ status: 'loading' });
    const [studies, runs, usage] = await Promise.all([
      only === 'runs' ? null : storage.listStudies(),
      only === 'studies' ? null : storage.listRuns(),
      quota?.estimate() ?? null,
    ]);
    const saved = get().saved;
    // The browser is asked to keep the data once there is some to keep.
    const persisted =
      saved.persisted ??
      (studies && studies.studies.length > 0 && quota ? await quota.persist() : null);
    patch({
      status: 'ready',
      ...(studies && {
        studies: studies.studies.flatMap((study) => summary(study) ?? []),
        skippedStudies: studies.skipped,
      }),
      ...(runs && {
        runs: runs.runs.flatMap((run) => runSummary(run, runs.withModel.includes(run.id)) ?? []),
        skippedRuns: runs.skipped,
      }),
      usage,
      persisted,
    });
  }

  /** Runs a storage action and lists again; a failure is shown where the list is. */
  async function act(action: (storage: StudyStorage) => Promise<void>): Promise<void> {
    if (!storage) return;
    try {
      await action(storage);
      patch({ problem: null });
    } catch (error) {
      patch({ problem: problem('storage-write-failed', '', { reason: errorName(error) }) });
    }
    await refresh();
  }

  return {
    saved: idle,
    refreshSaved: refresh,
    renameSaved: (id, name) => act((s) => s.renameStudy(id, name.trim())),

    deleteSaved: (id) =>
      act(async (s) => {
        const loaded = await s.loadStudy(id);
        await s.deleteStudy(id);
        patch({ deleted: loaded ? { study: loaded } : null });
      }),

    undoDeleteSaved: () =>
      act(async (s) => {
        const deleted = get().saved.deleted;
        if (!deleted) return;
        if ('run' in deleted) {
          await s.saveRun(deleted.run, 'strict');
          if (deleted.model) await s.keepModel(deleted.model);
        } else await s.saveStudy(deleted.study.study, deleted.study.trials, 'strict');
        patch({ deleted: null });
      }),

    renameRun: (id, name) => act((s) => s.renameRun(id, name.trim())),

    async openSavedRun(id) {
      if (!storage || ctx.isLocked()) return;
      const run = (await storage.listRuns()).runs.find((r) => r.id === id);
      const restored = run ? restoreSpec(run.spec) : null;
      if (!run || !restored || restored.problems.length > 0 || ctx.isLocked()) return;
      ctx.writeSpec(restored.spec);
      const runId = ctx.nextRunId();
      set({
        run: {
          ...idleRun(restored.spec),
          id: runId,
          // A run the page was training when it closed ended there: stopped.
          status: run.status === 'running' ? 'stopped' : run.status,
          info: run.info,
          history: run.history,
          predictions: Object.fromEntries(run.predictions.map((p) => [p.kind, p])),
          finishReason: run.finishReason,
          bestEpoch: run.bestEpoch,
          restoredBest: run.restoredBest,
          message: run.message,
          elapsedMs: run.durationMs,
          test: run.test,
        },
        saved: { ...get().saved, currentRun: { runId, id } },
      });
    },

    trimOldRuns: (keep) =>
      act(async (s) => {
        const { runs } = await s.listRuns();
        for (const run of runs.slice(keep)) {
          if (run.history.length <= 1 && !(await s.loadModel(run.id))) continue;
          await s.deleteRun(run.id);
          await s.saveRun({ ...run, history: run.history.slice(-1) }, 'strict');
        }
        patch({ deleted: null });
      }),

    keepModel: () =>
      act(async (s) => {
        const { run, saved } = get();
        if (!run.model || saved.currentRun?.runId !== run.id) return;
        await s.keepModel({ runId: saved.currentRun.id, ...run.model });
      }),

    async savedModel(id) {
      const model = await storage?.loadModel(id);
      return model
        ? { topology: model.topology, weightSpecs: model.weightSpecs, weights: model.weights }
        : null;
    },

    deleteRun: (id) =>
      act(async (s) => {
        const run = (await s.listRuns()).runs.find((r) => r.id === id);
        const model = await s.loadModel(id);
        await s.deleteRun(id);
        patch({ deleted: run ? { run, model } : null });
      }),

    deleteAllSaved: () =>
      act(async (s) => {
        await s.deleteAll();
        patch({ deleted: null });
      }),

    async exportSaved(id, kind) {
      const loaded = await storage?.loadStudy(id);
      if (!loaded) return null;
      const base = fileBase(loaded.study);
      // The file formats (papaparse among them) load when a file is made or read.
      const { studyToJson, trialsToCsv } = await import('../storage/study-file');
      return kind === 'json'
        ? { name: `${base}.json`, text: studyToJson(loaded) }
        : { name: `${base}-trials.csv`, text: trialsToCsv(loaded) };
    },

    async importSaved(text) {
      if (!storage) return false;
      const id = `study-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
      const { parseStudyFile } = await import('../storage/study-file');
      const parsed = parseStudyFile(text, id);
      if (!parsed.ok) {
        patch({ problem: parsed.problem });
        return false;
      }
      const { study, trials } = parsed.study;
      // An imported study is finished: its trials are what the file holds.
      const status = study.status === 'finished' ? study.status : 'paused';
      await act((s) => s.saveStudy({ ...study, status, updatedAt: Date.now() }, trials, 'strict'));
      return get().saved.problem === null;
    },
  };
}

/** What the list shows of a study; null when its spec cannot be read. */
function summary(study: StoredStudy): SavedSummary | null {
  const restored = restoreSpec(study.spec);
  if (restored.problems.length > 0) return null;
  const spec: ExperimentSpec = restored.spec;
  return {
    id: study.id,
    name: study.name,
    createdAt: study.createdAt,
    updatedAt: study.updatedAt,
    status: study.status,
    endReason: study.endReason,
    trialCount: study.trialCount,
    best: study.best,
    dataset: spec.dataset.name,
    layers: spec.model.layers.length,
    strategy: spec.search.strategy,
    objective: spec.search.objective,
    raceId: study.raceId,
  };
}

/** What the list shows of a run; null when its spec cannot be read. */
function runSummary(run: StoredRun, modelKept: boolean): SavedRun | null {
  const restored = restoreSpec(run.spec);
  if (restored.problems.length > 0) return null;
  const { spec } = restored;
  return {
    id: run.id,
    name: run.name,
    createdAt: run.createdAt,
    status: run.status,
    message: run.message,
    history: run.history,
    durationMs: run.durationMs,
    params: run.params,
    ranOn: run.ranOn,
    dataset: spec.dataset.name,
    layers: spec.model.layers.length,
    epochs: spec.training.epochs,
    optimizer: spec.training.optimizer,
    learningRate: spec.training.learningRate,
    modelKept,
  };
}

/** A file name from the study's name or its date: letters, digits and dashes. */
function fileBase(study: StoredStudy): string {
  const name =
    study.name.trim() || `search-${new Date(study.createdAt).toISOString().slice(0, 16)}`;
  return `traintab-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** The browser's storage manager, where it has one. */
export function browserQuota(): StorageQuota | null {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.estimate || !manager.persist) return null;
  return {
    async estimate() {
      const { usage, quota } = await manager.estimate();
      return usage === undefined || quota === undefined ? null : { usage, quota };
    },
    persist: async () => (await manager.persisted()) || manager.persist(),
  };
}
