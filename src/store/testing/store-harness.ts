import { MNIST_PIXELS, packMnist, unpackMnist } from '../../data/mnist-format';
import type { Dataset } from '../../data/types';
import type { EngineEvent, TrainingEngine } from '../../engine/client/training-engine';
import type { BackendChoice, RunOptions } from '../../engine/client/protocol';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { ExperimentSpec } from '../../experiment/experiment';
import type { AppStoreOptions } from '../app-store';
import { createAppStore } from '../app-store';
import { connectInProcess } from '../../engine/client/in-process-sampler';

/** What the store's slice tests share: an engine that records calls, and a store built on it. */
export class FakeEngine implements TrainingEngine {
  calls: [string, ...unknown[]][] = [];
  private listeners = new Set<(e: EngineEvent) => void>();
  provideData(key: string, data: Dataset) {
    this.calls.push(['provideData', key, data.count]);
  }
  /** The options of each start, in order (kept apart so `calls` stays short to compare). */
  startOptions: (Partial<RunOptions> | undefined)[] = [];
  size = 1;
  start(runId: number, spec: unknown, backend: BackendChoice, options?: Partial<RunOptions>) {
    this.calls.push(['start', runId, spec, backend]);
    this.startOptions.push(options);
  }
  stop(runId: number) {
    this.calls.push(['stop', runId]);
  }
  pause(runId: number) {
    this.calls.push(['pause', runId]);
  }
  resume(runId: number) {
    this.calls.push(['resume', runId]);
  }
  setPace(runId: number, epochMs: number) {
    this.calls.push(['setPace', runId, epochMs]);
  }
  step(runId: number) {
    this.calls.push(['step', runId]);
  }
  setSize(size: number) {
    this.size = size;
  }
  subscribe(listener: (e: EngineEvent) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event: EngineEvent) {
    for (const listener of [...this.listeners]) listener(event);
  }
}

export const metrics = (epoch: number) => ({
  epoch,
  loss: 1 / epoch,
  valLoss: 1.1 / epoch,
  accuracy: 0.5,
  valAccuracy: 0.5,
  learningRate: 0.03,
  valLossStd: null,
  valAccuracyStd: null,
});
export const finished = (runId: number, stopped = false) =>
  ({
    type: 'finished',
    runId,
    reason: stopped ? 'stopped' : 'completed',
    epochs: 2,
    bestEpoch: 2,
    restoredBest: false,
    elapsedMs: 25,
    tensorsBefore: 4,
    tensorsAfter: 4,
    test: null,
  }) as const;

export function setup(options: Partial<AppStoreOptions> = {}) {
  const engine = new FakeEngine();
  const flushes: (() => void)[] = [];
  const store = createAppStore({
    engine,
    backendChoice: 'cpu',
    schedule: (f) => flushes.push(f),
    connectSampler: connectInProcess,
    ...options,
  });
  const flush = () => flushes.splice(0).forEach((f) => f());
  return { engine, store, state: () => store.getState(), flush };
}

export const tinyMnist = () =>
  unpackMnist(
    packMnist(
      Array.from({ length: 30 }, (_, i) => ({
        label: i % 10,
        pixels: new Array<number>(MNIST_PIXELS).fill(i / 30),
      })),
    ),
  );

/** The default experiment searching its first layer's units (2 to 16), `maxTrials` of them, 2 at a time. */
export const unitsSearch = (maxTrials: number): ExperimentSpec => ({
  ...DEFAULT_SPEC,
  search: {
    ...DEFAULT_SPEC.search,
    maxTrials,
    concurrency: 2,
    params: [
      {
        target: 'model.layers.0.units',
        distribution: { type: 'int', low: 2, high: 16, step: 1, log: false },
        gridPoints: 3,
        condition: null,
      },
    ],
  },
});
