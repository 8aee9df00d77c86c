import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import { withMnistConvnet } from '../../experiment/presets';
import type { PoolOptions } from './pool';
import type { EngineEvent } from './training-engine';
import type { WorkerLike } from './worker-like';
import { defaultPoolSize, TrainingPool } from './pool';
import type { WorkerRequest } from './protocol';
import { engineMessage, textMessage } from './engine-messages';

/** A stand-in for a Worker that records what is posted and lets the test reply. */
class FakeWorker implements WorkerLike {
  posted: WorkerRequest[] = [];
  terminated = false;
  private listeners = new Map<string, ((event: Event) => void)[]>();
  postMessage(message: unknown) {
    this.posted.push(message as WorkerRequest);
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string, event: Partial<ErrorEvent & MessageEvent>) {
    const full = { preventDefault: () => undefined, ...event } as unknown as Event;
    for (const listener of this.listeners.get(type) ?? []) listener(full);
  }
  reply(data: unknown) {
    this.fire('message', { data });
  }
  starts() {
    return this.posted
      .filter((m) => m.type === 'start')
      .map((m) => (m.type === 'start' ? m.runId : -1));
  }
}

const finished = (runId: number) => ({
  type: 'finished',
  runId,
  reason: 'completed',
  epochs: 1,
  bestEpoch: 1,
  restoredBest: false,
  elapsedMs: 5,
  tensorsBefore: 0,
  tensorsAfter: 0,
  test: null,
});

let clock = 0;
function setup(options: Partial<PoolOptions> = {}) {
  const workers: FakeWorker[] = [];
  const pool = new TrainingPool(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    { size: 2, hangTimeoutMs: 10_000, probeTimeoutMs: 5_000, ...options },
    () => clock,
  );
  const events: EngineEvent[] = [];
  pool.subscribe((e) => events.push(e));
  return { pool, workers, events };
}

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('TrainingPool', () => {
  it('sizes itself to the cores, leaving one to the page, between 1 and 4', () => {
    expect([undefined, 1, 2, 3, 8, 32].map(defaultPoolSize)).toEqual([1, 1, 1, 2, 4, 4]);
  });

  it('creates workers lazily, runs up to `size` at once and queues the rest', () => {
    const { pool, workers, events } = setup();
    expect(workers).toHaveLength(0);
    for (const id of [1, 2, 3]) pool.start(id, DEFAULT_SPEC, 'cpu');
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.starts())).toEqual([[1], [2]]);
    expect(events).toContainEqual({ type: 'queued', runId: 3, position: 1 });
    workers[1]?.reply(finished(2));
    expect(workers).toHaveLength(2);
    expect(workers[1]?.starts()).toEqual([2, 3]);
    expect(events.filter((e) => e.type === 'finished').map((e) => e.runId)).toEqual([2]);
  });

  it('runs GPU backends one at a time, since workers share one GPU', () => {
    const { pool, workers } = setup({ size: 4 });
    pool.start(1, DEFAULT_SPEC, 'webgl');
    pool.start(2, DEFAULT_SPEC, 'webgl');
    expect(workers.map((w) => w.starts())).toEqual([[1]]);
    workers[0]?.reply(finished(1));
    expect(workers[0]?.starts()).toEqual([1, 2]);
  });

  it('passes run options and forwards stop, pause and resume to the right worker', () => {
    const { pool, workers } = setup();
    pool.start(1, DEFAULT_SPEC, 'cpu', { predictions: true });
    pool.start(2, DEFAULT_SPEC, 'cpu');
    pool.pause(2);
    pool.resume(2);
    pool.stop(1);
    expect(workers[0]?.posted).toEqual([
      {
        type: 'start',
        runId: 1,
        spec: DEFAULT_SPEC,
        backend: 'cpu',
        options: { predictions: true, exportModel: false, cvFolds: 1, epochMs: 0, stepOnce: false },
      },
      { type: 'stop', runId: 1 },
    ]);
    expect(workers[1]?.posted.slice(1)).toEqual([
      { type: 'pause', runId: 2 },
      { type: 'resume', runId: 2 },
    ]);
  });

  it('stops a queued run without starting it', () => {
    const { pool, workers, events } = setup({ size: 1 });
    pool.start(1, DEFAULT_SPEC, 'cpu');
    pool.start(2, DEFAULT_SPEC, 'cpu');
    pool.stop(2);
    expect(events.at(-1)).toMatchObject({ type: 'finished', runId: 2, reason: 'stopped' });
    workers[0]?.reply(finished(1));
    expect(workers[0]?.starts()).toEqual([1]);
  });

  it('sends each dataset once per worker, before the run that needs it', () => {
    const { pool, workers } = setup({ size: 1 });
    const data = {
      features: new Float32Array(4),
      targets: new Float32Array(2),
      count: 2,
      featureCount: 2,
    };
    pool.provideData('csv:abc', data);
    pool.start(1, DEFAULT_SPEC, 'cpu');
    workers[0]?.reply(finished(1));
    pool.start(2, DEFAULT_SPEC, 'cpu');
    expect(workers[0]?.posted.map((m) => m.type)).toEqual(['data', 'start', 'start']);
  });

  it('replaces a crashed worker, reports its run failed, and keeps serving the queue', () => {
    const { pool, workers, events } = setup({ size: 1 });
    pool.start(1, DEFAULT_SPEC, 'cpu');
    pool.start(2, DEFAULT_SPEC, 'cpu');
    workers[0]?.fire('error', { message: 'boom' });
    expect(workers[0]?.terminated).toBe(true);
    expect(events).toContainEqual({
      type: 'crashed',
      runId: 1,
      message: engineMessage('training-worker-crashed', { detail: 'boom' }),
    });
    expect(workers[1]?.starts()).toEqual([2]);
    // A worker that could not even load says nothing of its own: the words say what is likely.
    workers[1]?.fire('error', {});
    expect(events.at(-1)).toEqual({
      type: 'crashed',
      runId: 2,
      message: engineMessage('training-worker-crashed', {
        detail: engineMessage('worker-load-failed'),
      }),
    });
  });

  it('treats a worker that speaks nonsense as crashed', () => {
    const { pool, workers, events } = setup();
    pool.start(1, DEFAULT_SPEC, 'cpu');
    workers[0]?.reply({ type: 'progress', runId: 'one' });
    expect(events.at(-1)).toEqual({
      type: 'crashed',
      runId: 1,
      message: engineMessage('reply-unreadable', {
        what: engineMessage('what-type', { type: 'progress' }),
      }),
    });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('terminates and replaces a worker silent for longer than the hang timeout', () => {
    const { pool, workers, events } = setup({ size: 1 });
    pool.start(1, DEFAULT_SPEC, 'cpu');
    pool.start(2, DEFAULT_SPEC, 'cpu');
    clock = 9_000;
    workers[0]?.reply({ type: 'progress', runId: 1, epoch: 1, batch: 1, loss: null });
    vi.advanceTimersByTime(1_000);
    clock = 18_000;
    vi.advanceTimersByTime(1_000);
    expect(events.some((e) => e.type === 'crashed')).toBe(false);
    clock = 19_500;
    vi.advanceTimersByTime(1_000);
    expect(events.at(-1)).toEqual({
      type: 'crashed',
      runId: 1,
      message: engineMessage('training-worker-hung', { seconds: 11 }),
    });
    expect(workers[1]?.starts()).toEqual([2]);
  });

  it('does not count a paused run as hung', () => {
    const { pool, workers, events } = setup();
    pool.start(1, DEFAULT_SPEC, 'cpu');
    workers[0]?.reply({ type: 'paused', runId: 1 });
    clock = 60_000;
    vi.advanceTimersByTime(2_000);
    expect(events.some((e) => e.type === 'crashed')).toBe(false);
  });

  it('chooses "auto" by probing each backend in a worker of its own, fastest wins', async () => {
    const { pool, workers, events } = setup();
    pool.start(1, DEFAULT_SPEC, 'auto');
    const speeds = { cpu: 900, wasm: 1200, webgl: 60 };
    for (const [index, backend] of (['cpu', 'wasm', 'webgl'] as const).entries()) {
      await vi.waitFor(() => expect(workers).toHaveLength(index + 1));
      expect(workers[index]?.posted).toEqual([
        { type: 'probe', probeId: 0, spec: DEFAULT_SPEC, backend },
      ]);
      workers[index]?.reply({
        type: 'probed',
        probeId: 0,
        backend,
        samplesPerSecond: speeds[backend],
        warmupMs: 10,
        reason: null,
      });
      expect(workers[index]?.terminated).toBe(true);
    }
    // WebGPU never answers: it is given up after the probe timeout.
    await vi.waitFor(() => expect(workers).toHaveLength(4));
    vi.advanceTimersByTime(5_000);
    await vi.waitFor(() => expect(workers).toHaveLength(5));
    expect(workers[3]?.terminated).toBe(true);
    const auto = events.find((e) => e.type === 'auto');
    expect(auto).toMatchObject({ runId: 1, choice: { chosen: 'wasm' } });
    expect(auto?.type === 'auto' && auto.choice.measurements.at(-1)).toMatchObject({
      backend: 'webgpu',
      samplesPerSecond: null,
      reason: engineMessage('probe-timeout', { seconds: 5 }),
    });
    expect(workers[4]?.posted).toMatchObject([{ type: 'start', runId: 1, backend: 'wasm' }]);

    // The same model measures once: the next run starts at once on the chosen backend.
    pool.start(2, DEFAULT_SPEC, 'auto');
    await vi.waitFor(() => expect(workers[5]?.starts()).toEqual([2]));
    expect(workers[5]?.posted).toMatchObject([{ backend: 'wasm' }]);
  });

  it('measures a model family once: trials that change units or batch size reuse it, new layer types do not', async () => {
    const { pool, workers } = setup({ size: 1 });
    const answerProbes = async () => {
      for (const backend of ['cpu', 'wasm', 'webgl', 'webgpu'] as const) {
        await vi.waitFor(() =>
          expect(workers.at(-1)?.posted).toMatchObject([{ type: 'probe', backend }]),
        );
        workers.at(-1)?.reply({
          type: 'probed',
          probeId: 0,
          backend,
          samplesPerSecond: 100,
          warmupMs: 1,
          reason: null,
        });
      }
    };
    const probes = () => workers.filter((w) => w.posted[0]?.type === 'probe').length;
    const [first, ...rest] = DEFAULT_SPEC.model.layers;
    const variant = (units: number, batchSize: number) => ({
      ...DEFAULT_SPEC,
      model: { ...DEFAULT_SPEC.model, layers: [{ ...first!, units } as typeof first, ...rest] },
      training: { ...DEFAULT_SPEC.training, batchSize },
    });
    pool.start(1, variant(4, 16), 'auto');
    await answerProbes();
    for (let run = 2; run <= 10; run++) pool.start(run, variant(run * 3, 8 * run), 'auto');
    await vi.waitFor(() => expect(pool.prober.probes).toBe(4));
    await Promise.resolve();
    expect(probes()).toBe(4);

    const deeper = {
      ...DEFAULT_SPEC,
      model: { ...DEFAULT_SPEC.model, layers: [first!, first!, ...rest] },
    };
    pool.start(11, deeper, 'auto');
    await answerProbes();
    expect(pool.prober.probes).toBe(8);
  });

  it('excludes backends known not to train the model, with the reason, without probing them', async () => {
    const { pool, workers, events } = setup();
    const conv = withMnistConvnet(DEFAULT_SPEC, 100);
    pool.start(1, conv, 'auto');
    for (const backend of ['cpu', 'webgl', 'webgpu']) {
      await vi.waitFor(() => expect(workers.at(-1)?.posted[0]).toMatchObject({ backend }));
      workers.at(-1)?.reply({
        type: 'probed',
        probeId: 0,
        backend,
        samplesPerSecond: null,
        warmupMs: null,
        reason: backend === 'cpu' ? null : textMessage('no GPU'),
        ...(backend === 'cpu' ? { samplesPerSecond: 100, warmupMs: 5 } : {}),
      });
    }
    await vi.waitFor(() => expect(events.some((e) => e.type === 'auto')).toBe(true));
    const auto = events.find((e) => e.type === 'auto');
    expect(auto?.type === 'auto' && auto.choice.chosen).toBe('cpu');
    expect(auto?.type === 'auto' && auto.choice.measurements[1]).toMatchObject({
      backend: 'wasm',
      reason: engineMessage('wasm-conv2d'),
    });
  });

  it('kills the worker of a run on the test hook by asking it to exit', () => {
    const { pool, workers } = setup();
    pool.start(1, DEFAULT_SPEC, 'cpu');
    pool.killWorkerOf(1);
    expect(workers[0]?.posted.at(-1)).toEqual({ type: 'exit' });
  });

  it('replaces a worker whose failure is fatal and reports its run as crashed', () => {
    const { pool, workers, events } = setup({ size: 1 });
    pool.start(1, DEFAULT_SPEC, 'cpu');
    pool.start(2, DEFAULT_SPEC, 'cpu');
    const lost = engineMessage('training-failed', { reason: textMessage('device lost') });
    workers[0]?.reply({ type: 'failed', runId: 1, message: lost, fatal: true });
    expect(workers[0]?.terminated).toBe(true);
    expect(events).toContainEqual({ type: 'crashed', runId: 1, message: lost });
    expect(workers[1]?.starts()).toEqual([2]);
  });

  it('keeps serving when a listener throws, and reports the error', () => {
    const { pool, workers } = setup({ size: 1 });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      pool.subscribe(() => {
        throw new Error('listener bug');
      });
      pool.start(1, DEFAULT_SPEC, 'cpu');
      pool.start(2, DEFAULT_SPEC, 'cpu');
      workers[0]?.reply(finished(1));
      expect(workers[0]?.starts()).toEqual([1, 2]);
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      console.error = original;
    }
  });

  it('reports an "auto" run whose measuring workers cannot be created, and measures again next time', async () => {
    let allowed = false;
    const events: EngineEvent[] = [];
    const pool = new TrainingPool(
      () => {
        if (!allowed) throw new Error('no module workers here');
        return new FakeWorker();
      },
      { size: 1 },
      () => clock,
    );
    pool.subscribe((e) => events.push(e));
    pool.start(1, DEFAULT_SPEC, 'auto');
    await vi.waitFor(() =>
      expect(events).toContainEqual({
        type: 'crashed',
        runId: 1,
        message: engineMessage('measure-failed', {
          reason: textMessage('no module workers here'),
        }),
      }),
    );
    allowed = true;
    pool.start(2, DEFAULT_SPEC, 'auto');
    await vi.waitFor(() =>
      expect(events.some((e) => e.type === 'crashed' && e.runId === 2)).toBe(false),
    );
  });

  it('counts silence again from a resume or a stop of a paused run', () => {
    const { pool, workers, events } = setup();
    pool.start(1, DEFAULT_SPEC, 'cpu');
    workers[0]?.reply({ type: 'paused', runId: 1 });
    clock = 50_000;
    pool.stop(1);
    clock = 61_000;
    vi.advanceTimersByTime(1_000);
    expect(events.at(-1)).toMatchObject({ type: 'crashed', runId: 1 });
  });

  it("forwards a pace and a step to the run's worker, clamping the pace", () => {
    const { pool, workers } = setup();
    pool.start(1, DEFAULT_SPEC, 'cpu', { epochMs: 250 });
    pool.setPace(1, 1000);
    pool.setPace(1, 60_000);
    pool.setPace(1, -5);
    pool.step(1);
    pool.setPace(9, 100);
    pool.step(9);
    expect(workers[0]?.posted).toEqual([
      expect.objectContaining({
        type: 'start',
        options: expect.objectContaining({ epochMs: 250 }),
      }),
      { type: 'pace', runId: 1, epochMs: 1000 },
      { type: 'pace', runId: 1, epochMs: 10_000 },
      { type: 'pace', runId: 1, epochMs: 0 },
      { type: 'step', runId: 1 },
    ]);
  });

  it('starts a queued run with the pace and the step given while it waited', () => {
    const { pool, workers } = setup({ size: 1 });
    pool.start(1, DEFAULT_SPEC, 'cpu');
    pool.start(2, DEFAULT_SPEC, 'cpu', { epochMs: 100 });
    pool.setPace(2, 500);
    pool.step(2);
    expect(workers[0]?.posted.filter((m) => m.type !== 'start')).toEqual([]);
    workers[0]?.reply(finished(1));
    expect(workers[0]?.posted.at(-1)).toMatchObject({
      type: 'start',
      runId: 2,
      options: { epochMs: 500, stepOnce: true },
    });
  });

  it('starts an "auto" run with the pace given while its backends were measured', async () => {
    const { pool, workers } = setup();
    pool.start(1, DEFAULT_SPEC, 'auto');
    pool.setPace(1, 1000);
    for (const [index, backend] of (['cpu', 'wasm', 'webgl', 'webgpu'] as const).entries()) {
      await vi.waitFor(() => expect(workers).toHaveLength(index + 1));
      workers[index]?.reply({
        type: 'probed',
        probeId: 0,
        backend,
        samplesPerSecond: backend === 'cpu' ? 900 : null,
        warmupMs: 10,
        reason: backend === 'cpu' ? null : textMessage('no'),
      });
    }
    await vi.waitFor(() => expect(workers[4]?.starts()).toEqual([1]));
    expect(workers[4]?.posted.at(-1)).toMatchObject({ options: { epochMs: 1000 } });
  });

  it('gives a paced run its pace on top of the hang timeout, and counts again from a step', () => {
    const { pool, workers, events } = setup();
    pool.start(1, DEFAULT_SPEC, 'cpu', { epochMs: 5_000 });
    // Silent for 14 s: longer than the hang timeout (10 s), within it plus the pace (15 s).
    clock = 14_000;
    vi.advanceTimersByTime(1_000);
    expect(events.some((e) => e.type === 'crashed')).toBe(false);
    // A slower pace given later counts too.
    pool.setPace(1, 10_000);
    clock = 19_000;
    vi.advanceTimersByTime(1_000);
    expect(events.some((e) => e.type === 'crashed')).toBe(false);
    // Paused for a minute, then a step: silence counts from the step.
    workers[0]?.reply({ type: 'paused', runId: 1 });
    clock = 80_000;
    vi.advanceTimersByTime(1_000);
    pool.step(1);
    clock = 95_000;
    vi.advanceTimersByTime(1_000);
    expect(events.some((e) => e.type === 'crashed')).toBe(false);
    clock = 101_000;
    vi.advanceTimersByTime(1_000);
    expect(events.at(-1)).toMatchObject({ type: 'crashed', runId: 1 });
  });

  it('ends a measurement in flight when disposed, and starts nothing afterwards', async () => {
    const { pool, workers } = setup();
    pool.start(1, DEFAULT_SPEC, 'auto');
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    pool.dispose();
    expect(workers[0]?.terminated).toBe(true);
    vi.advanceTimersByTime(60_000);
    await Promise.resolve();
    expect(workers).toHaveLength(1);
  });
});
