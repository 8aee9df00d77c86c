import type { LessonAction, LessonId } from '../experiment/lessons/lesson-presets';
import { lessonPreset } from '../experiment/lessons/lesson-presets';
import type { AppState } from './app-store';
import { isLocked } from './lock';
import { isRaceActive } from './race-state';
import { isRunActive } from './run-events';
import { isSearchActive } from './search-state';
import type { SliceContext } from './slice';

/** The app's views: the run (data → model → train → results), the search, and what is saved. */
export const APP_VIEWS = ['run', 'search', 'history'] as const;
export type AppView = (typeof APP_VIEWS)[number];

/** A search or race the user started: a lesson does not stop it on its own. */
export type LessonBlock = 'search-running' | null;

/** What a lesson started, so the next lesson may stop it. */
type LessonWork = LessonAction['kind'] | null;

/** The classroom: which view is shown, the open lesson, presenter mode and hidden controls. */
export interface ClassroomSlice {
  view: AppView;
  lesson: LessonId | null;
  /** The lesson starts once what was training has stopped. */
  lessonPending: boolean;
  lessonBlock: LessonBlock;
  /** What the last started lesson set training. */
  lessonWork: LessonWork;
  /** Counts lesson starts, so a figure that trains nothing (the optimiser paths) replays. */
  lessonStarts: number;
  presenting: boolean;
  /** Controls a class link hid (`?hide=`); the app has no way to show them again. */
  hiddenControls: readonly string[];
  setView(view: AppView): void;
  /** Opens the lesson's text; with `start`, also puts in its experiment and runs it. */
  openLesson(id: LessonId, start: boolean): void;
  /**
   * Puts in the open lesson's experiment and runs it. A run, a comparison, or a search or race an
   * earlier lesson started is stopped first; a search or race the user started is not.
   */
  startLesson(): void;
  closeLesson(): void;
  setPresenting(presenting: boolean): void;
}

export interface ClassroomOptions {
  presenting?: boolean;
  hiddenControls?: readonly string[];
}

export function createClassroomSlice(ctx: SliceContext, options: ClassroomOptions): ClassroomSlice {
  const { set, get } = ctx;

  /** The open lesson's experiment, in the builder and running. */
  const begin = (id: LessonId) => {
    const preset = lessonPreset(id);
    const state = get();
    state.replaceSpec(preset.spec);
    state.loadDataFor(preset.spec);
    state.setEpochMs(preset.epochMs);
    const { action } = preset;
    set((s) => ({
      view: preset.view,
      lessonPending: false,
      lessonBlock: null,
      lessonWork: action.kind,
      lessonStarts: s.lessonStarts + 1,
    }));
    switch (action.kind) {
      case 'train':
        return get().train();
      case 'compare':
        return get().startComparison(action.variants);
      case 'search':
        return get().startSearch();
      case 'race':
        return get().startRace();
      case 'optimizer-paths':
        return;
    }
  };

  /** Stops what trains so a lesson can start; false when that is the user's own search or race. */
  const stopForLesson = (): boolean => {
    const state = get();
    const searching = isSearchActive(state.search.status);
    const racing = isRaceActive(state.race.status);
    if (searching && state.lessonWork !== 'search') return false;
    if (racing && state.lessonWork !== 'race') return false;
    if (searching) state.stopSearch();
    if (racing) state.stopRace();
    if (state.compare.status === 'running') state.stopComparison();
    if (isRunActive(state.run.status)) state.stop();
    return true;
  };

  return {
    view: 'run',
    lesson: null,
    lessonPending: false,
    lessonBlock: null,
    lessonWork: null,
    lessonStarts: 0,
    presenting: options.presenting ?? false,
    hiddenControls: options.hiddenControls ?? [],

    setView(view) {
      set({ view });
    },

    openLesson(id, start) {
      set({ lesson: id, lessonPending: false, lessonBlock: null, view: lessonPreset(id).view });
      if (start) get().startLesson();
    },

    startLesson() {
      const { lesson } = get();
      if (!lesson) return;
      if (!isLocked(get())) return begin(lesson);
      if (!stopForLesson()) {
        set({ lessonBlock: 'search-running', lessonPending: false });
        return;
      }
      // What was stopped ends within a batch; the store's subscription begins the lesson then.
      set({ lessonPending: true, lessonBlock: null });
    },

    closeLesson() {
      set({ lesson: null, lessonPending: false, lessonBlock: null });
    },

    setPresenting(presenting) {
      set({ presenting });
    },
  };
}

/** Begins a pending lesson once what it waited for has stopped. */
export function startPendingLesson(state: AppState, previous: AppState): void {
  if (state.lessonPending && state.lesson && isLocked(previous) && !isLocked(state))
    state.startLesson();
}
