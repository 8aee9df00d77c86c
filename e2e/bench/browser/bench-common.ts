import type { Dataset } from '../../../src/data/types';
import { DEFAULT_SPEC } from '../../../src/experiment/defaults';
import { withMnistConvnet } from '../../../src/experiment/presets';
import type { ExperimentSpec } from '../../../src/experiment/experiment';
import { externalDataKey } from '../../../src/engine/client/external-data';
import type { TrainingPool } from '../../../src/engine/client/pool';
import type { BackendChoice, BackendName } from '../../../src/engine/client/protocol';
import type { Message } from '../../../src/lib/message';
import { isMessage } from '../../../src/lib/message';
import en from '../../../src/ui/i18n/locales/en';

/** A message in English, as the app shows it: the benchmarks report without starting i18next. */
export function englishText(message: Message): string {
  const [namespace = '', key = ''] = message.code.split(':');
  let words: unknown = (en as Record<string, unknown>)[namespace];
  for (const part of key.split('.')) words = (words as Record<string, unknown> | undefined)?.[part];
  if (typeof words !== 'string') return message.code;
  return words.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return '';
    return isMessage(value) ? englishText(value) : String(value);
  });
}

/** One line of `npm run bench` output. */
export interface BenchLine {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  [context: string]: string | number;
}

export interface BenchOptions {
  backend: BackendChoice;
  /** The MNIST digits the convnet trains on; the page loads them once, on first call. */
  loadMnist(): Promise<Dataset>;
}

export type BenchModelName = 'mlp' | 'convnet';

/** A model to benchmark: its spec and the data the main thread must provide for it, if any. */
export interface BenchModel {
  name: BenchModelName;
  spec: ExperimentSpec;
  external: Dataset | null;
}

/** MNIST images the convnet trains on: enough for steady epochs, few enough for the cpu backend. */
const CONVNET_IMAGES = 1000;

/** The default MLP (2-8-8-1 on the circle) trained for `epochs`. */
export function mlpSpec(epochs: number): ExperimentSpec {
  return { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, epochs } };
}

/** A small convnet on MNIST: conv 3×3×8, 2×2 max pooling, a softmax over the 10 digits. */
function convnetSpec(epochs: number): ExperimentSpec {
  const convnet = withMnistConvnet(DEFAULT_SPEC, CONVNET_IMAGES);
  return {
    ...convnet,
    dataset: { ...convnet.dataset, noise: 0 },
    training: { ...convnet.training, learningRate: 0.001, epochs },
  };
}

export const BENCH_MODELS: readonly BenchModelName[] = ['mlp', 'convnet'];

export function benchSpec(name: BenchModelName, epochs: number): ExperimentSpec {
  return name === 'mlp' ? mlpSpec(epochs) : convnetSpec(epochs);
}

/** A model with its data; MNIST is asked for only here, so a skipped convnet never loads it. */
export async function benchModel(
  options: BenchOptions,
  name: BenchModelName,
  epochs: number,
): Promise<BenchModel> {
  const spec = benchSpec(name, epochs);
  return { name, spec, external: externalDataKey(spec) ? await options.loadMnist() : null };
}

/** Gives the pool the data a model needs from the main thread (nothing for generated data). */
export function provideModelData(pool: TrainingPool, { spec, external }: BenchModel): void {
  const key = externalDataKey(spec);
  if (key && external) pool.provideData(key, external);
}

/** What one run in the pool did, timed on the main thread's clock as its events arrive. */
export interface RunTiming {
  backend: BackendName;
  trainSize: number;
  /** When the run was handed to the pool. */
  requestedAt: number;
  /** When its `started` event arrived (the worker has the data and the model, before epoch 1). */
  startedAt: number;
  /** When each epoch's event arrived. */
  epochTimes: number[];
  /** When its `finished` event arrived. */
  finishedAt: number;
}

/**
 * Runs one training run in the pool and resolves when it finishes; rejects with the message of a
 * failure, divergence or crash. After `budgetMs` from its start the run is stopped, keeping the
 * epochs done so far.
 */
export function timeRun(
  pool: TrainingPool,
  runId: number,
  spec: ExperimentSpec,
  backend: BackendChoice,
  budgetMs = Infinity,
): Promise<RunTiming> {
  const epochTimes: number[] = [];
  const requestedAt = performance.now();
  let started: { backend: BackendName; trainSize: number; startedAt: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: () => void = () => undefined;
  return new Promise<RunTiming>((resolve, reject) => {
    unsubscribe = pool.subscribe((event) => {
      if (event.type === 'crashed') {
        if (event.runId === runId || event.runId === null)
          reject(new Error(englishText(event.message)));
      } else if (event.runId !== runId) return;
      else if (event.type === 'started') {
        const startedAt = performance.now();
        started = { backend: event.backend, trainSize: event.trainSize, startedAt };
        if (Number.isFinite(budgetMs)) timer = setTimeout(() => pool.stop(runId), budgetMs);
      } else if (event.type === 'epoch') epochTimes.push(performance.now());
      else if (event.type === 'finished') {
        const finishedAt = performance.now();
        if (started) resolve({ ...started, requestedAt, epochTimes, finishedAt });
        else reject(new Error(`Run ${runId} finished (${event.reason}) without starting.`));
      } else if (event.type === 'failed' || event.type === 'diverged')
        reject(new Error(englishText(event.message)));
    });
    pool.start(runId, spec, backend);
  }).finally(() => {
    clearTimeout(timer);
    unsubscribe();
  });
}

/**
 * Training samples per second between the first and the last epoch: the first epoch (kernel
 * compilation, warm-up) is left out. Null with fewer than two epochs.
 */
export function samplesPerSecond(epochTimes: readonly number[], trainSize: number): number | null {
  const first = epochTimes[0];
  const last = epochTimes.at(-1);
  if (first === undefined || last === undefined || epochTimes.length < 2) return null;
  return (trainSize * (epochTimes.length - 1)) / ((last - first) / 1000);
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
export const describeError = (error: unknown) =>
  error instanceof Error ? error.message : String(error);
