import * as tf from '@tensorflow/tfjs';
import type { Dataset } from '../../data/types';
import { specDatasetInfo } from '../../experiment/dataset-info';
import type { ExperimentSpec } from '../../experiment/experiment';
import type { PreparedData } from '../../experiment/prepare';
import { prepareExperimentData, prepareFolds, preparedDataKey } from '../../experiment/prepare';
import { validateSpec } from '../../experiment/validate';
import type { Message } from '../../lib/message';
import { backendIncompatibility } from '../client/auto-backend';
import { engineMessage, textMessage } from '../client/engine-messages';
import { externalDataKey } from '../client/external-data';
import { exportArtifacts } from './model-export';
import { livePredictor } from './live-predictions';
import { probeTraining } from './probe';
import type {
  BackendAttempt,
  BackendChoice,
  BackendName,
  BackendReport,
  RunOptions,
  WorkerReply,
} from '../client/protocol';
import { parseWorkerRequest } from '../client/protocol';
import { trainModel } from './train';

export interface WorkerRuntimeDeps {
  post(reply: WorkerReply, transfer?: Transferable[]): void;
  startBackend(requested: BackendChoice): Promise<BackendReport>;
  /** Ends the worker for the `exit` test hook (a real worker closes itself). */
  exit?(): void;
}

/** How many datasets from the main thread the worker keeps (MNIST is about 31 MB as floats). */
const DATA_CACHE_SIZE = 3;
/** Prepared data larger than this (k folds of all of MNIST, say) is not kept between runs. */
const PREPARED_CACHE_BYTES = 64 * 1024 * 1024;

interface ActiveRun {
  runId: number;
  /** Pause was asked for; the loop parks at the next batch boundary. */
  paused: boolean;
  /** The loop is parked: 'paused' was posted, and nothing more is until it resumes. */
  parked: boolean;
  /** Ends the wait under way: a paused run's (on resume or stop) or a pace wait (on any change). */
  wake: (() => void) | null;
  /** The least time from one epoch's start to the next's, in ms (RunOptions.epochMs). */
  epochMs: number;
  /** Pause once the epoch in progress has ended (a step, or RunOptions.stepOnce). */
  pauseAtEpochEnd: boolean;
}

/**
 * The training worker's logic, free of any worker global so it can be tested in Node:
 * every message is parsed, every failure becomes a reply, nothing throws out of `handle`.
 */
export function createWorkerRuntime({ post, startBackend, exit }: WorkerRuntimeDeps) {
  let backend: BackendReport | null = null;
  let active: ActiveRun | null = null;
  // Stop may arrive before its run has started training (while a backend starts): remember it.
  // By id, not "everything up to": a pool may start runs out of id order.
  const stopped = new Set<number>();
  const dataCache = new Map<string, Dataset>();
  // The last run's prepared data: a search's trials mostly share the data and its split (the
  // 10,000 MNIST digits took 17–44 ms to split and copy, per trial). Never written to: training
  // copies it to the device, predictions read it.
  let prepared: { key: string; external: Dataset | null; folds: PreparedData[] } | null = null;

  function prepare(spec: ExperimentSpec, external: Dataset | null, k: number): PreparedData[] {
    const key = preparedDataKey(spec, k);
    if (prepared?.key === key && prepared.external === external) return prepared.folds;
    prepared = null;
    const folds = k > 1 ? prepareFolds(spec, external, k) : [prepareExperimentData(spec, external)];
    if (preparedBytes(folds) <= PREPARED_CACHE_BYTES) prepared = { key, external, folds };
    return folds;
  }

  async function ensureBackend(requested: BackendChoice): Promise<BackendReport> {
    if (!backend || backend.requested !== requested || !backend.active) {
      backend = await startBackend(requested);
    }
    return backend;
  }

  /** The validated spec and its data, or a failure already posted. */
  function readSpec(
    runId: number,
    rawSpec: unknown,
  ): { spec: ExperimentSpec; external: Dataset | null } | null {
    const validation = validateSpec(rawSpec);
    if (!validation.ok) {
      post({
        type: 'failed',
        runId,
        message: engineMessage('invalid-spec'),
        problems: validation.issues,
      });
      return null;
    }
    const spec = validation.spec;
    const key = externalDataKey(spec);
    const external = key ? (dataCache.get(key) ?? null) : null;
    if (key && !external) {
      post({
        type: 'failed',
        runId,
        message: engineMessage('data-missing'),
      });
      return null;
    }
    return { spec, external };
  }

  async function run(
    runId: number,
    rawSpec: unknown,
    requested: BackendChoice,
    options: RunOptions,
  ): Promise<void> {
    const input = readSpec(runId, rawSpec);
    if (!input) return;
    const { spec, external } = input;
    const report = await ensureBackend(requested);
    post({ type: 'backend', runId, report });
    if (!report.active) {
      post({
        type: 'failed',
        runId,
        message: engineMessage('no-backend', { attempts: attemptList(report.attempts) }),
      });
      return;
    }
    const backendName = report.active;
    const incompatible = backendIncompatibility(spec, backendName);
    if (incompatible) {
      post({
        type: 'failed',
        runId,
        message: engineMessage('incompatible-backend', { reason: incompatible }),
      });
      return;
    }
    const folds = prepare(spec, external, options.cvFolds);
    const first = folds[0] as PreparedData;
    const predictor = options.predictions
      ? livePredictor(first, (p, t) => post(p, t), runId, spec.training.seed)
      : null;
    const tensorsBefore = tf.memory().numTensors;
    const startedAt = performance.now();
    const outcome = await trainModel(spec, folds, {
      onStart: ({ params, batchesPerEpoch }) =>
        post({
          type: 'started',
          runId,
          backend: backendName,
          params,
          trainSize: first.train.count,
          validationSize: first.validation.count,
          batchesPerEpoch,
          folds: folds.length,
        }),
      onEpoch: (metrics) =>
        post({ type: 'epoch', runId, metrics, elapsedMs: performance.now() - startedAt }),
      onProgress: ({ epoch, batch, loss }) =>
        post({
          type: 'progress',
          runId,
          epoch,
          batch,
          loss: loss !== null && Number.isFinite(loss) ? loss : null,
        }),
      shouldStop: () => stopped.has(runId),
      whilePaused: () => waitWhilePaused(runId),
      // A paced run draws every epoch: the class follows each one.
      afterEpoch: async (model, epoch) =>
        predictor?.afterEpoch(model, epoch, (active?.epochMs ?? 0) > 0),
      betweenEpochs: (model, epoch, epochStartedAt) =>
        waitBetweenEpochs(runId, epochStartedAt, async () => predictor?.catchUp(model, epoch)),
      onFinalModel: async (model) => {
        await predictor?.final(model);
        if (options.exportModel) {
          const artifacts = await exportArtifacts(model);
          post({ type: 'model', runId, ...artifacts }, [artifacts.weights]);
        }
      },
    });
    if (outcome.kind === 'diverged') {
      post({
        type: 'diverged',
        runId,
        epoch: outcome.epoch,
        message: engineMessage('diverged', { epoch: outcome.epoch }),
      });
      return;
    }
    post({
      type: 'finished',
      runId,
      reason: outcome.kind,
      epochs: outcome.epochs,
      bestEpoch: outcome.bestEpoch,
      restoredBest: outcome.restoredBest,
      elapsedMs: performance.now() - startedAt,
      tensorsBefore,
      tensorsAfter: tf.memory().numTensors,
      test: outcome.test,
    });
  }

  /**
   * Parks the loop while the run is paused. 'paused' is posted here, where the loop stops, not
   * when the request arrives: an epoch that was finishing then is reported first, so the page
   * never sees an epoch after "paused".
   */
  async function waitWhilePaused(runId: number): Promise<void> {
    while (active?.runId === runId && active.paused && !stopped.has(runId)) {
      const run = active;
      if (!run.parked) {
        run.parked = true;
        post({ type: 'paused', runId });
      }
      await new Promise<void>((resolve) => (run.wake = resolve));
    }
  }

  /**
   * After an epoch (its 'epoch' reply and predictions posted) and before the next: a step pauses
   * here, and a paced run waits until `epochStartedAt + epochMs`. The wait follows a new pace at
   * once, ends at once on stop, and parks here (posting 'paused') on a pause, once `beforePause`
   * has brought the live charts up to this epoch.
   */
  async function waitBetweenEpochs(
    runId: number,
    epochStartedAt: number,
    beforePause: () => Promise<void>,
  ): Promise<void> {
    const run = active;
    if (run?.runId !== runId) return;
    if (run.pauseAtEpochEnd) {
      run.pauseAtEpochEnd = false;
      run.paused = true;
    }
    while (!stopped.has(runId)) {
      if (run.paused) {
        if (!run.parked) await beforePause();
        await waitWhilePaused(runId);
        continue;
      }
      const left = epochStartedAt + run.epochMs - performance.now();
      if (left <= 0) return;
      await sleep(run, left);
    }
  }

  /** Waits `ms`, or less if the run's wake is called first (stop, pause, a new pace). */
  function sleep(run: ActiveRun, ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (run.wake === done) run.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      run.wake = done;
    });
  }

  function setPace(runId: number, epochMs: number): void {
    if (active?.runId !== runId) return;
    active.epochMs = epochMs;
    // A pace wait under way measures itself again; a parked run stays parked.
    if (!active.parked) active.wake?.();
  }

  function step(runId: number): void {
    if (active?.runId !== runId) return;
    // Paused: train on to the end of the epoch in progress (or the next one), then pause again.
    // Training: pause at the end of this epoch.
    if (active.paused) setPaused(runId, false);
    active.pauseAtEpochEnd = true;
  }

  async function probe(probeId: number, rawSpec: unknown, name: BackendName): Promise<void> {
    const failed = (reason: Message) =>
      post({
        type: 'probed',
        probeId,
        backend: name,
        samplesPerSecond: null,
        warmupMs: null,
        reason,
      });
    const validation = validateSpec(rawSpec);
    if (!validation.ok) return failed(engineMessage('invalid-spec'));
    const incompatible = backendIncompatibility(validation.spec, name);
    if (incompatible) return failed(incompatible);
    const report = await ensureBackend(name);
    if (report.active !== name)
      return failed(
        report.attempts.find((a) => a.backend === name)?.reason ?? engineMessage('did-not-start'),
      );
    try {
      const result = await probeTraining(validation.spec, specDatasetInfo(validation.spec.dataset));
      post({ type: 'probed', probeId, backend: name, ...result, reason: null });
    } catch (error) {
      failed(describeError(error));
    }
  }

  function setPaused(runId: number, paused: boolean): void {
    if (active?.runId !== runId || active.paused === paused) return;
    active.paused = paused;
    // A pause takes effect (and is reported) where the loop parks; see waitWhilePaused. A pace
    // wait under way is cut short so that it parks there at once.
    if (paused) {
      if (!active.parked) active.wake?.();
      return;
    }
    if (!active.parked) return;
    active.parked = false;
    active.wake?.();
    active.wake = null;
    post({ type: 'resumed', runId });
  }

  return {
    async handle(data: unknown): Promise<void> {
      const parsed = parseWorkerRequest(data);
      if (!parsed.ok) {
        post({ type: 'failed', runId: null, message: parsed.message });
        return;
      }
      const request = parsed.request;
      switch (request.type) {
        case 'stop':
          stopped.add(request.runId);
          if (active?.runId === request.runId) active.wake?.();
          return;
        case 'pause':
          return setPaused(request.runId, true);
        case 'resume':
          return setPaused(request.runId, false);
        case 'pace':
          return setPace(request.runId, request.epochMs);
        case 'step':
          return step(request.runId);
        case 'exit':
          exit?.();
          return;
        case 'data': {
          const { key, features, targets, count, featureCount } = request;
          if (features.length !== count * featureCount || targets.length !== count) {
            post({
              type: 'failed',
              runId: null,
              message: engineMessage('data-inconsistent', { key }),
            });
            return;
          }
          dataCache.delete(key);
          dataCache.set(key, { features, targets, count, featureCount });
          // Forget the least recently provided dataset beyond the cache size.
          while (dataCache.size > DATA_CACHE_SIZE)
            dataCache.delete(dataCache.keys().next().value as string);
          return;
        }
        case 'probe':
        case 'start':
          break;
      }
      const busyWith = request.type === 'start' ? request.runId : null;
      if (active) {
        post({
          type: 'failed',
          runId: busyWith,
          message: engineMessage('busy', { runId: active.runId }),
        });
        return;
      }
      if (request.type === 'probe') {
        await probe(request.probeId, request.spec, request.backend);
        return;
      }
      active = {
        runId: request.runId,
        paused: false,
        parked: false,
        wake: null,
        epochMs: request.options.epochMs,
        pauseAtEpochEnd: request.options.stepOnce,
      };
      try {
        await run(request.runId, request.spec, request.backend, request.options);
      } catch (error) {
        post({
          type: 'failed',
          runId: request.runId,
          message: engineMessage('training-failed', { reason: describeError(error) }),
        });
      } finally {
        active = null;
        stopped.delete(request.runId);
      }
    },

    /** Reports an error that escaped every handler (e.g. an unawaited rejection inside tfjs). */
    fail(error: unknown): void {
      // The run in progress cannot be trusted after this: stop it at its next batch.
      if (active) {
        stopped.add(active.runId);
        active.wake?.();
      }
      const message = engineMessage('training-failed', { reason: describeError(error) });
      // Fatal: the worker itself may be broken (a lost GPU device), so the pool replaces it.
      post({ type: 'failed', runId: active?.runId ?? null, message, fatal: true });
    },
  };
}

function preparedBytes(folds: readonly PreparedData[]): number {
  const sets = folds.flatMap((fold) => [fold.train, fold.validation, fold.test]);
  return sets.reduce(
    (bytes, set) => bytes + (set ? set.features.byteLength + set.targets.byteLength : 0),
    0,
  );
}

function describeError(error: unknown): Message {
  const detail = error instanceof Error ? error.message : String(error);
  // WebGL and WebGPU report exhausted memory in several ways; name the cause plainly.
  return /out of memory|allocation|OOM/i.test(detail)
    ? engineMessage('out-of-memory', { detail })
    : textMessage(detail);
}

/** Each backend tried and why it failed, one after the other ("webgpu: … webgl: …"). */
function attemptList(attempts: readonly BackendAttempt[]): Message {
  const [first, ...rest] = attempts.map(({ backend, reason }) =>
    engineMessage('attempt', { backend, reason: reason ?? engineMessage('unknown') }),
  );
  if (!first) return engineMessage('unknown');
  return rest.reduce<Message>(
    (list, attempt) => engineMessage('attempts', { first: list, rest: attempt }),
    first,
  );
}
