import { createStore } from 'zustand/vanilla';
import type { UnpackedMnist } from '../data/mnist-format';
import { MNIST_ASSET_PATH } from '../data/mnist-info';
import type { ConnectSampler } from '../engine/client/search-sampler-client';
import type { TrainingEngine } from '../engine/client/training-engine';
import type { BackendChoice } from '../engine/client/protocol';
import { DEFAULT_SPEC } from '../experiment/defaults';
import type { ExperimentSpec } from '../experiment/experiment';
import type { Problem } from '../experiment/problem';
import type { DataSlice } from './data-slice';
import { createDataSlice } from './data-slice';
import { createEventBatcher } from './event-batcher';
import type { HistorySlice } from './history-slice';
import { createHistorySlice, createSpecWriter } from './history-slice';
import { frameSchedule } from './frame-schedule';
import { isLocked } from './lock';
import type { RunSlice } from './run-slice';
import { createRunSlice } from './run-slice';
import type { RaceSlice } from './race-slice';
import { createRaceSlice } from './race-slice';
import type { SearchSlice } from './search-slice';
import { createSearchSlice } from './search-slice';
import type { SliceContext } from './slice';
import { problem } from '../experiment/problem';
import { createRunRecorder } from './run-recorder';
import { errorName } from './error-name';
import type { StudyStorage } from '../storage/study-storage';
import type { TabCoordination } from '../storage/tab-coordination';
import type { SavedSlice, StorageQuota } from './saved-slice';
import { createSavedSlice } from './saved-slice';
import type { ClassroomOptions, ClassroomSlice } from './classroom-slice';
import { createClassroomSlice, startPendingLesson } from './classroom-slice';
import type { ComparisonSlice } from './compare-slice';
import { createComparisonSlice } from './compare-slice';

/**
 * The app's state, composed of slices (zustand's slices pattern): the spec and its history, the
 * data the worker cannot make, the single run, the search, the strategy race and the saved studies. Each lives in its own file.
 */
export type AppState = HistorySlice &
  DataSlice &
  RunSlice &
  SearchSlice &
  RaceSlice &
  SavedSlice &
  ClassroomSlice &
  ComparisonSlice;

export interface AppStoreOptions {
  engine: TrainingEngine;
  backendChoice?: BackendChoice;
  spec?: ExperimentSpec;
  /** Fetches the MNIST asset; tests pass their own. */
  fetchMnist?: (onProgress: (fraction: number) => void) => Promise<UnpackedMnist>;
  /** Messages for the banner at start-up (a damaged link, an unknown backend). */
  notices?: Problem[];
  /** When to apply batched engine and search events; by default on a frame, 20 times a second. */
  schedule?: (flush: () => void) => void;
  /**
   * Where a search's sampler runs: the app passes a worker of its own (`connectWorker`), tests
   * and Node the sampler in-process (`connectInProcess`, kept out of the page's first chunk).
   */
  connectSampler: ConnectSampler;
  /** Where searches are kept (IndexedDB in the app); null keeps nothing, as tests mostly do. */
  storage?: StudyStorage | null;
  /** The browser's storage manager (usage, persistence); null where there is none. */
  quota?: StorageQuota | null;
  /** How tabs share the saved studies (Web Locks, BroadcastChannel); null for one tab alone. */
  tabs?: TabCoordination | null;
  /** Presenter mode and hidden controls from a class link. */
  classroom?: ClassroomOptions;
}

/** The MNIST loader (and unpacker) is loaded with the digits, not with the page. */
const defaultFetchMnist = async (onProgress: (fraction: number) => void) => {
  const { loadMnistAsset } = await import('./load-mnist');
  return loadMnistAsset(`${import.meta.env.BASE_URL}${MNIST_ASSET_PATH}`, onProgress);
};

export function createAppStore({
  engine,
  backendChoice = 'auto',
  spec = DEFAULT_SPEC,
  fetchMnist = defaultFetchMnist,
  notices = [],
  schedule = frameSchedule(),
  connectSampler,
  storage = null,
  quota = null,
  tabs = null,
  classroom = {},
}: AppStoreOptions) {
  // Single runs and search trials share the engine, so their run ids come from one counter.
  let lastRunId = 0;
  const store = createStore<AppState>()((set, get, api) => {
    const writer = createSpecWriter(set, get);
    const ctx: SliceContext = {
      set,
      get,
      engine,
      batcher: createEventBatcher(get, set, schedule),
      nextRunId: () => ++lastRunId,
      isLocked: () => isLocked(get()),
      writeSpec: writer.write,
    };
    return {
      ...createHistorySlice(ctx, writer, { spec, notices }),
      ...createDataSlice(ctx, spec, fetchMnist),
      ...createRunSlice(ctx, backendChoice, spec),
      ...createSearchSlice(ctx, connectSampler, storage, tabs),
      ...createRaceSlice(ctx, connectSampler, storage, tabs),
      ...createSavedSlice(ctx, storage, quota),
      ...createClassroomSlice(ctx, classroom),
      ...createComparisonSlice(ctx, api.subscribe),
    };
  });
  // A lesson opened while a run trained starts once that run has stopped.
  store.subscribe(startPendingLesson);
  // A link opened while something trained opens once the builder unlocks.
  store.subscribe((state, previous) => {
    if (state.pendingLink && isLocked(previous) && !isLocked(state))
      state.openLink(state.pendingLink.spec, state.pendingLink.problems);
  });
  // Every training run is kept as it goes, where there is storage.
  if (storage) {
    const runs = createRunRecorder({
      storage,
      onStatusWritten: () => {
        if (store.getState().saved.status === 'ready') void store.getState().refreshSaved('runs');
      },
      onStarted: (runId, id) =>
        store.setState((state) => ({ saved: { ...state.saved, currentRun: { runId, id } } })),
      onError: (error) =>
        store.setState((state) => ({
          notices: [
            ...state.notices,
            problem('storage-write-failed', '', { reason: errorName(error) }),
          ],
        })),
    });
    store.subscribe((state, previous) => {
      if (state.run !== previous.run) runs.record(state.run, state.backendChoice);
    });
  }
  if (spec.dataset.name === 'mnist') void store.getState().loadMnist();
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
