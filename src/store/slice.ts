import type { TrainingEngine } from '../engine/client/training-engine';
import type { ExperimentSpec } from '../experiment/experiment';
import type { AppState } from './app-store';
import type { EventBatcher } from './event-batcher';

/** What every slice is given: the store's own set/get, and the services the composition owns. */
export interface SliceContext {
  set: (patch: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;
  get: () => AppState;
  engine: TrainingEngine;
  /** The one batcher for engine and search events. */
  batcher: EventBatcher<AppState>;
  /** Single runs and search trials share the engine, so their run ids come from one counter. */
  nextRunId(): number;
  /** True while a run or a search is training: the spec cannot change under it. */
  isLocked(): boolean;
  /**
   * Writes a new spec (validated, with its derived data) as one undo step; `editKey` merges a
   * burst of keystrokes in one field into one step, `layerIds` say where each card went.
   */
  writeSpec(next: ExperimentSpec, editKey?: string | null, layerIds?: string[]): void;
}
