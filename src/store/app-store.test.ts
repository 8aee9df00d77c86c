import { describe, expect, it } from 'vitest';
import type { EngineEvent, TrainingEngine } from '../engine/client';
import type { BackendChoice } from '../engine/protocol';
import { DEFAULT_SPEC } from '../spec/defaults';
import { createAppStore } from './app-store';

class FakeEngine implements TrainingEngine {
  calls: [string, ...unknown[]][] = [];
  private listener: ((e: EngineEvent) => void) | null = null;
  start(runId: number, spec: unknown, backend: BackendChoice) {
    this.calls.push(['start', runId, spec, backend]);
  }
  stop(runId: number) {
    this.calls.push(['stop', runId]);
  }
  subscribe(listener: (e: EngineEvent) => void) {
    this.listener = listener;
    return () => (this.listener = null);
  }
  emit(event: EngineEvent) {
    this.listener?.(event);
  }
}

const metrics = (epoch: number) => ({
  epoch,
  loss: 1 / epoch,
  valLoss: 1.1 / epoch,
  accuracy: 0.5,
  valAccuracy: 0.5,
});

function setup() {
  const engine = new FakeEngine();
  const store = createAppStore({ engine, backendChoice: 'cpu' });
  return { engine, store, state: () => store.getState() };
}

describe('app store', () => {
  it('starts idle with the default spec and no issues', () => {
    const { state } = setup();
    expect(state().spec).toEqual(DEFAULT_SPEC);
    expect(state().specIssues).toEqual([]);
    expect(state().run.status).toBe('idle');
  });

  it('sends the spec to the engine and follows a run to completion', () => {
    const { engine, state } = setup();
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
    });
    expect(state().run.status).toBe('training');
    expect(state().backend?.active).toBe('cpu');
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(1), elapsedMs: 10 });
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(2), elapsedMs: 20 });
    expect(state().run.history.map((m) => m.epoch)).toEqual([1, 2]);
    engine.emit({
      type: 'finished',
      runId: 1,
      stopped: false,
      epochs: 2,
      elapsedMs: 25,
      tensorsBefore: 4,
      tensorsAfter: 4,
    });
    expect(state().run).toMatchObject({ status: 'completed', elapsedMs: 25, leakedTensors: 0 });
  });

  it('stops a run and ignores events from an older run', () => {
    const { engine, state } = setup();
    state().train();
    state().stop();
    expect(state().run.status).toBe('stopping');
    expect(engine.calls.at(-1)).toEqual(['stop', 1]);
    engine.emit({
      type: 'finished',
      runId: 1,
      stopped: true,
      epochs: 0,
      elapsedMs: 5,
      tensorsBefore: 0,
      tensorsAfter: 0,
    });
    expect(state().run.status).toBe('stopped');
    state().train();
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(9), elapsedMs: 1 });
    expect(state().run.id).toBe(2);
    expect(state().run.history).toEqual([]);
  });

  it('shows failures, crashes and divergence, and allows training again', () => {
    const { engine, state } = setup();
    state().train();
    engine.emit({ type: 'crashed', message: 'The training worker stopped unexpectedly: boom.' });
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
    engine.emit({ type: 'failed', runId: null, message: 'not understood' });
    expect(state().run).toMatchObject({ id: 3, status: 'failed', message: 'not understood' });
  });

  it('validates edits, refuses to train an invalid spec, and locks edits during a run', () => {
    const { engine, state } = setup();
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 0 });
    expect(state().specIssues).toEqual([
      { path: 'training.epochs', message: 'Epochs must be at least 1' },
    ]);
    state().train();
    expect(engine.calls).toEqual([]);
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 5 });
    expect(state().specIssues).toEqual([]);
    state().train();
    state().edit({ type: 'setOptimizer', optimizer: 'sgd' });
    state().setBackendChoice('wasm');
    expect(state().spec.training.optimizer).toBe('adam');
    expect(state().backendChoice).toBe('cpu');
    expect(engine.calls).toEqual([
      ['start', 1, { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, epochs: 5 } }, 'cpu'],
    ]);
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

  it('resets the spec to the defaults', () => {
    const { state } = setup();
    state().edit({ type: 'setDatasetNumber', field: 'noise', value: 0.4 });
    state().edit({ type: 'reset' });
    expect(state().spec).toEqual(DEFAULT_SPEC);
  });
});
