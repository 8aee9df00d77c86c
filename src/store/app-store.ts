import { createStore } from 'zustand/vanilla';
import type { DatasetName } from '../data/catalog';
import type { UnpackedMnist } from '../data/mnist-format';
import { MNIST_ASSET_PATH, mnistToDataset } from '../data/mnist-format';
import type { Dataset } from '../data/types';
import type { EngineEvent, TrainingEngine } from '../engine/client/pool';
import { externalDataKey } from '../engine/client/external-data';
import type { BackendChoice, BackendReport } from '../engine/client/protocol';
import { fitOutputToTask, switchDataset } from '../experiment/adapt';
import { DEFAULT_SPEC } from '../experiment/defaults';
import type { CsvSource, ExperimentSpec } from '../experiment/experiment';
import type { LayerEdit } from '../experiment/model-edits';
import type { Problem } from '../experiment/problem';
import { problem } from '../experiment/problem';
import { applyLayerEdit } from '../experiment/model-edits';
import type { SpecIssue } from '../experiment/validate';
import { applyParams, remapSearchTargets, searchIssues } from '../experiment/search-targets';
import { validateSpec } from '../experiment/validate';
import type { CsvChoices, CsvState } from './csv-state';
import { csvSource, loadCsv, rechoose } from './csv-state';
import { loadMnistAsset } from './load-mnist';
import type { RunState } from './run-events';
import { applyEngineEvent, idleRun, isRunActive } from './run-events';
import type { SearchScheduler } from './search-scheduler';
import { createSearchScheduler } from './search-scheduler';
import type { SearchState } from './search-state';
import { idleSearch, isSearchActive } from './search-state';
import type { SpecEdit } from './spec-edits';
import { applySpecEdit } from './spec-edits';

export type MnistState =
  | { status: 'idle' }
  | { status: 'loading'; progress: number }
  | { status: 'ready'; images: UnpackedMnist; dataset: Dataset }
  | { status: 'failed'; message: string };

export interface AppState {
  spec: ExperimentSpec;
  specIssues: SpecIssue[];
  /** What keeps the spec's search from running (not the spec's own issues: those block a run too). */
  searchProblems: SpecIssue[];
  backendChoice: BackendChoice;
  backend: BackendReport | null;
  run: RunState;
  mnist: MnistState;
  csv: CsvState;
  /** The CSV the experiment was made with (from a link or a saved spec), until a file is uploaded. */
  expectedCsv: CsvSource | null;
  /** A stable id per layer (not part of the spec), so cards keep their identity when moved. */
  layerIds: string[];
  /** Earlier states, newest last, for undo; and undone states for redo. */
  past: HistoryEntry[];
  future: HistoryEntry[];
  edit(edit: SpecEdit): void;
  editLayers(edit: LayerEdit): void;
  undo(): void;
  redo(): void;
  /** Replaces the whole spec (an opened link or file); undoable like any edit. */
  replaceSpec(spec: ExperimentSpec): void;
  /** What went wrong opening a link (or the address), shown in a banner until dismissed. */
  notices: Problem[];
  openLink(spec: ExperimentSpec, problems: Problem[]): void;
  dismissNotices(): void;
  selectDataset(name: DatasetName): void;
  loadMnist(): Promise<void>;
  uploadCsv(fileName: string, text: string, byteSize: number): void;
  chooseCsv(change: Partial<CsvChoices>): void;
  setBackendChoice(choice: BackendChoice): void;
  train(): void;
  stop(): void;
  pause(): void;
  resume(): void;
  search: SearchState;
  /** Runs the spec's search on the worker pool; the builder is locked until it ends. */
  startSearch(): void;
  pauseSearch(): void;
  resumeSearch(): void;
  stopSearch(): void;
  /** Writes a trial's parameter values into the builder (one undoable edit). */
  applyTrial(number: number): void;
}

export interface HistoryEntry {
  spec: ExperimentSpec;
  layerIds: string[];
}

export interface AppStoreOptions {
  engine: TrainingEngine;
  backendChoice?: BackendChoice;
  spec?: ExperimentSpec;
  /** Fetches the MNIST asset; tests pass their own. */
  fetchMnist?: (onProgress: (fraction: number) => void) => Promise<UnpackedMnist>;
  /** Messages for the banner at start-up (a damaged link, an unknown backend). */
  notices?: Problem[];
  /** When to apply buffered epoch events; the default batches them every 50 ms. */
  schedule?: (flush: () => void) => void;
}

const defaultFetchMnist = (onProgress: (fraction: number) => void) =>
  loadMnistAsset(`${import.meta.env.BASE_URL}${MNIST_ASSET_PATH}`, onProgress);

export function createAppStore({
  engine,
  backendChoice = 'auto',
  spec = DEFAULT_SPEC,
  fetchMnist = defaultFetchMnist,
  notices = [],
  schedule = (flush) => setTimeout(flush, 50),
}: AppStoreOptions) {
  // Keystrokes in one field within a second make one undo step, not one per character.
  let lastEditKey: string | null = null;
  let lastEditAt = 0;
  let idCounter = 0;
  // Single runs and search trials share the engine, so their run ids come from one counter.
  let lastRunId = 0;
  let scheduler: SearchScheduler | null = null;
  const freshIds = (count: number) => Array.from({ length: count }, () => `l${++idCounter}`);
  const store = createStore<AppState>()((set, get) => {
    const setSpec = (next: ExperimentSpec, editKey: string | null = null, nextIds?: string[]) => {
      const { spec: previous, layerIds, past } = get();
      if (JSON.stringify(previous) === JSON.stringify(next)) return;
      const now = Date.now();
      const coalesce =
        editKey !== null && editKey === lastEditKey && now - lastEditAt < HISTORY_COALESCE_MS;
      lastEditKey = editKey;
      lastEditAt = now;
      // Edits that know where each layer went pass ids; anything else keeps them while the count holds.
      const ids =
        nextIds ??
        (next.model.layers.length === layerIds.length
          ? layerIds
          : freshIds(next.model.layers.length));
      set({
        spec: next,
        specIssues: issuesOf(next),
        searchProblems: searchIssues(next),
        layerIds: ids,
        past: coalesce ? past : [...past, { spec: previous, layerIds }].slice(-HISTORY_LIMIT),
        future: [],
      });
    };
    const locked = () => isLocked(get());
    const travel = (from: 'past' | 'future') => {
      const state = get();
      const target = state[from].at(-1);
      if (!target || locked()) return;
      lastEditKey = null;
      const to = from === 'past' ? 'future' : 'past';
      set({
        spec: target.spec,
        layerIds: target.layerIds,
        specIssues: issuesOf(target.spec),
        searchProblems: searchIssues(target.spec),
        [from]: state[from].slice(0, -1),
        [to]: [...state[to], { spec: state.spec, layerIds: state.layerIds }],
      } as Partial<AppState>);
    };
    /** Puts a usable CSV into the spec, or leaves the spec waiting for one. */
    const syncCsvSpec = (csv: CsvState) => {
      const source = csvSource(csv);
      const current = get().spec;
      setSpec(
        current.dataset.name === 'csv'
          ? fitOutputToTask({ ...current, dataset: { ...current.dataset, csv: source } })
          : switchDataset(current, 'csv', source),
      );
    };

    return {
      spec,
      specIssues: issuesOf(spec),
      searchProblems: searchIssues(spec),
      backendChoice,
      backend: null,
      run: idleRun(spec),
      mnist: { status: 'idle' },
      csv: { status: 'none' },
      expectedCsv: spec.dataset.csv,

      layerIds: freshIds(spec.model.layers.length),
      notices,

      openLink(next, problems) {
        get().replaceSpec(next);
        set({ notices: problems });
      },

      dismissNotices: () => set({ notices: [] }),
      past: [],
      future: [],

      edit(edit) {
        if (!locked()) setSpec(applySpecEdit(get().spec, edit), editKeyOf(edit));
      },

      editLayers(edit) {
        if (locked()) return;
        const { spec: current, layerIds } = get();
        const layers = applyLayerEdit(current.model.layers, edit);
        const ids = followIds(layerIds, edit, () => freshIds(1)[0] as string);
        const params = remapSearchTargets(current.search.params, (old) =>
          ids.indexOf(layerIds[old] ?? ''),
        );
        setSpec(
          {
            ...current,
            model: { ...current.model, layers },
            search: { ...current.search, params },
          },
          layerEditKey(current, edit, layerIds),
          ids.length === layers.length ? ids : freshIds(layers.length),
        );
      },

      undo: () => travel('past'),
      redo: () => travel('future'),

      replaceSpec(next) {
        if (locked()) return;
        setSpec(next);
        set({ expectedCsv: next.dataset.csv });
        if (next.dataset.name === 'mnist') void get().loadMnist();
      },

      selectDataset(name) {
        if (locked() || get().spec.dataset.name === name) return;
        const { csv } = get();
        setSpec(switchDataset(get().spec, name, name === 'csv' ? csvSource(csv) : null));
        if (name === 'mnist') void get().loadMnist();
      },

      async loadMnist() {
        const status = get().mnist.status;
        if (status === 'loading' || status === 'ready') return;
        set({ mnist: { status: 'loading', progress: 0 } });
        try {
          const images = await fetchMnist((progress) =>
            set({ mnist: { status: 'loading', progress } }),
          );
          set({ mnist: { status: 'ready', images, dataset: mnistToDataset(images) } });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          set({ mnist: { status: 'failed', message } });
        }
      },

      uploadCsv(fileName, text, byteSize) {
        if (locked()) return;
        const csv = loadCsv(fileName, text, byteSize, get().expectedCsv);
        set({ csv });
        syncCsvSpec(csv);
      },

      chooseCsv(change) {
        const current = get().csv;
        if (locked() || current.status !== 'loaded') return;
        const csv = rechoose(current, change);
        set({ csv });
        syncCsvSpec(csv);
      },

      setBackendChoice(choice) {
        if (!locked()) set({ backendChoice: choice });
      },

      train() {
        const { spec: current, specIssues, run } = get();
        if (specIssues.length > 0 || isRunActive(run.status)) return;
        if (isSearchActive(get().search.status)) return;
        const id = ++lastRunId;
        const key = externalDataKey(current);
        const external = key ? externalDataset(key) : null;
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

      search: idleSearch(),

      startSearch() {
        const { spec: current, specIssues, searchProblems, run, search, backendChoice } = get();
        if (isRunActive(run.status) || isSearchActive(search.status)) return;
        const blocker: Problem | null = specIssues[0]
          ? problem('experiment-has-problems', '', {}, specIssues[0])
          : current.search.params.length === 0
            ? problem('search-space-empty', 'search.params', {})
            : (searchProblems[0] ?? null);
        const key = externalDataKey(current);
        const external = key ? externalDataset(key) : null;
        const failed = (message: string | null, why: Problem | null = null) =>
          set({ search: { ...idleSearch(), status: 'finished', message, problem: why } });
        if (blocker) return failed(null, blocker);
        if (key && !external) return failed('The data is not loaded yet.');
        if (key && external) engine.provideData(key, external);
        // The search's parallel trials are the pool's workers (GPU backends still use one).
        engine.setSize(current.search.concurrency);
        scheduler = createSearchScheduler({
          engine,
          spec: current,
          backend: backendChoice,
          nextRunId: () => ++lastRunId,
          onChange: (next) => {
            pendingSearch = next;
            if (next.status === 'finished' || next.status !== get().search.status) flushSearch();
            else if (!searchFlushScheduled) {
              searchFlushScheduled = true;
              schedule(flushSearch);
            }
          },
        });
        try {
          scheduler.start();
        } catch (error) {
          scheduler = null;
          failed(
            `The search could not start: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      },

      pauseSearch: () => scheduler?.pause(),
      resumeSearch: () => scheduler?.resume(),
      stopSearch: () => scheduler?.stop(),

      applyTrial(number) {
        const trial = get().search.trials.find((t) => t.number === number);
        if (!trial || locked()) return;
        setSpec(applyParams(get().spec, trial.params));
      },
    };
  });

  // Search progress is batched like epoch events: one store update per tick at most.
  let pendingSearch: SearchState | null = null;
  let searchFlushScheduled = false;
  function flushSearch(): void {
    searchFlushScheduled = false;
    if (pendingSearch) store.setState({ search: pendingSearch });
    pendingSearch = null;
  }

  const externalDataset = (key: string) => externalDatasetOf(store.getState(), key);

  // Epoch and progress events can arrive hundreds of times a second on a fast backend: they are
  // buffered and applied together, so the charts redraw at most every `schedule` tick.
  let pending: EngineEvent[] = [];
  let flushScheduled = false;
  const flush = () => {
    flushScheduled = false;
    if (pending.length === 0) return;
    const events = pending;
    pending = [];
    let { run, backend } = store.getState();
    for (const event of events) {
      const change = applyEngineEvent(run, event);
      run = change.run ?? run;
      backend = change.backend ?? backend;
    }
    store.setState({ run, backend });
  };
  engine.subscribe((event) => {
    pending.push(event);
    if (event.type !== 'epoch' && event.type !== 'progress' && event.type !== 'predictions')
      flush();
    else if (!flushScheduled) {
      flushScheduled = true;
      schedule(flush);
    }
  });

  if (spec.dataset.name === 'mnist') void store.getState().loadMnist();
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The loaded data behind an external-data key (MNIST, an uploaded CSV), or null until it is. */
export function externalDatasetOf(
  { mnist, csv }: Pick<AppState, 'mnist' | 'csv'>,
  key: string,
): Dataset | null {
  if (key === 'mnist') return mnist.status === 'ready' ? mnist.dataset : null;
  return csv.status === 'loaded' && csv.result.ok ? csv.result.dataset : null;
}

/** True while a run or a search is training: the spec cannot change under it. */
export const isLocked = (state: Pick<AppState, 'run' | 'search'>): boolean =>
  isRunActive(state.run.status) || isSearchActive(state.search.status);

const HISTORY_LIMIT = 100;
const HISTORY_COALESCE_MS = 1000;

/** Typing into one number field of one layer is one undo step; anything else is a step of its own. */
function layerEditKey(spec: ExperimentSpec, edit: LayerEdit, ids: string[]): string | null {
  if (edit.type !== 'update') return null;
  const before = spec.model.layers[edit.index] as Record<string, unknown> | undefined;
  const after = edit.layer as Record<string, unknown>;
  const changed = Object.keys(after).find(
    (key) => JSON.stringify(after[key]) !== JSON.stringify(before?.[key]),
  );
  return changed && typeof after[changed] === 'number'
    ? `layer.${ids[edit.index]}.${changed}`
    : null;
}

/** Where each card's id goes under a layer edit, so a moved layer keeps its card. */
function followIds(ids: readonly string[], edit: LayerEdit, fresh: () => string): string[] {
  const next = [...ids];
  const inside = (index: number) => Number.isInteger(index) && index >= 0 && index < ids.length;
  switch (edit.type) {
    case 'insert':
      next.splice(Math.max(0, Math.min(ids.length, Math.trunc(edit.index))), 0, fresh());
      break;
    case 'move':
      if (inside(edit.from) && inside(edit.to))
        next.splice(edit.to, 0, ...next.splice(edit.from, 1));
      break;
    case 'remove':
      if (inside(edit.index)) next.splice(edit.index, 1);
      break;
    case 'duplicate':
      if (inside(edit.index)) next.splice(edit.index + 1, 0, fresh());
      break;
    case 'update':
      break;
  }
  return next;
}

function editKeyOf(edit: SpecEdit): string | null {
  switch (edit.type) {
    case 'setDatasetNumber':
      return `dataset.${edit.field}`;
    case 'setTrainingNumber':
      return `training.${edit.field}`;
    case 'setSchedule':
    case 'setEarlyStopping':
    case 'setSearch': {
      // Typing into one number field is one undo step; switches and menus are steps of their own.
      const fields = Object.entries(edit.change);
      const [field, value] = fields[0] ?? [];
      return fields.length === 1 && typeof value === 'number' ? `${edit.type}.${field}` : null;
    }
    default:
      return null;
  }
}

function issuesOf(spec: ExperimentSpec): SpecIssue[] {
  const result = validateSpec(spec);
  return result.ok ? [] : result.issues;
}
