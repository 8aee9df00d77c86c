import * as tf from '@tensorflow/tfjs';
import type { Dataset } from '../data/types';
import { prepareExperimentData } from '../spec/prepare';
import { validateSpec } from '../spec/validate';
import { externalDataKey } from './external-data';
import type { BackendChoice, BackendReport, WorkerReply } from './protocol';
import { parseWorkerRequest } from './protocol';
import { trainModel } from './train';

export interface WorkerRuntimeDeps {
  post(reply: WorkerReply): void;
  startBackend(requested: BackendChoice): Promise<BackendReport>;
}

/** How many datasets from the main thread the worker keeps (MNIST is about 31 MB as floats). */
const DATA_CACHE_SIZE = 3;

/**
 * The training worker's logic, free of any worker global so it can be tested in Node:
 * every message is parsed, every failure becomes a reply, nothing throws out of `handle`.
 */
export function createWorkerRuntime({ post, startBackend }: WorkerRuntimeDeps) {
  let backend: BackendReport | null = null;
  let active: { runId: number } | null = null;
  // Stop may arrive before its run has started training (while a backend starts): remember it.
  let stoppedUpTo = -1;
  const dataCache = new Map<string, Dataset>();

  async function ensureBackend(requested: BackendChoice): Promise<BackendReport> {
    if (!backend || backend.requested !== requested || !backend.active) {
      backend = await startBackend(requested);
    }
    return backend;
  }

  async function run(runId: number, rawSpec: unknown, requested: BackendChoice): Promise<void> {
    const validation = validateSpec(rawSpec);
    if (!validation.ok) {
      const details = validation.issues.map((i) => `${i.path || 'spec'}: ${i.message}`).join('; ');
      post({ type: 'failed', runId, message: `The experiment is not valid — ${details}` });
      return;
    }
    const spec = validation.spec;
    const key = externalDataKey(spec);
    const external = key ? (dataCache.get(key) ?? null) : null;
    if (key && !external) {
      post({
        type: 'failed',
        runId,
        message: 'The training worker does not have this data yet; load the dataset again.',
      });
      return;
    }
    const report = await ensureBackend(requested);
    post({ type: 'backend', runId, report });
    if (!report.active) {
      const reasons = report.attempts
        .map((a) => `${a.backend}: ${a.reason ?? 'unknown'}`)
        .join(' ');
      post({ type: 'failed', runId, message: `No TensorFlow.js backend could start. ${reasons}` });
      return;
    }
    const backendName = report.active;
    // tfjs 4.22's wasm backend has no Conv2DBackpropFilter kernel: it would fail mid-run.
    if (backendName === 'wasm' && spec.model.layers.some((layer) => layer.type === 'conv2d')) {
      post({
        type: 'failed',
        runId,
        message:
          'The WebAssembly backend of TensorFlow.js cannot train Conv2D layers. Choose CPU, WebGL or WebGPU, or Auto.',
      });
      return;
    }
    const data = prepareExperimentData(spec, external);
    const tensorsBefore = tf.memory().numTensors;
    const startedAt = performance.now();
    const outcome = await trainModel(spec, data, {
      onStart: ({ params, batchesPerEpoch }) =>
        post({
          type: 'started',
          runId,
          backend: backendName,
          params,
          trainSize: data.train.count,
          validationSize: data.validation.count,
          batchesPerEpoch,
        }),
      onEpoch: (metrics) =>
        post({ type: 'epoch', runId, metrics, elapsedMs: performance.now() - startedAt }),
      onProgress: (epoch, batch) => post({ type: 'progress', runId, epoch, batch }),
      shouldStop: () => stoppedUpTo >= runId,
    });
    if (outcome.kind === 'diverged') {
      post({
        type: 'diverged',
        runId,
        epoch: outcome.epoch,
        message: `Training diverged at epoch ${outcome.epoch}: the loss is no longer a finite number. Try a smaller learning rate.`,
      });
      return;
    }
    post({
      type: 'finished',
      runId,
      stopped: outcome.kind === 'stopped',
      epochs: outcome.epochs,
      elapsedMs: performance.now() - startedAt,
      tensorsBefore,
      tensorsAfter: tf.memory().numTensors,
      test: outcome.test,
    });
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
          stoppedUpTo = Math.max(stoppedUpTo, request.runId);
          return;
        case 'data': {
          const { key, features, targets, count, featureCount } = request;
          if (features.length !== count * featureCount || targets.length !== count) {
            post({
              type: 'failed',
              runId: null,
              message: `The data for "${key}" has inconsistent sizes.`,
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
        case 'start':
          break;
      }
      if (active) {
        post({
          type: 'failed',
          runId: request.runId,
          message: `Run ${active.runId} is still training; stop it first.`,
        });
        return;
      }
      active = { runId: request.runId };
      try {
        await run(request.runId, request.spec, request.backend);
      } catch (error) {
        post({
          type: 'failed',
          runId: request.runId,
          message: `Training failed: ${describeError(error)}`,
        });
      } finally {
        active = null;
      }
    },

    /** Reports an error that escaped every handler (e.g. an unawaited rejection inside tfjs). */
    fail(error: unknown): void {
      // The run in progress cannot be trusted after this: stop it at its next batch.
      if (active) stoppedUpTo = Math.max(stoppedUpTo, active.runId);
      const message = `Training failed: ${describeError(error)}`;
      post({ type: 'failed', runId: active?.runId ?? null, message });
    },
  };
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // WebGL and WebGPU report exhausted memory in several ways; name the cause plainly.
  return /out of memory|allocation|OOM/i.test(message)
    ? `the device ran out of memory (${message}). Try a smaller model or batch size.`
    : message;
}
