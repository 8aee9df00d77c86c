import { describe, expect, it } from 'vitest';
import type { UnpackedMnist } from '../data/mnist-format';
import { engineMessage, MessageError, textMessage } from '../engine/client/engine-messages';
import { DEFAULT_SPEC } from '../experiment/defaults';
import type { ExperimentSpec } from '../experiment/experiment';
import { switchDataset } from '../experiment/adapt';
import type { VariantRequest } from './compare-slice';
import { isLocked } from './lock';
import { storeMessage } from './store-messages';
import { started } from './testing/scheduler-harness';
import { finished, metrics, setup, tinyMnist } from './testing/store-harness';

const withRate = (learningRate: number): ExperimentSpec => ({
  ...DEFAULT_SPEC,
  training: { ...DEFAULT_SPEC.training, learningRate },
});

const RATES: VariantRequest[] = [
  { key: 'too-small', spec: withRate(0.0001) },
  { key: 'right', spec: withRate(0.03) },
  { key: 'too-large', spec: withRate(1) },
];

const startsOf = (engine: ReturnType<typeof setup>['engine']) =>
  engine.calls.filter(([name]) => name === 'start').map(([, runId]) => runId as number);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('side-by-side comparison', () => {
  it('starts every variant with its own run id, no predictions and no model', () => {
    const { engine, state } = setup();
    state().startComparison(RATES);
    expect(engine.calls).toEqual([
      ['start', 1, RATES[0]!.spec, 'cpu'],
      ['start', 2, RATES[1]!.spec, 'cpu'],
      ['start', 3, RATES[2]!.spec, 'cpu'],
    ]);
    for (const options of engine.startOptions)
      expect(options).toMatchObject({ predictions: false, exportModel: false, cvFolds: 1 });
    expect(state().compare).toMatchObject({ id: 1, status: 'running' });
    expect(state().compare.variants.map((v) => [v.key, v.runId, v.status])).toEqual([
      ['too-small', 1, 'starting'],
      ['right', 2, 'starting'],
      ['too-large', 3, 'starting'],
    ]);
    // Later runs take the next ids from the same counter.
    expect(state().compare.variants.map((v) => v.spec)).toEqual(RATES.map((r) => r.spec));
  });

  it('routes each event to its variant, streaming ones on the next frame', () => {
    const { engine, state, flush } = setup();
    state().startComparison(RATES);
    engine.emit(started(2));
    expect(state().compare.variants.map((v) => v.status)).toEqual([
      'starting',
      'training',
      'starting',
    ]);
    expect(state().compare.variants[1]!.info?.params).toBe(1);
    engine.emit({ type: 'queued', runId: 3, position: 1 });
    expect(state().compare.variants[2]!.queuePosition).toBe(1);
    engine.emit({ type: 'epoch', runId: 2, metrics: metrics(1), elapsedMs: 10 });
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(1), elapsedMs: 12 });
    engine.emit({ type: 'epoch', runId: 2, metrics: metrics(2), elapsedMs: 20 });
    // Epochs are applied together on the next scheduled flush.
    expect(state().compare.variants[1]!.history).toEqual([]);
    flush();
    const variants = state().compare.variants;
    expect(variants.map((v) => v.history.map((m) => m.epoch))).toEqual([[1], [1, 2], []]);
    expect(variants[1]!.elapsedMs).toBe(20);
    // Another run's events (a single run, a search trial) leave the comparison alone.
    const before = state().compare;
    engine.emit({ type: 'epoch', runId: 99, metrics: metrics(1), elapsedMs: 1 });
    flush();
    expect(state().compare).toBe(before);
  });

  it('is finished once every variant has ended, a diverged one with its epoch', () => {
    const { engine, state } = setup();
    state().startComparison(RATES);
    engine.emit(finished(1));
    const diverged = engineMessage('diverged', { epoch: 4 });
    engine.emit({ type: 'diverged', runId: 3, epoch: 4, message: diverged });
    expect(state().compare.status).toBe('running');
    expect(state().compare.variants[2]).toMatchObject({
      status: 'diverged',
      divergedEpoch: 4,
      message: diverged,
    });
    const outOfMemory = textMessage('Out of memory.');
    engine.emit({ type: 'failed', runId: 2, message: outOfMemory });
    expect(state().compare.status).toBe('finished');
    expect(state().compare.variants.map((v) => v.status)).toEqual([
      'completed',
      'failed',
      'diverged',
    ]);
    expect(state().compare.variants[1]).toMatchObject({ message: outOfMemory, failure: null });
    // Late events of an ended variant change nothing.
    engine.emit({ type: 'epoch', runId: 1, metrics: metrics(9), elapsedMs: 1 });
    expect(state().compare.variants[0]!.history).toEqual([]);
  });

  it('locks the builder while it runs, and refuses to start anything else', () => {
    const { engine, state } = setup();
    state().startComparison(RATES);
    expect(isLocked(state())).toBe(true);
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 3 });
    expect(state().spec.training.epochs).toBe(DEFAULT_SPEC.training.epochs);
    state().train();
    state().startComparison(RATES);
    expect(startsOf(engine)).toEqual([1, 2, 3]);
    expect(state().compare.id).toBe(1);
    for (const runId of [1, 2, 3]) engine.emit(finished(runId));
    expect(isLocked(state())).toBe(false);
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 3 });
    expect(state().spec.training.epochs).toBe(3);
    // A comparison cannot start while a single run trains either.
    state().train();
    state().startComparison(RATES);
    expect(state().compare.id).toBe(1);
  });

  it('stops every variant; the builder unlocks once they have all ended', () => {
    const { engine, state } = setup();
    state().startComparison(RATES);
    engine.emit(finished(1));
    state().stopComparison();
    expect(state().compare.status).toBe('stopped');
    expect(engine.calls.filter(([name]) => name === 'stop')).toEqual([
      ['stop', 2],
      ['stop', 3],
    ]);
    expect(state().compare.variants.map((v) => v.status)).toEqual([
      'completed',
      'stopping',
      'stopping',
    ]);
    expect(isLocked(state())).toBe(true);
    engine.emit(finished(2, true));
    engine.emit(finished(3, true));
    expect(state().compare.status).toBe('stopped');
    expect(state().compare.variants.map((v) => v.status)).toEqual([
      'completed',
      'stopped',
      'stopped',
    ]);
    expect(isLocked(state())).toBe(false);
    state().clearComparison();
    expect(state().compare).toEqual({ id: 0, status: 'idle', variants: [] });
  });

  it('fails a variant whose experiment has problems, and trains the others', () => {
    const { engine, state } = setup();
    const broken = { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, epochs: 0 } };
    state().startComparison([
      { key: 'broken', spec: broken },
      { key: 'fine', spec: DEFAULT_SPEC },
    ]);
    expect(startsOf(engine)).toEqual([2]);
    const [bad] = state().compare.variants;
    expect(bad).toMatchObject({ status: 'failed', failure: 'invalid-spec' });
    expect(bad!.problems[0]).toMatchObject({ path: 'training.epochs' });
    engine.emit(finished(2));
    expect(state().compare.status).toBe('finished');
  });

  it('fails a variant the engine refuses to start, with the reason', () => {
    const { engine, state } = setup();
    engine.start = () => {
      throw new Error('No module workers.');
    };
    state().startComparison(RATES.slice(0, 1));
    expect(state().compare.status).toBe('finished');
    expect(state().compare.variants[0]).toMatchObject({
      status: 'failed',
      failure: 'start-failed',
      message: textMessage('No module workers.'),
    });
    expect(isLocked(state())).toBe(false);
  });

  it('fails a variant on an uploaded CSV that is not loaded', () => {
    const { engine, state } = setup();
    const csv = switchDataset(DEFAULT_SPEC, 'csv', {
      fileName: 'a.csv',
      hash: 'abcdef12',
      target: 'y',
      task: 'regression',
      missing: 'drop',
      shape: { task: 'regression', inputSize: 1, outputSize: 1 },
    });
    state().startComparison([{ key: 'csv', spec: csv }]);
    expect(startsOf(engine)).toEqual([]);
    expect(state().compare.variants[0]).toMatchObject({
      status: 'failed',
      failure: 'data-missing',
    });
  });

  it('waits for MNIST to load, gives the engine the digits, then starts the variants', async () => {
    let release: (images: UnpackedMnist) => void = () => undefined;
    const { engine, state } = setup({
      fetchMnist: () => new Promise<UnpackedMnist>((resolve) => (release = resolve)),
    });
    const mnist = switchDataset(DEFAULT_SPEC, 'mnist', null);
    const wider = {
      ...mnist,
      training: { ...mnist.training, epochs: 2 },
    };
    state().startComparison([
      { key: 'mlp', spec: mnist },
      { key: 'circle', spec: DEFAULT_SPEC },
      { key: 'wider', spec: wider },
    ]);
    // What needs no digits starts at once; the rest waits, locked, while they load.
    expect(startsOf(engine)).toEqual([2]);
    expect(state().mnist.status).toBe('loading');
    expect(state().compare.variants.map((v) => [v.status, v.waitingForData])).toEqual([
      ['starting', true],
      ['starting', false],
      ['starting', true],
    ]);
    expect(isLocked(state())).toBe(true);
    release(tinyMnist());
    await settle();
    expect(state().mnist.status).toBe('ready');
    expect(engine.calls.slice(1)).toEqual([
      ['provideData', 'mnist', 30],
      ['start', 1, mnist, 'cpu'],
      ['start', 3, wider, 'cpu'],
    ]);
    expect(state().compare.variants.map((v) => v.waitingForData)).toEqual([false, false, false]);
    for (const runId of [1, 2, 3]) engine.emit(finished(runId));
    expect(state().compare.status).toBe('finished');
  });

  it('waits for digits another part of the app is loading already', async () => {
    let release: (images: UnpackedMnist) => void = () => undefined;
    const { engine, state } = setup({
      fetchMnist: () => new Promise<UnpackedMnist>((resolve) => (release = resolve)),
    });
    const loading = state().loadMnist();
    const mnist = switchDataset(DEFAULT_SPEC, 'mnist', null);
    state().startComparison([{ key: 'mlp', spec: mnist }]);
    expect(startsOf(engine)).toEqual([]);
    release(tinyMnist());
    await loading;
    await settle();
    expect(startsOf(engine)).toEqual([1]);
  });

  const HTTP_404 = storeMessage('mnist-http', { status: 404, url: '/data/mnist.bin' });

  it('fails the variants that waited when MNIST cannot be loaded, with the loader’s message', async () => {
    const { engine, state } = setup({
      fetchMnist: () => Promise.reject(new MessageError(HTTP_404)),
    });
    const mnist = switchDataset(DEFAULT_SPEC, 'mnist', null);
    state().startComparison([{ key: 'mlp', spec: mnist }]);
    await settle();
    expect(startsOf(engine)).toEqual([]);
    expect(state().compare.status).toBe('finished');
    expect(state().compare.variants[0]).toMatchObject({
      status: 'failed',
      failure: 'data-failed',
      message: HTTP_404,
      waitingForData: false,
    });
    expect(isLocked(state())).toBe(false);
  });

  it('stops variants still waiting for the digits at once, and never starts them', async () => {
    let release: (images: UnpackedMnist) => void = () => undefined;
    const { engine, state } = setup({
      fetchMnist: () => new Promise<UnpackedMnist>((resolve) => (release = resolve)),
    });
    const mnist = switchDataset(DEFAULT_SPEC, 'mnist', null);
    state().startComparison([{ key: 'mlp', spec: mnist }]);
    state().stopComparison();
    expect(state().compare.status).toBe('stopped');
    expect(state().compare.variants[0]!.status).toBe('stopped');
    expect(isLocked(state())).toBe(false);
    release(tinyMnist());
    await settle();
    expect(engine.calls).toEqual([]);
  });
});
