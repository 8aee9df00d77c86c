import { describe, expect, it } from 'vitest';
import { engineMessage, textMessage } from '../engine/client/engine-messages';
import { DEFAULT_SPEC } from '../experiment/defaults';
import { storeMessage } from './store-messages';
import { metrics, finished, setup, unitsSearch } from './testing/store-harness';
import { started } from './testing/scheduler-harness';

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
    const gone = textMessage('gone');
    engine.emit({ type: 'crashed', runId: 1, message: gone });
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(1), elapsedMs: 1 });
    engine.emit(finished(1));
    engine.emit({ type: 'failed', runId: null, message: textMessage('late') });
    flush();
    expect(state().run).toMatchObject({ status: 'failed', message: gone, history: [] });
  });

  it('ignores a crash or an unaddressed failure while idle', () => {
    const { engine, state } = setup();
    engine.emit({ type: 'crashed', runId: 1, message: textMessage('boom') });
    engine.emit({ type: 'failed', runId: null, message: engineMessage('reply-unreadable') });
    expect(state().run.status).toBe('idle');
  });

  it('shows failures, crashes and divergence, and allows training again', () => {
    const { engine, state } = setup();
    state().train();
    const crashed = engineMessage('training-worker-crashed', { detail: 'boom' });
    engine.emit({ type: 'crashed', runId: 1, message: crashed });
    expect(state().run).toMatchObject({ status: 'failed', message: crashed });
    state().train();
    const diverged = engineMessage('diverged', { epoch: 3 });
    engine.emit({ type: 'diverged', runId: 2, epoch: 3, message: diverged });
    expect(state().run).toMatchObject({ status: 'diverged', message: diverged });
    state().train();
    // A failure that names no run (another worker's) leaves this run alone; its own ends it.
    engine.emit({ type: 'failed', runId: null, message: engineMessage('reply-unreadable') });
    expect(state().run).toMatchObject({ id: 3, status: 'starting' });
    engine.emit({ type: 'failed', runId: 3, message: engineMessage('invalid-spec') });
    expect(state().run).toMatchObject({ status: 'failed', message: engineMessage('invalid-spec') });
  });

  it('paces runs: Train passes the pace, and a new pace reaches only a run in progress', () => {
    const { engine, state } = setup();
    expect(state().epochMs).toBe(0);
    state().setEpochMs(250);
    expect(state().epochMs).toBe(250);
    expect(engine.calls).toEqual([]);
    state().train();
    expect(engine.startOptions[0]).toMatchObject({ epochMs: 250, stepOnce: false });
    state().setEpochMs(1000);
    expect(engine.calls.at(-1)).toEqual(['setPace', 1, 1000]);
    engine.emit(started(1));
    engine.emit({ type: 'paused', runId: 1 });
    state().setEpochMs(60_000);
    expect(state().epochMs).toBe(10_000);
    expect(engine.calls.at(-1)).toEqual(['setPace', 1, 10_000]);
    engine.emit(finished(1));
    const calls = engine.calls.length;
    state().setEpochMs(0);
    expect(state().epochMs).toBe(0);
    expect(engine.calls).toHaveLength(calls);
    state().train();
    expect(engine.startOptions[1]).toMatchObject({ epochMs: 0, stepOnce: false });
  });

  it('steps: a new run that pauses after one epoch, or one more epoch of a paused run', () => {
    const { engine, state } = setup();
    state().setEpochMs(500);
    state().step();
    expect(engine.calls).toEqual([['start', 1, DEFAULT_SPEC, 'cpu']]);
    expect(engine.startOptions[0]).toMatchObject({
      predictions: true,
      exportModel: true,
      epochMs: 500,
      stepOnce: true,
    });
    expect(state().run).toMatchObject({ id: 1, status: 'starting' });
    // Starting or training: Step does nothing (the run pauses itself, or Pause is there).
    state().step();
    engine.emit(started(1));
    state().step();
    expect(engine.calls).toHaveLength(1);
    engine.emit({ type: 'paused', runId: 1 });
    expect(state().run.status).toBe('paused');
    state().step();
    expect(engine.calls.at(-1)).toEqual(['step', 1]);
    engine.emit({ type: 'resumed', runId: 1 });
    state().step();
    expect(engine.calls).toHaveLength(2);
    engine.emit(finished(1));
    // Once a run has ended, Step starts the next one.
    state().step();
    expect(engine.calls.at(-1)).toEqual(['start', 2, DEFAULT_SPEC, 'cpu']);
    expect(engine.startOptions[1]).toMatchObject({ stepOnce: true });
  });

  it('steps nothing while the spec has issues or a search trains', () => {
    const broken = setup();
    broken.state().edit({ type: 'setTrainingNumber', field: 'batchSize', value: 0 });
    expect(broken.state().specIssues.length).toBeGreaterThan(0);
    broken.state().step();
    expect(broken.engine.calls).toEqual([]);
    expect(broken.state().run.status).toBe('idle');

    const searching = setup({ spec: unitsSearch(2) });
    searching.state().startSearch();
    const calls = searching.engine.calls.length;
    searching.state().step();
    expect(searching.engine.calls).toHaveLength(calls);
    expect(searching.state().run.status).toBe('idle');
  });

  it('reports an engine that cannot start instead of throwing', () => {
    const { engine, state } = setup();
    engine.start = () => {
      throw new Error('Module workers are not supported');
    };
    expect(() => state().train()).not.toThrow();
    expect(state().run).toMatchObject({
      status: 'failed',
      message: storeMessage('training-start-failed', {
        reason: textMessage('Module workers are not supported'),
      }),
    });
  });
});
