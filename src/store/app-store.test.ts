import { describe, expect, it } from 'vitest';
import { MNIST_PIXELS, packMnist, unpackMnist } from '../data/mnist-format';
import type { Dataset } from '../data/types';
import type { EngineEvent, TrainingEngine } from '../engine/client/pool';
import type { BackendChoice } from '../engine/client/protocol';
import { DEFAULT_SPEC } from '../experiment/defaults';
import type { AppStoreOptions } from './app-store';
import { createAppStore } from './app-store';

class FakeEngine implements TrainingEngine {
  calls: [string, ...unknown[]][] = [];
  private listeners = new Set<(e: EngineEvent) => void>();
  provideData(key: string, data: Dataset) {
    this.calls.push(['provideData', key, data.count]);
  }
  size = 1;
  start(runId: number, spec: unknown, backend: BackendChoice) {
    this.calls.push(['start', runId, spec, backend]);
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
  killWorkerOf(runId: number) {
    this.calls.push(['kill', runId]);
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

const metrics = (epoch: number) => ({
  epoch,
  loss: 1 / epoch,
  valLoss: 1.1 / epoch,
  accuracy: 0.5,
  valAccuracy: 0.5,
  learningRate: 0.03,
  valLossStd: null,
  valAccuracyStd: null,
});
const finished = (runId: number, stopped = false) =>
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

function setup(options: Partial<AppStoreOptions> = {}) {
  const engine = new FakeEngine();
  const flushes: (() => void)[] = [];
  const store = createAppStore({
    engine,
    backendChoice: 'cpu',
    schedule: (f) => flushes.push(f),
    ...options,
  });
  const flush = () => flushes.splice(0).forEach((f) => f());
  return { engine, store, state: () => store.getState(), flush };
}

const tinyMnist = () =>
  unpackMnist(
    packMnist(
      Array.from({ length: 30 }, (_, i) => ({
        label: i % 10,
        pixels: new Array<number>(MNIST_PIXELS).fill(i / 30),
      })),
    ),
  );

describe('app store: runs', () => {
  it('starts idle with the default spec and no issues', () => {
    const { state } = setup();
    expect(state().spec).toEqual(DEFAULT_SPEC);
    expect(state().specIssues).toEqual([]);
    expect(state().run.status).toBe('idle');
  });

  it('sends the spec to the engine and follows a run to completion', () => {
    const { engine, state, flush } = setup();
    state().train();
    expect(engine.calls).toEqual([['start', 1, DEFAULT_SPEC, 'cpu']]);
    expect(state().run.status).toBe('starting');
    engine.emit({
      type: 'backend',
      runId: 1,
      report: { requested: 'cpu', active: 'cpu', attempts: [] },
    });
    engine.emit({
      type: 'started',
      runId: 1,
      backend: 'cpu',
      params: 105,
      trainSize: 320,
      validationSize: 80,
      batchesPerEpoch: 10,
      folds: 1,
    });
    expect(state().run.status).toBe('training');
    expect(state().backend?.active).toBe('cpu');
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(1), elapsedMs: 10 });
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(2), elapsedMs: 20 });
    // Epochs are applied together on the next scheduled flush, not one render each.
    expect(state().run.history).toEqual([]);
    flush();
    expect(state().run.history.map((m) => m.epoch)).toEqual([1, 2]);
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(3), elapsedMs: 30 });
    engine.emit({ ...finished(1), test: { loss: 0.2, accuracy: 0.9 } });
    // A final event flushes the epochs buffered before it, in order.
    expect(state().run).toMatchObject({
      status: 'completed',
      elapsedMs: 25,
      leakedTensors: 0,
      test: { loss: 0.2, accuracy: 0.9 },
    });
    expect(state().run.history.map((m) => m.epoch)).toEqual([1, 2, 3]);
  });

  it('stops a run and ignores events from an older run', () => {
    const { engine, state, flush } = setup();
    state().train();
    state().stop();
    expect(state().run.status).toBe('stopping');
    expect(engine.calls.at(-1)).toEqual(['stop', 1]);
    engine.emit(finished(1, true));
    expect(state().run.status).toBe('stopped');
    state().train();
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(9), elapsedMs: 1 });
    engine.emit(finished(1));
    engine.emit({
      type: 'backend',
      runId: 1,
      report: { requested: 'cpu', active: 'wasm', attempts: [] },
    });
    flush();
    expect(state().run).toMatchObject({ id: 2, status: 'starting', history: [] });
    expect(state().backend).toBeNull();
  });

  it('ignores late events once a run has ended, even with the same id', () => {
    const { engine, state, flush } = setup();
    state().train();
    engine.emit({ type: 'crashed', runId: 1, message: 'gone' });
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(1), elapsedMs: 1 });
    engine.emit(finished(1));
    engine.emit({ type: 'failed', runId: null, message: 'late' });
    flush();
    expect(state().run).toMatchObject({ status: 'failed', message: 'gone', history: [] });
  });

  it('ignores a crash or an unaddressed failure while idle', () => {
    const { engine, state } = setup();
    engine.emit({ type: 'crashed', runId: 1, message: 'boom' });
    engine.emit({ type: 'failed', runId: null, message: 'not understood' });
    expect(state().run.status).toBe('idle');
  });

  it('shows failures, crashes and divergence, and allows training again', () => {
    const { engine, state } = setup();
    state().train();
    engine.emit({
      type: 'crashed',
      runId: 1,
      message: 'The training worker stopped unexpectedly: boom.',
    });
    expect(state().run).toMatchObject({
      status: 'failed',
      message: 'The training worker stopped unexpectedly: boom.',
    });
    state().train();
    engine.emit({ type: 'diverged', runId: 2, epoch: 3, message: 'Training diverged at epoch 3.' });
    expect(state().run).toMatchObject({
      status: 'diverged',
      message: 'Training diverged at epoch 3.',
    });
    state().train();
    // A failure that names no run (another worker's) leaves this run alone; its own ends it.
    engine.emit({ type: 'failed', runId: null, message: 'not understood' });
    expect(state().run).toMatchObject({ id: 3, status: 'starting' });
    engine.emit({ type: 'failed', runId: 3, message: 'The experiment is not valid' });
    expect(state().run).toMatchObject({ status: 'failed', message: 'The experiment is not valid' });
  });

  it('reports an engine that cannot start instead of throwing', () => {
    const { engine, state } = setup();
    engine.start = () => {
      throw new Error('Module workers are not supported');
    };
    expect(() => state().train()).not.toThrow();
    expect(state().run).toMatchObject({
      status: 'failed',
      message: 'Training could not start: Module workers are not supported',
    });
  });
});

describe('app store: spec edits', () => {
  it('validates edits, refuses to train an invalid spec, and locks edits during a run', () => {
    const { engine, state } = setup();
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 0 });
    // Read as "Epochs must be at least 1" (src/ui/shared/problem-text.test.ts).
    expect(state().specIssues).toEqual([
      { code: 'too-small', path: 'training.epochs', params: { field: 'training.epochs', min: 1 } },
    ]);
    state().train();
    expect(engine.calls).toEqual([]);
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 5 });
    expect(state().specIssues).toEqual([]);
    state().train();
    state().edit({ type: 'setOptimizer', optimizer: 'sgd' });
    state().setBackendChoice('wasm');
    state().selectDataset('xor');
    expect(state().spec.training.optimizer).toBe('adam');
    expect(state().spec.dataset.name).toBe('circle');
    expect(state().backendChoice).toBe('cpu');
    expect(engine.calls).toEqual([
      ['start', 1, { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, epochs: 5 } }, 'cpu'],
    ]);
  });

  it('switches datasets and fits the output layer and loss to the task', () => {
    const { state } = setup();
    state().selectDataset('iris');
    expect(state().spec.dataset).toMatchObject({ name: 'iris', standardize: true });
    expect(state().spec.model.layers.at(-1)).toEqual({
      type: 'dense',
      units: 3,
      activation: 'softmax',
      kernelL1: 0,
      kernelL2: 0,
    });
    expect(state().spec.training.loss).toBe('sparseCategoricalCrossentropy');
    expect(state().specIssues).toEqual([]);
    state().selectDataset('plane');
    expect(state().spec.model.layers.at(-1)).toEqual({
      type: 'dense',
      units: 1,
      activation: 'linear',
      kernelL1: 0,
      kernelL2: 0,
    });
    expect(state().spec.training.loss).toBe('meanSquaredError');
    state().selectDataset('curve');
    expect(state().spec.dataset).toMatchObject({ numPoints: 15, noise: 0.2 });
  });

  it('undoes and redoes every spec edit, one step per field burst', () => {
    const { state } = setup();
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 1 });
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 12 });
    state().editLayers({ type: 'remove', index: 0 });
    state().selectDataset('xor');
    expect(state().past).toHaveLength(3);
    state().undo();
    expect(state().spec.dataset.name).toBe('circle');
    state().undo();
    expect(state().spec.model.layers).toHaveLength(3);
    expect(state().spec.training.epochs).toBe(12);
    state().undo();
    expect(state().spec).toEqual(DEFAULT_SPEC);
    state().undo();
    expect(state().spec).toEqual(DEFAULT_SPEC);
    state().redo();
    state().redo();
    expect(state().spec.model.layers).toHaveLength(2);
    // A new edit after undoing drops the redo steps.
    state().edit({ type: 'setOptimizer', optimizer: 'sgd' });
    expect(state().future).toEqual([]);
  });

  it('gives each layer a stable id that follows it through moves, inserts and undo', () => {
    const { state } = setup();
    const [a, b, c] = state().layerIds;
    state().editLayers({ type: 'move', from: 2, to: 0 });
    expect(state().layerIds).toEqual([c, a, b]);
    state().editLayers({ type: 'duplicate', index: 0 });
    expect(state().layerIds.slice(0, 1)).toEqual([c]);
    expect(new Set(state().layerIds).size).toBe(4);
    state().editLayers({ type: 'remove', index: 1 });
    expect(state().layerIds).toEqual([c, a, b]);
    state().undo();
    state().undo();
    expect(state().layerIds).toEqual([c, a, b]);
    state().undo();
    expect(state().layerIds).toEqual([a, b, c]);
  });

  it('makes typing into one number of one layer one undo step, and anything else its own', () => {
    const { state } = setup();
    const dense = (units: number, activation: 'relu' | 'tanh' = 'relu') =>
      ({ type: 'dense', units, activation, kernelL1: 0, kernelL2: 0 }) as const;
    state().editLayers({ type: 'update', index: 0, layer: dense(1) });
    state().editLayers({ type: 'update', index: 0, layer: dense(16) });
    expect(state().past).toHaveLength(1);
    state().editLayers({ type: 'update', index: 0, layer: dense(16, 'tanh') });
    state().editLayers({ type: 'update', index: 1, layer: dense(4) });
    expect(state().past).toHaveLength(3);
    state().undo();
    expect(state().spec.model.layers[0]).toEqual(dense(16, 'tanh'));
    state().undo();
    expect(state().spec.model.layers[0]).toEqual(dense(16));
  });

  it('applies builder edits and refuses them during a run', () => {
    const { state } = setup();
    state().editLayers({ type: 'insert', index: 0, layer: { type: 'dropout', rate: 0.5 } });
    expect(state().spec.model.layers[0]).toEqual({ type: 'dropout', rate: 0.5 });
    state().train();
    state().editLayers({ type: 'remove', index: 0 });
    state().undo();
    expect(state().spec.model.layers[0]).toEqual({ type: 'dropout', rate: 0.5 });
  });

  it('resets the spec to the defaults', () => {
    const { state } = setup();
    state().edit({ type: 'setDatasetNumber', field: 'noise', value: 0.4 });
    state().edit({ type: 'reset' });
    expect(state().spec).toEqual(DEFAULT_SPEC);
  });
});

describe('app store: MNIST', () => {
  it('loads MNIST when chosen, with progress, and hands it to the engine before training', async () => {
    const progress: number[] = [];
    let release: () => void = () => undefined;
    const { engine, state, store } = setup({
      fetchMnist: async (onProgress) => {
        onProgress(0.5);
        await new Promise<void>((resolve) => (release = resolve));
        return tinyMnist();
      },
    });
    store.subscribe((s) => {
      if (s.mnist.status === 'loading') progress.push(s.mnist.progress);
    });
    state().selectDataset('mnist');
    expect(state().mnist).toEqual({ status: 'loading', progress: 0.5 });
    state().train();
    expect(state().run).toMatchObject({ status: 'failed', message: 'The data is not loaded yet.' });
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(state().mnist.status).toBe('ready');
    expect([...new Set(progress)]).toEqual([0, 0.5]);
    state().edit({ type: 'setDatasetNumber', field: 'numPoints', value: 100 });
    state().train();
    expect(engine.calls.map((c) => c.slice(0, 2))).toEqual([
      ['provideData', 'mnist'],
      ['start', 2],
    ]);
    expect(engine.calls[0]?.[2]).toBe(30);
  });

  it('says why MNIST could not load', async () => {
    const { state } = setup({ fetchMnist: () => Promise.reject(new Error('HTTP 404')) });
    state().selectDataset('mnist');
    await new Promise((r) => setTimeout(r, 0));
    expect(state().mnist).toEqual({ status: 'failed', message: 'HTTP 404' });
  });
});

describe('app store: CSV', () => {
  // 12 fruit: size (a measurement), colour (a category) and kind (the label).
  const csv = [
    'size,colour,kind',
    ...Array.from(
      { length: 12 },
      (_, i) => `${(i + 1) * 1.5},${i % 2 ? 'green' : 'red'},${i % 2 ? 'pear' : 'apple'}`,
    ),
  ].join('\n');

  it('turns an uploaded CSV into the spec (without its data) and trains on it', () => {
    const { engine, state } = setup();
    state().uploadCsv('fruit.csv', csv, csv.length);
    expect(state().csv.status).toBe('loaded');
    const dataset = state().spec.dataset;
    expect(dataset.name).toBe('csv');
    expect(dataset.csv).toMatchObject({
      fileName: 'fruit.csv',
      target: 'kind',
      task: 'classification',
      missing: 'drop',
      shape: { task: 'binary', inputSize: 3, outputSize: 1 },
    });
    expect(JSON.stringify(state().spec)).not.toContain('apple');
    expect(state().specIssues).toEqual([]);
    state().train();
    expect(engine.calls[0]).toEqual([
      'provideData',
      expect.stringMatching(/^csv:[0-9a-f]+:classification:drop:kind$/),
      12,
    ]);
  });

  it('re-converts when another target is chosen, inferring its task', () => {
    const { state } = setup();
    state().uploadCsv('fruit.csv', csv, csv.length);
    state().chooseCsv({ target: 'size' });
    expect(state().spec.dataset.csv).toMatchObject({
      target: 'size',
      task: 'regression',
      shape: { task: 'regression' },
    });
    expect(state().spec.training.loss).toBe('meanSquaredError');
  });

  it('restores the recorded column choices when the same file is uploaded again, and only then', () => {
    const first = setup();
    first.state().uploadCsv('fruit.csv', csv, csv.length);
    first.state().chooseCsv({ target: 'size', missing: 'fill' });
    const saved = first.state().spec;

    const reopened = setup({ spec: saved });
    expect(reopened.state().expectedCsv).toEqual(saved.dataset.csv);
    reopened.state().uploadCsv('fruit.csv', csv, csv.length);
    expect(reopened.state().spec).toEqual(saved);

    const other = setup({ spec: saved });
    const changed = csv.replace('1.5', '1.6');
    other.state().uploadCsv('fruit.csv', changed, changed.length);
    expect(other.state().spec.dataset.csv).toMatchObject({ target: 'kind', missing: 'drop' });
  });

  it('shows why a broken file cannot be used and keeps Train blocked', () => {
    const { state } = setup();
    state().uploadCsv('broken.csv', '', 0);
    expect(state().csv).toMatchObject({ status: 'invalid', fileName: 'broken.csv' });
    expect(state().spec.dataset.name).toBe('csv');
    expect(state().specIssues.map((i) => i.path)).toContain('dataset.csv');
  });
});

describe('search', () => {
  const searched = {
    ...DEFAULT_SPEC,
    search: {
      ...DEFAULT_SPEC.search,
      maxTrials: 2,
      concurrency: 2,
      params: [
        {
          target: 'model.layers.0.units',
          distribution: { type: 'int' as const, low: 2, high: 16, step: 1, log: false },
          gridPoints: 3,
          condition: null,
        },
      ],
    },
  };

  it('refuses to start without parameters, and says so', () => {
    const { engine, state } = setup();
    state().startSearch();
    // Read as "Add at least one parameter to search." (src/ui/shared/problem-text.test.ts).
    expect(state().search).toMatchObject({
      status: 'finished',
      problem: { code: 'search-space-empty', path: 'search.params', params: {} },
    });
    expect(engine.calls.some(([name]) => name === 'start')).toBe(false);
  });

  it('runs trials on the pool, locks the builder and single runs, and applies a trial', () => {
    const { engine, state, flush } = setup({ spec: searched });
    state().startSearch();
    expect(engine.size).toBe(2);
    const starts = engine.calls.filter(([name]) => name === 'start');
    expect(starts.map(([, id]) => id)).toEqual([1, 2]);
    expect(state().search.status).toBe('running');
    state().train();
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 3 });
    expect(state().run.status).toBe('idle');
    expect(state().spec.training.epochs).toBe(100);
    for (const runId of [1, 2]) {
      engine.emit({
        type: 'epoch',
        runId,
        metrics: { ...metrics(1), valLoss: runId / 10 },
        elapsedMs: 1,
      });
      engine.emit(finished(runId));
    }
    flush();
    expect(state().search).toMatchObject({ status: 'finished', bestNumber: 0 });
    const best = state().search.trials[0]!;
    state().applyTrial(0);
    const units = state().spec.model.layers[0];
    expect(units?.type === 'dense' && units.units).toBe(best.params['model.layers.0.units']);
    // A single run after the search gets a fresh id, not one a trial used.
    state().train();
    expect(engine.calls.at(-1)?.[1]).toBe(3);
  });
});
