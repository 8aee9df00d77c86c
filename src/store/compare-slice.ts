import { errorMessage } from '../engine/client/engine-messages';
import { externalDataKey } from '../engine/client/external-data';
import type { EngineEvent } from '../engine/client/training-engine';
import type { ExperimentSpec } from '../experiment/experiment';
import { validateSpec } from '../experiment/validate';
import type { AppState } from './app-store';
import { externalDatasetOf } from './data-slice';
import type { RunState, RunStatus } from './run-events';
import { applyEngineEvent, idleRun, isRunActive } from './run-events';
import type { Message } from '../lib/message';
import type { SliceContext } from './slice';

export type ComparisonStatus = 'idle' | 'running' | 'finished' | 'stopped';

/**
 * Why a variant ended before the engine trained it, as a code the UI words:
 * - 'invalid-spec': its experiment has problems (`problems` lists them);
 * - 'data-missing': it needs an uploaded CSV that is not loaded;
 * - 'data-failed': the MNIST digits could not be loaded (`message` is the loader's);
 * - 'start-failed': the engine refused to start it (`message` is the error's).
 * A failure the engine reports (a crash, a diverged loss) leaves this null: `status` and
 * `message` say it.
 */
export type VariantFailure = 'invalid-spec' | 'data-missing' | 'data-failed' | 'start-failed';

/** What a side-by-side comparison is asked to train: a code the UI translates, and its experiment. */
export interface VariantRequest {
  key: string;
  spec: ExperimentSpec;
}

/**
 * One variant of a comparison: a run of its own on the engine (a RunState, so it carries its
 * epochs, info.params, elapsedMs, bestEpoch, finishReason, message and problems), its key, and
 * what only a comparison needs.
 */
export interface VariantState extends RunState {
  /** A code the UI translates ('too-small', 'relu', 'dropout'). */
  key: string;
  /** The engine's id of the variant's run (the same as `id`). */
  runId: number;
  /** Waiting for the MNIST digits to load before it is handed to the engine (status 'starting'). */
  waitingForData: boolean;
  /** The epoch whose loss was NaN or infinite, when the variant diverged. */
  divergedEpoch: number | null;
  failure: VariantFailure | null;
}

/** Several variants of one experiment trained side by side, for a lesson to compare. */
export interface ComparisonState {
  /** 0 when there is none (idle); each comparison started gets a new one (1, 2, …). */
  id: number;
  /**
   * 'running' until every variant has ended, then 'finished'; 'stopped' once stopped (its
   * variants may still be winding down: see `isComparisonActive`).
   */
  status: ComparisonStatus;
  variants: VariantState[];
}

export interface ComparisonSlice {
  compare: ComparisonState;
  /**
   * Trains every variant at once (the pool queues what does not fit its workers) and locks the
   * builder until all have ended. Refused while something else trains. A variant whose spec has
   * problems fails at once; variants on MNIST wait for the digits to load.
   */
  startComparison(variants: readonly VariantRequest[]): void;
  /** Stops every variant still training or waiting; what they trained is kept. */
  stopComparison(): void;
  /** Stops whatever still trains and forgets the comparison. */
  clearComparison(): void;
}

export const idleComparison = (): ComparisonState => ({ id: 0, status: 'idle', variants: [] });

/** Whether the comparison keeps the builder locked: running, or a stopped variant not yet ended. */
export const isComparisonActive = (compare: {
  status: ComparisonStatus;
  variants: readonly { status: RunStatus }[];
}): boolean => compare.status === 'running' || compare.variants.some((v) => isRunActive(v.status));

/** Events that arrive in bursts; anything else (a start, an end, a failure) is applied at once. */
const STREAMING: ReadonlySet<EngineEvent['type']> = new Set(['epoch', 'progress', 'predictions']);

/** A comparison whose variants have all ended is finished (or stays stopped). */
function settled(compare: ComparisonState): ComparisonState {
  if (compare.status !== 'running' || compare.variants.some((v) => isRunActive(v.status)))
    return compare;
  return { ...compare, status: 'finished' };
}

/** A variant's share of an engine event, as a pure function; null when it changes nothing. */
export function applyVariantEvent(variant: VariantState, event: EngineEvent): VariantState | null {
  const { run } = applyEngineEvent(variant, event);
  if (!run) return null;
  const divergedEpoch = event.type === 'diverged' ? event.epoch : variant.divergedEpoch;
  return { ...variant, ...run, divergedEpoch };
}

type Subscribe = (listener: (state: AppState, previous: AppState) => void) => () => void;

/**
 * The side-by-side comparison. `subscribe` is the store's: variants on MNIST wait for the digits
 * to load, which another part of the app (a lesson opening) may have started already.
 */
export function createComparisonSlice(ctx: SliceContext, subscribe: Subscribe): ComparisonSlice {
  const { set, get, engine } = ctx;
  let lastId = 0;
  /** Stops waiting for MNIST; set while some variant waits for it. */
  let unwatch: (() => void) | null = null;

  const stopWatching = () => {
    unwatch?.();
    unwatch = null;
  };

  /** Changes the variants of comparison `id`, if it is still the one shown, then settles it. */
  const update = (id: number, change: (variant: VariantState) => VariantState) => {
    const { compare } = get();
    if (compare.id !== id) return;
    set({ compare: settled({ ...compare, variants: compare.variants.map(change) }) });
  };

  engine.subscribe((event) => {
    // Single runs and search trials share the engine: only this comparison's variants count.
    const known = get().compare.variants.some(
      (v) => v.runId === event.runId && isRunActive(v.status),
    );
    if (!known) return;
    ctx.batcher.push((state: AppState) => {
      let changed = false;
      const variants = state.compare.variants.map((variant) => {
        const next = applyVariantEvent(variant, event);
        if (!next) return variant;
        changed = true;
        return next;
      });
      return changed ? { compare: settled({ ...state.compare, variants }) } : {};
    }, !STREAMING.has(event.type));
  });

  /**
   * Hands the variants to the engine, with the data they need. They are in the state before the
   * engine hears of them, so an event it sends at once finds them; a variant the engine refuses
   * fails with the reason.
   */
  function launch(id: number, runIds: ReadonlySet<number>): void {
    const variants = get().compare.variants.filter((v) => runIds.has(v.runId));
    const refused = new Map<number, Message>();
    const provided = new Set<string>();
    for (const variant of variants) {
      try {
        const key = externalDataKey(variant.spec);
        const data = key ? externalDatasetOf(get(), key) : null;
        if (key && data && !provided.has(key)) {
          engine.provideData(key, data);
          provided.add(key);
        }
        engine.start(variant.runId, variant.spec, get().backendChoice, {
          predictions: false,
          exportModel: false,
          cvFolds: 1,
          epochMs: get().epochMs,
        });
      } catch (error) {
        // E.g. a browser that cannot create module workers.
        refused.set(variant.runId, errorMessage(error));
      }
    }
    if (refused.size === 0) return;
    update(id, (v) => {
      const message = refused.get(v.runId);
      return message === undefined || !isRunActive(v.status)
        ? v
        : { ...v, status: 'failed', failure: 'start-failed', message, queuePosition: null };
    });
  }

  /** Starts the variants that waited for MNIST once it has loaded, or fails them if it failed. */
  function mnistSettled(id: number): void {
    stopWatching();
    const { compare, mnist } = get();
    if (compare.id !== id) return;
    const waited = new Set(
      compare.variants
        .filter((v) => v.waitingForData && v.status === 'starting')
        .map((v) => v.runId),
    );
    if (waited.size === 0) return;
    if (mnist.status === 'ready') {
      update(id, (v) => (waited.has(v.runId) ? { ...v, waitingForData: false } : v));
      launch(id, waited);
    } else {
      const message = mnist.status === 'failed' ? mnist.message : null;
      update(id, (v) =>
        waited.has(v.runId)
          ? { ...v, status: 'failed', failure: 'data-failed', message, waitingForData: false }
          : v,
      );
    }
  }

  /** Waits for the MNIST digits, loading them unless they are loading already. */
  function watchMnist(id: number): void {
    unwatch = subscribe((state) => {
      const status = state.mnist.status;
      // After this update has reached every listener, not in the middle of it.
      if (status === 'ready' || status === 'failed') queueMicrotask(() => mnistSettled(id));
    });
    if (get().mnist.status !== 'loading') void get().loadMnist();
  }

  /** Asks the engine to stop the variants it has; those waiting for data stop at once. */
  function stopAll(compare: ComparisonState): VariantState[] {
    stopWatching();
    const stopping: number[] = [];
    const variants = compare.variants.map((v): VariantState => {
      if (!isRunActive(v.status)) return v;
      if (v.waitingForData)
        return { ...v, status: 'stopped', finishReason: 'stopped', waitingForData: false };
      stopping.push(v.runId);
      return { ...v, status: 'stopping' };
    });
    // Marked stopping first: a run still queued answers at once.
    set({ compare: { ...compare, status: 'stopped', variants } });
    for (const runId of stopping) engine.stop(runId);
    return variants;
  }

  return {
    compare: idleComparison(),

    startComparison(requests) {
      if (ctx.isLocked() || requests.length === 0) return;
      stopWatching();
      const id = ++lastId;
      const variants = requests.map(({ key, spec }): VariantState => {
        const runId = ctx.nextRunId();
        const variant: VariantState = {
          ...idleRun(spec),
          id: runId,
          status: 'starting',
          key,
          runId,
          waitingForData: false,
          divergedEpoch: null,
          failure: null,
        };
        const validation = validateSpec(spec);
        if (!validation.ok) {
          const problems = validation.issues;
          return { ...variant, status: 'failed', failure: 'invalid-spec', problems };
        }
        const dataKey = externalDataKey(spec);
        if (!dataKey || externalDatasetOf(get(), dataKey)) return variant;
        // An uploaded CSV cannot be waited for; the digits can be loaded.
        if (dataKey !== 'mnist') return { ...variant, status: 'failed', failure: 'data-missing' };
        return { ...variant, waitingForData: true };
      });
      set({ compare: settled({ id, status: 'running', variants }) });
      const ready = variants.filter((v) => v.status === 'starting' && !v.waitingForData);
      launch(id, new Set(ready.map((v) => v.runId)));
      if (variants.some((v) => v.waitingForData)) watchMnist(id);
    },

    stopComparison() {
      const { compare } = get();
      if (compare.status === 'running') stopAll(compare);
    },

    clearComparison() {
      const { compare } = get();
      if (isComparisonActive(compare)) stopAll(compare);
      set({ compare: idleComparison() });
    },
  };
}
