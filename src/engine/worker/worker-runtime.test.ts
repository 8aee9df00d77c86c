import * as tf from '@tensorflow/tfjs';
import { describe, expect, it, vi } from 'vitest';
import { generateCircle } from '../../data/circle';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import { withMnistConvnet } from '../../experiment/presets';
import type * as PrepareModule from '../../experiment/prepare';
import { prepareExperimentData, prepareFolds } from '../../experiment/prepare';
import type { BackendChoice, BackendReport, WorkerReply } from '../client/protocol';
import { DEFAULT_RUN_OPTIONS, workerReplySchema } from '../client/protocol';
import { engineMessage, textMessage } from '../client/engine-messages';
import type { Message } from '../../lib/message';
import { createWorkerRuntime } from './worker-runtime';

// The real functions, counted: the runtime keeps prepared data between runs that share it.
vi.mock('../../experiment/prepare', async (importOriginal) => {
  const actual = await importOriginal<typeof PrepareModule>();
  return {
    ...actual,
    prepareExperimentData: vi.fn(actual.prepareExperimentData),
    prepareFolds: vi.fn(actual.prepareFolds),
  };
});

const cpuBackend = async (requested: BackendChoice): Promise<BackendReport> => {
  await tf.setBackend('cpu');
  return { requested, active: 'cpu', attempts: [{ backend: 'cpu', ok: true, reason: null }] };
};

function setup(startBackend = cpuBackend) {
  const replies: WorkerReply[] = [];
  const transfers: (Transferable[] | undefined)[] = [];
  let exited = false;
  const runtime = createWorkerRuntime({
    post: (r, t) => {
      replies.push(r);
      transfers.push(t);
    },
    startBackend,
    exit: () => (exited = true),
  });
  return { replies, runtime, transfers, exited: () => exited };
}

const options = DEFAULT_RUN_OPTIONS;
const shortSpec = { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, epochs: 3 } };

describe('worker runtime', () => {
  it.each([
    ['a string', 'train please'],
    ['null', null],
    ['an unknown type', { type: 'explode' }],
    ['a start without a run id', { type: 'start', spec: DEFAULT_SPEC, backend: 'cpu' }],
    ['an unknown backend', { type: 'start', runId: 1, spec: DEFAULT_SPEC, backend: 'quantum' }],
  ])('answers %s with an error reply instead of crashing', async (_, message) => {
    const { replies, runtime } = setup();
    await runtime.handle(message);
    expect(replies).toEqual([
      {
        type: 'failed',
        runId: null,
        message: expect.objectContaining({ code: 'messages:engine.request-unreadable' }),
      },
    ]);
  });

  it('trains a valid spec: backend, started, one reply per epoch, finished with no leaked tensors', async () => {
    const { replies, runtime } = setup();
    await runtime.handle({ type: 'start', runId: 7, spec: shortSpec, backend: 'cpu', options });
    expect(replies.map((r) => r.type).filter((t) => t !== 'progress')).toEqual([
      'backend',
      'started',
      'epoch',
      'epoch',
      'epoch',
      'finished',
    ]);
    expect(replies.find((r) => r.type === 'started')).toMatchObject({
      backend: 'cpu',
      params: 105,
      trainSize: 320,
      validationSize: 80,
      batchesPerEpoch: 10,
    });
    const finished = replies.at(-1);
    expect(finished).toMatchObject({ type: 'finished', runId: 7, reason: 'completed', epochs: 3 });
    if (finished?.type !== 'finished') throw new Error('no finished reply');
    expect(finished.tensorsAfter).toBe(finished.tensorsBefore);
  });

  it('rejects an invalid spec with the reason, before touching a backend', async () => {
    let backendStarted = false;
    const { replies, runtime } = setup(async (requested) => {
      backendStarted = true;
      return cpuBackend(requested);
    });
    const bad = { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, batchSize: 0 } };
    await runtime.handle({ type: 'start', runId: 1, spec: bad, backend: 'cpu', options });
    expect(backendStarted).toBe(false);
    expect(replies).toEqual([
      {
        type: 'failed',
        runId: 1,
        message: engineMessage('invalid-spec'),
        // Read as "Batch size must be at least 1" (src/ui/shared/problem-text.test.ts).
        problems: [
          {
            code: 'too-small',
            path: 'training.batchSize',
            params: { field: 'training.batchSize', min: 1 },
          },
        ],
      },
    ]);
  });

  it('reports every backend that failed, with its reason, when none starts', async () => {
    const { replies, runtime } = setup(async (requested) => ({
      requested,
      active: null,
      attempts: [
        { backend: 'webgpu', ok: false, reason: engineMessage('no-gpu-adapter') },
        { backend: 'cpu', ok: false, reason: textMessage('No kernels.') },
        { backend: 'wasm', ok: false, reason: null },
      ],
    }));
    await runtime.handle({ type: 'start', runId: 2, spec: shortSpec, backend: 'auto', options });
    // "webgpu: … cpu: … wasm: unknown", one after the other.
    const attempt = (backend: string, reason: Message) =>
      engineMessage('attempt', { backend, reason });
    expect(replies).toEqual([
      expect.objectContaining({ type: 'backend' }),
      {
        type: 'failed',
        runId: 2,
        message: engineMessage('no-backend', {
          attempts: engineMessage('attempts', {
            first: engineMessage('attempts', {
              first: attempt('webgpu', engineMessage('no-gpu-adapter')),
              rest: attempt('cpu', textMessage('No kernels.')),
            }),
            rest: attempt('wasm', engineMessage('unknown')),
          }),
        }),
      },
    ]);
  });

  it('stops a run mid-training and says so', async () => {
    const { replies, runtime } = setup();
    const longSpec = { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, epochs: 500 } };
    const running = runtime.handle({
      type: 'start',
      runId: 3,
      spec: longSpec,
      backend: 'cpu',
      options,
    });
    while (!replies.some((r) => r.type === 'epoch')) await new Promise((r) => setTimeout(r, 5));
    await runtime.handle({ type: 'stop', runId: 3 });
    await running;
    const finished = replies.at(-1);
    expect(finished).toMatchObject({ type: 'finished', runId: 3, reason: 'stopped' });
    if (finished?.type !== 'finished') throw new Error('no finished reply');
    expect(finished.epochs).toBeLessThan(500);
    expect(finished.epochs).toBe(replies.filter((r) => r.type === 'epoch').length);
    expect(finished.tensorsAfter).toBe(finished.tensorsBefore);
  });

  it('refuses a second start while a run is training', async () => {
    const { replies, runtime } = setup();
    const running = runtime.handle({
      type: 'start',
      runId: 4,
      spec: shortSpec,
      backend: 'cpu',
      options,
    });
    await runtime.handle({ type: 'start', runId: 5, spec: shortSpec, backend: 'cpu', options });
    await running;
    expect(replies).toContainEqual({
      type: 'failed',
      runId: 5,
      message: engineMessage('busy', { runId: 4 }),
    });
    expect(replies.at(-1)).toMatchObject({ type: 'finished', runId: 4, reason: 'completed' });
  });

  it('trains on data the main thread provided, looked up by key', async () => {
    const { replies, runtime } = setup();
    const csvSpec = {
      ...shortSpec,
      dataset: {
        ...shortSpec.dataset,
        name: 'csv',
        csv: {
          fileName: 'points.csv',
          hash: '0123456789abcdef',
          target: 'label',
          task: 'classification',
          missing: 'drop',
          shape: { task: 'binary', inputSize: 2, outputSize: 1 },
        },
      },
    };
    await runtime.handle({ type: 'start', runId: 8, spec: csvSpec, backend: 'cpu', options });
    expect(replies).toEqual([{ type: 'failed', runId: 8, message: engineMessage('data-missing') }]);

    const points = generateCircle({ numPoints: 100, noise: 0, seed: 3 });
    await runtime.handle({
      type: 'data',
      key: 'csv:0123456789abcdef:classification:drop:label',
      ...points,
    });
    await runtime.handle({ type: 'start', runId: 9, spec: csvSpec, backend: 'cpu', options });
    expect(replies.find((r) => r.type === 'started' && r.runId === 9)).toMatchObject({
      trainSize: 80,
      validationSize: 20,
    });
    expect(replies.at(-1)).toMatchObject({
      type: 'finished',
      runId: 9,
      reason: 'completed',
      epochs: 3,
    });
  });

  it('refuses to train Conv2D on the wasm backend, which cannot, and says what to choose', async () => {
    const { replies, runtime } = setup(async (requested) => ({
      requested,
      active: 'wasm',
      attempts: [{ backend: 'wasm', ok: true, reason: null }],
    }));
    const points = generateCircle({ numPoints: 100, noise: 0, seed: 3 });
    const convSpec = withMnistConvnet(shortSpec, 100);
    const images = {
      features: new Float32Array(100 * 784),
      targets: points.targets.map((_, i) => i % 10),
      count: 100,
      featureCount: 784,
    };
    await runtime.handle({ type: 'data', key: 'mnist', ...images });
    await runtime.handle({ type: 'start', runId: 11, spec: convSpec, backend: 'wasm', options });
    expect(replies.at(-1)).toEqual({
      type: 'failed',
      runId: 11,
      message: engineMessage('incompatible-backend', { reason: engineMessage('wasm-conv2d') }),
    });
  });

  it('refuses provided data whose sizes do not agree', async () => {
    const { replies, runtime } = setup();
    const data = {
      features: new Float32Array(5),
      targets: new Float32Array(2),
      count: 2,
      featureCount: 2,
    };
    await runtime.handle({ type: 'data', key: 'mnist', ...data });
    expect(replies).toEqual([
      {
        type: 'failed',
        runId: null,
        message: engineMessage('data-inconsistent', { key: 'mnist' }),
      },
    ]);
  });

  it('reports an error that escaped every handler against the run in progress', async () => {
    const { replies, runtime } = setup();
    const running = runtime.handle({
      type: 'start',
      runId: 10,
      spec: shortSpec,
      backend: 'cpu',
      options,
    });
    runtime.fail(new Error('GPU device was lost'));
    await running;
    expect(replies).toContainEqual({
      type: 'failed',
      runId: 10,
      message: engineMessage('training-failed', { reason: textMessage('GPU device was lost') }),
      fatal: true,
    });
  });

  it('turns an exception during training into a readable failure', async () => {
    const { replies, runtime } = setup(async () => {
      throw new Error('Failed to compile fragment shader: out of memory');
    });
    await runtime.handle({ type: 'start', runId: 6, spec: shortSpec, backend: 'webgl', options });
    expect(replies).toEqual([
      {
        type: 'failed',
        runId: 6,
        message: engineMessage('training-failed', {
          reason: engineMessage('out-of-memory', {
            detail: 'Failed to compile fragment shader: out of memory',
          }),
        }),
      },
    ]);
  });

  it('pauses between batches, keeps the model, and resumes to the same result', async () => {
    const plain = setup();
    await plain.runtime.handle({
      type: 'start',
      runId: 1,
      spec: shortSpec,
      backend: 'cpu',
      options,
    });
    const { replies, runtime } = setup();
    const running = runtime.handle({
      type: 'start',
      runId: 1,
      spec: shortSpec,
      backend: 'cpu',
      options,
    });
    await runtime.handle({ type: 'pause', runId: 1 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const whilePaused = replies.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(replies.length).toBe(whilePaused);
    expect(replies).toContainEqual({ type: 'paused', runId: 1 });
    expect(replies.some((r) => r.type === 'epoch')).toBe(false);
    await runtime.handle({ type: 'resume', runId: 1 });
    await running;
    expect(replies.map((r) => r.type)).toContain('resumed');
    const epochs = (list: WorkerReply[]) =>
      list.filter((r) => r.type === 'epoch').map((r) => r.metrics);
    expect(epochs(replies)).toEqual(epochs(plain.replies));
  });

  it('reports paused only where the loop parks, so no epoch can follow it before a resume', async () => {
    const { replies, runtime } = setup();
    const running = runtime.handle({
      type: 'start',
      runId: 3,
      spec: shortSpec,
      backend: 'cpu',
      options,
    });
    // Asked for and taken back before the loop reached a batch boundary: it never paused, so
    // the page hears neither (an epoch finishing then would otherwise follow "paused").
    await runtime.handle({ type: 'pause', runId: 3 });
    await runtime.handle({ type: 'resume', runId: 3 });
    await running;
    const types = replies.map((r) => r.type);
    expect(types).not.toContain('paused');
    expect(types).not.toContain('resumed');
    expect(types.filter((t) => t === 'epoch')).toHaveLength(3);
  });

  it('stops a paused run', async () => {
    const { replies, runtime } = setup();
    const running = runtime.handle({
      type: 'start',
      runId: 2,
      spec: shortSpec,
      backend: 'cpu',
      options,
    });
    await runtime.handle({ type: 'pause', runId: 2 });
    await runtime.handle({ type: 'stop', runId: 2 });
    await running;
    expect(replies.at(-1)).toMatchObject({ type: 'finished', reason: 'stopped' });
  });

  it('sends live predictions and the trained model as transferred buffers', async () => {
    const { replies, runtime, transfers } = setup();
    await runtime.handle({
      type: 'start',
      runId: 3,
      spec: shortSpec,
      backend: 'cpu',
      options: { predictions: true, exportModel: true, cvFolds: 1 },
    });
    const kinds = replies.flatMap((r) => (r.type === 'predictions' ? [r.predictions.kind] : []));
    expect(kinds).toContain('grid');
    expect(kinds.at(-1)).toBe('feature-importance');
    const model = replies.find((r) => r.type === 'model');
    if (model?.type !== 'model') throw new Error('no model reply');
    expect(model.weights.byteLength).toBe(105 * 4);
    expect(JSON.parse(model.topology)).toHaveProperty('class_name', 'Sequential');
    expect(transfers[replies.indexOf(model)]).toEqual([model.weights]);
    const finished = replies.at(-1);
    if (finished?.type !== 'finished') throw new Error('no finished reply');
    expect(finished.tensorsAfter).toBe(finished.tensorsBefore);
  });

  const mnistLike = {
    features: Float32Array.from({ length: 100 * 784 }, (_, i) => ((i * 7919) % 256) / 255),
    targets: Float32Array.from({ length: 100 }, (_, i) => i % 10),
    count: 100,
    featureCount: 784,
  };
  const irisSpec = {
    ...shortSpec,
    dataset: { ...shortSpec.dataset, name: 'iris', numPoints: 150, standardize: true },
    model: {
      layers: [
        { type: 'dense', units: 8, activation: 'relu', kernelL1: 0, kernelL2: 0 },
        { type: 'dense', units: 3, activation: 'softmax', kernelL1: 0, kernelL2: 0 },
      ],
    },
    training: { ...shortSpec.training, loss: 'sparseCategoricalCrossentropy' },
  };
  it.each([
    ['Iris', irisSpec, ['confusion', 'feature-importance']],
    ['a 2-D set', shortSpec, ['grid', 'hidden-units', 'confusion', 'feature-importance']],
    [
      'MNIST-like digits',
      withMnistConvnet(shortSpec, 100),
      ['confusion', 'misclassified', 'attributions'],
    ],
  ])(
    'explains a run on %s at the final model, transferring its arrays, leaking no tensor',
    async (_, spec, final) => {
      const { replies, runtime, transfers } = setup();
      await runtime.handle({ type: 'data', key: 'mnist', ...mnistLike });
      await runtime.handle({
        type: 'start',
        runId: 12,
        spec,
        backend: 'cpu',
        options: { ...options, predictions: true },
      });
      const predictions = replies.filter((r) => r.type === 'predictions');
      const last = predictions.slice(-final.length);
      expect(last.map((r) => r.predictions.kind)).toEqual(final);
      for (const reply of predictions) {
        expect(workerReplySchema.safeParse(reply).success).toBe(true);
        const arrays = Object.values(reply.predictions).filter((v) => v instanceof Float32Array);
        expect(transfers[replies.indexOf(reply)]).toEqual(arrays.map((a) => a.buffer));
      }
      const finished = replies.at(-1);
      if (finished?.type !== 'finished') throw new Error('no finished reply');
      expect(finished.tensorsAfter).toBe(finished.tensorsBefore);
    },
  );

  it('sends the hidden units live with the grid, and at the final model', async () => {
    const { replies, runtime } = setup();
    await runtime.handle({
      type: 'start',
      runId: 13,
      spec: shortSpec,
      backend: 'cpu',
      options: { ...options, predictions: true },
    });
    const units = replies.flatMap((r) =>
      r.type === 'predictions' && r.predictions.kind === 'hidden-units' ? [r.predictions] : [],
    );
    expect(units.length).toBeGreaterThanOrEqual(2);
    expect(units[0]).toMatchObject({ epoch: 1, size: 24 });
    expect(units.at(-1)?.layers.map((l) => l.layerIndex)).toEqual([0, 1]);
  });

  it('trains k folds when asked and reports the folds it used', async () => {
    const { replies, runtime } = setup();
    await runtime.handle({
      type: 'start',
      runId: 4,
      spec: shortSpec,
      backend: 'cpu',
      options: { ...options, cvFolds: 3 },
    });
    expect(replies.find((r) => r.type === 'started')).toMatchObject({ folds: 3 });
    const epoch = replies.find((r) => r.type === 'epoch');
    expect(epoch?.type === 'epoch' && epoch.metrics.valLossStd).toBeGreaterThan(0);
  });

  it("probes a backend: warm samples per second of the spec's own model", async () => {
    const { replies, runtime } = setup();
    await runtime.handle({ type: 'probe', probeId: 1, spec: shortSpec, backend: 'cpu' });
    expect(replies).toEqual([
      {
        type: 'probed',
        probeId: 1,
        backend: 'cpu',
        samplesPerSecond: expect.any(Number) as number,
        warmupMs: expect.any(Number) as number,
        reason: null,
      },
    ]);
  });

  it('refuses to probe Conv2D on wasm, with the reason', async () => {
    const { replies, runtime } = setup();
    const conv = withMnistConvnet(DEFAULT_SPEC, 100);
    await runtime.handle({ type: 'probe', probeId: 2, spec: conv, backend: 'wasm' });
    expect(replies).toEqual([
      expect.objectContaining({
        type: 'probed',
        samplesPerSecond: null,
        reason: engineMessage('wasm-conv2d'),
      }),
    ]);
  });

  it('closes itself silently on the exit test hook', async () => {
    const { replies, runtime, exited } = setup();
    await runtime.handle({ type: 'exit' });
    expect(exited()).toBe(true);
    expect(replies).toEqual([]);
  });

  it('returns to its tensor baseline after each of 50 consecutive trials, optimizer state included', async () => {
    const { replies, runtime } = setup();
    const trial = (seed: number) => ({
      ...DEFAULT_SPEC,
      dataset: { ...DEFAULT_SPEC.dataset, numPoints: 100 },
      training: { ...DEFAULT_SPEC.training, epochs: 1, optimizer: 'adam', seed },
    });
    await runtime.handle({ type: 'start', runId: 1000, spec: trial(0), backend: 'cpu', options });
    const baseline = tf.memory().numTensors;
    for (let n = 1; n <= 50; n++) {
      await runtime.handle({
        type: 'start',
        runId: 1000 + n,
        spec: trial(n),
        backend: 'cpu',
        options: { ...options, predictions: true },
      });
    }
    const finished = replies.filter((r) => r.type === 'finished');
    expect(finished).toHaveLength(51);
    for (const reply of finished) expect(reply.tensorsAfter).toBe(reply.tensorsBefore);
    expect(tf.memory().numTensors).toBe(baseline);
  }, 120_000);

  it('prepares the data once for runs that share it, and trains them as it would afresh', async () => {
    const epochsOf = (list: WorkerReply[], runId: number) =>
      list
        .filter((r) => r.type === 'epoch' && r.runId === runId)
        .map((r) => r.type === 'epoch' && r.metrics);
    const other = {
      ...shortSpec,
      model: {
        layers: shortSpec.model.layers.map((l) =>
          l.type === 'dense' && l.units === 8 ? { ...l, units: 4 } : l,
        ),
      },
      training: { ...shortSpec.training, learningRate: 0.01, batchSize: 16 },
    };
    const fresh = setup();
    await fresh.runtime.handle({ type: 'start', runId: 2, spec: other, backend: 'cpu', options });

    const { replies, runtime } = setup();
    vi.mocked(prepareExperimentData).mockClear();
    await runtime.handle({ type: 'start', runId: 1, spec: shortSpec, backend: 'cpu', options });
    await runtime.handle({ type: 'start', runId: 2, spec: other, backend: 'cpu', options });
    expect(prepareExperimentData).toHaveBeenCalledTimes(1);
    expect(epochsOf(replies, 2)).toEqual(epochsOf(fresh.replies, 2));
    expect(epochsOf(replies, 2)).toHaveLength(3);

    // Another split seed, other data settings, or folds: prepared again.
    const seeded = { ...shortSpec, training: { ...shortSpec.training, seed: 9 } };
    const noisier = { ...shortSpec, dataset: { ...shortSpec.dataset, noise: 0.3 } };
    await runtime.handle({ type: 'start', runId: 3, spec: seeded, backend: 'cpu', options });
    await runtime.handle({ type: 'start', runId: 4, spec: noisier, backend: 'cpu', options });
    expect(prepareExperimentData).toHaveBeenCalledTimes(3);
    vi.mocked(prepareFolds).mockClear();
    const cv = { ...options, cvFolds: 3 };
    await runtime.handle({ type: 'start', runId: 5, spec: noisier, backend: 'cpu', options: cv });
    await runtime.handle({ type: 'start', runId: 6, spec: other, backend: 'cpu', options: cv });
    await runtime.handle({ type: 'start', runId: 7, spec: shortSpec, backend: 'cpu', options: cv });
    expect(prepareFolds).toHaveBeenCalledTimes(2);
    expect(replies.filter((r) => r.type === 'finished')).toHaveLength(7);
  });

  describe('pace and step', () => {
    /** A runtime whose replies carry the time they were posted at. */
    function timed() {
      const replies: { reply: WorkerReply; at: number }[] = [];
      const runtime = createWorkerRuntime({
        post: (reply) => replies.push({ reply, at: performance.now() }),
        startBackend: cpuBackend,
      });
      const of = (type: WorkerReply['type']) => replies.filter((r) => r.reply.type === type);
      const until = async (done: () => boolean) => {
        while (!done()) await new Promise((resolve) => setTimeout(resolve, 2));
      };
      /** The types posted after the `index`th reply, progress left out. */
      const typesAfter = (index: number) =>
        replies
          .slice(index)
          .map((r) => r.reply.type)
          .filter((t) => t !== 'progress');
      return { replies, runtime, of, until, typesAfter };
    }
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const start = (epochs: number, extra: Partial<typeof options> = {}) => ({
      type: 'start',
      runId: 1,
      spec: { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, epochs } },
      backend: 'cpu',
      options: { ...options, ...extra },
    });

    it('starts epochs at least epochMs apart, and does not hold back the finish', async () => {
      const { runtime, of } = timed();
      await runtime.handle(start(4, { epochMs: 150 }));
      const startedAt = of('started')[0]?.at ?? NaN;
      const epochs = of('epoch');
      expect(epochs).toHaveLength(4);
      // Epoch k + 1 begins no sooner than k paces after the first began (itself after 'started').
      epochs.forEach(({ at }, k) => expect(at - startedAt).toBeGreaterThanOrEqual(k * 150));
      const finishedAt = of('finished')[0]?.at ?? NaN;
      expect(finishedAt - (epochs.at(-1)?.at ?? NaN)).toBeLessThan(150);

      // The last epoch is never waited out: a one-epoch run at the slowest pace ends at once.
      const single = timed();
      const begun = performance.now();
      await single.runtime.handle(start(1, { epochMs: 10_000 }));
      expect(performance.now() - begun).toBeLessThan(2000);
      expect(single.of('finished')[0]?.reply).toMatchObject({ reason: 'completed', epochs: 1 });
    });

    it('follows a pace change at once: a wait under way is lengthened or cut short', async () => {
      const { runtime, of, until } = timed();
      const running = runtime.handle(start(3, { epochMs: 300 }));
      await until(() => of('epoch').length >= 1);
      await runtime.handle({ type: 'pace', runId: 1, epochMs: 1000 });
      await until(() => of('epoch').length >= 2);
      const startedAt = of('started')[0]?.at ?? NaN;
      expect((of('epoch')[1]?.at ?? NaN) - startedAt).toBeGreaterThanOrEqual(1000);
      // Now waiting up to a second before epoch 3: as fast as it goes ends the wait.
      const changedAt = performance.now();
      await runtime.handle({ type: 'pace', runId: 1, epochMs: 0 });
      await running;
      expect((of('epoch')[2]?.at ?? NaN) - changedAt).toBeLessThan(500);
      expect(of('finished')[0]?.reply).toMatchObject({ reason: 'completed', epochs: 3 });
    });

    it('slows a run that trained as fast as it goes', async () => {
      const { runtime, of, until } = timed();
      const running = runtime.handle(start(500));
      await until(() => of('epoch').length >= 1);
      await runtime.handle({ type: 'pace', runId: 1, epochMs: 200 });
      const before = of('epoch').length;
      await sleep(500);
      await runtime.handle({ type: 'stop', runId: 1 });
      await running;
      // At most the epoch in progress, then one every 200 ms; unpaced, dozens.
      expect(of('epoch').length - before).toBeLessThanOrEqual(4);
    });

    it('ends a pace wait at once on stop', async () => {
      const { runtime, of, until } = timed();
      const running = runtime.handle(start(5, { epochMs: 10_000 }));
      await until(() => of('epoch').length >= 1);
      const stoppedAt = performance.now();
      await runtime.handle({ type: 'stop', runId: 1 });
      await running;
      expect(performance.now() - stoppedAt).toBeLessThan(1000);
      expect(of('finished')[0]?.reply).toMatchObject({ reason: 'stopped', epochs: 1 });
    });

    it('parks a pace wait on pause, reporting it at once', async () => {
      const { runtime, of, until, typesAfter } = timed();
      const running = runtime.handle(start(5, { epochMs: 10_000 }));
      await until(() => of('epoch').length >= 1);
      const pausedAt = performance.now();
      await runtime.handle({ type: 'pause', runId: 1 });
      await until(() => of('paused').length >= 1);
      expect(performance.now() - pausedAt).toBeLessThan(1000);
      await runtime.handle({ type: 'stop', runId: 1 });
      await running;
      expect(typesAfter(0)).toEqual(['backend', 'started', 'epoch', 'paused', 'finished']);
    });

    it('steps a paused run by exactly one epoch, its predictions drawn, then pauses it', async () => {
      const { replies, runtime, of, until, typesAfter } = timed();
      const running = runtime.handle(start(500, { predictions: true }));
      await runtime.handle({ type: 'pause', runId: 1 });
      await until(() => of('paused').length >= 1);
      for (let steps = 1; steps <= 3; steps++) {
        const mark = replies.length;
        const epochsBefore = of('epoch').length;
        await runtime.handle({ type: 'step', runId: 1 });
        await until(() => of('paused').length > steps);
        // Nothing more comes while it stays paused.
        await sleep(100);
        // The epoch it stopped at is drawn (whatever the throttle) before "paused".
        expect(typesAfter(mark)).toEqual([
          'resumed',
          'epoch',
          'predictions',
          'predictions',
          'paused',
        ]);
        const after = replies.slice(mark).map((r) => r.reply);
        const stepped = after.filter((r) => r.type === 'epoch');
        expect(stepped).toHaveLength(1);
        expect(of('epoch')).toHaveLength(epochsBefore + 1);
        const epoch = stepped[0]?.type === 'epoch' ? stepped[0].metrics.epoch : NaN;
        expect(epoch).toBe(steps);
        const drawn = after.flatMap((r) =>
          r.type === 'predictions' ? [[r.predictions.kind, r.predictions.epoch]] : [],
        );
        expect(drawn).toEqual([
          ['grid', epoch],
          ['hidden-units', epoch],
        ]);
      }
      await runtime.handle({ type: 'stop', runId: 1 });
      await running;
      expect(of('finished')[0]?.reply).toMatchObject({ reason: 'stopped', epochs: 3 });
    });

    it('pauses a training run at the end of the epoch in progress on a step', async () => {
      const { replies, runtime, of, until } = timed();
      const running = runtime.handle(start(500));
      await until(() => of('epoch').length >= 1);
      await runtime.handle({ type: 'step', runId: 1 });
      await until(() => of('paused').length >= 1);
      await sleep(100);
      const types = replies.map((r) => r.reply.type).filter((t) => t !== 'progress');
      expect(types.at(-1)).toBe('paused');
      expect(types.at(-2)).toBe('epoch');
      expect(types).not.toContain('resumed');
      await runtime.handle({ type: 'stop', runId: 1 });
      await running;
    });

    it('pauses after the first epoch when started with stepOnce, and resumes to the end', async () => {
      const { runtime, of, until, typesAfter } = timed();
      const running = runtime.handle(start(3, { stepOnce: true }));
      await until(() => of('paused').length >= 1);
      await sleep(100);
      expect(typesAfter(0)).toEqual(['backend', 'started', 'epoch', 'paused']);
      await runtime.handle({ type: 'resume', runId: 1 });
      await running;
      expect(of('finished')[0]?.reply).toMatchObject({ reason: 'completed', epochs: 3 });
      expect(of('paused')).toHaveLength(1);
    });
  });

  it('remembers a stop by run id: a later start with a smaller id still trains', async () => {
    const { replies, runtime } = setup();
    await runtime.handle({ type: 'start', runId: 3, spec: shortSpec, backend: 'cpu', options });
    await runtime.handle({ type: 'stop', runId: 3 });
    await runtime.handle({ type: 'start', runId: 2, spec: shortSpec, backend: 'cpu', options });
    expect(replies.at(-1)).toMatchObject({
      type: 'finished',
      runId: 2,
      reason: 'completed',
      epochs: 3,
    });
  });
});
