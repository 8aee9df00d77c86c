import type { Dataset } from '../data/types';
import type { BackendChoice, WorkerReply, WorkerRequest } from './protocol';
import { parseWorkerReply } from './protocol';

/** What the store needs from the engine: give it data, start and stop runs, hear what happens. */
export interface TrainingEngine {
  /** Data the worker cannot make from a spec (MNIST, a CSV); sent before the run that needs it. */
  provideData(key: string, data: Dataset): void;
  start(runId: number, spec: unknown, backend: BackendChoice): void;
  stop(runId: number): void;
  subscribe(listener: (event: EngineEvent) => void): () => void;
}

/** A worker reply, or the worker itself failing (crash, unreadable message). */
export type EngineEvent = WorkerReply | { type: 'crashed'; message: string };

export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  addEventListener(
    type: 'message' | 'messageerror' | 'error',
    listener: (event: Event) => void,
  ): void;
}

const sourceOf = (key: string) => key.split(':')[0];

const createTrainingWorker = (): WorkerLike =>
  new Worker(new URL('./training.worker.ts', import.meta.url), {
    type: 'module',
    name: 'traintab-training',
  });

/** Runs training in a dedicated module worker, created on first use and replaced after a crash. */
export class WorkerTrainingEngine implements TrainingEngine {
  private worker: WorkerLike | null = null;
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  /** The main thread's copy of each dataset, so a replacement worker can be given it again. */
  private readonly datasets = new Map<string, Dataset>();
  private readonly sent = new Set<string>();

  constructor(private readonly createWorker: () => WorkerLike = createTrainingWorker) {}

  provideData(key: string, data: Dataset): void {
    if (this.datasets.get(key) === data) return;
    // One dataset per source ("mnist", "csv"): a new CSV choice replaces the previous one, so the
    // main thread never piles up copies and the worker's cache can always hold what is sent.
    const source = sourceOf(key);
    for (const known of [...this.datasets.keys()]) {
      if (sourceOf(known) === source) {
        this.datasets.delete(known);
        this.sent.delete(known);
      }
    }
    this.datasets.set(key, data);
  }

  start(runId: number, spec: unknown, backend: BackendChoice): void {
    const worker = this.ensureWorker();
    for (const [key, data] of this.datasets) {
      if (!this.sent.has(key)) this.send(worker, key, data);
    }
    worker.postMessage({ type: 'start', runId, spec, backend } satisfies WorkerRequest);
  }

  stop(runId: number): void {
    this.worker?.postMessage({ type: 'stop', runId } satisfies WorkerRequest);
  }

  subscribe(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.listeners.clear();
  }

  /** Sends a copy of the data and transfers the copy's buffers: no second copy, no JSON. */
  private send(worker: WorkerLike, key: string, data: Dataset): void {
    const features = data.features.slice();
    const targets = data.targets.slice();
    const message: WorkerRequest = {
      type: 'data',
      key,
      features,
      targets,
      count: data.count,
      featureCount: data.featureCount,
    };
    worker.postMessage(message, [features.buffer, targets.buffer]);
    this.sent.add(key);
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (event) => {
      const parsed = parseWorkerReply((event as MessageEvent<unknown>).data);
      if (parsed.ok) this.emit(parsed.reply);
      // A worker that speaks nonsense cannot be trusted to stop: replace it.
      else this.crash(worker, parsed.message);
    });
    worker.addEventListener('messageerror', () =>
      this.crash(worker, 'A message from the training worker could not be read.'),
    );
    worker.addEventListener('error', (event) => {
      // Without this the browser reports the worker's error as uncaught on the page.
      event.preventDefault();
      const detail = (event as ErrorEvent).message || 'it could not load or hit an internal error';
      this.crash(worker, `The training worker stopped unexpectedly: ${detail}.`);
    });
    this.worker = worker;
    this.sent.clear();
    return worker;
  }

  private crash(worker: WorkerLike, message: string): void {
    worker.terminate();
    if (this.worker === worker) this.worker = null;
    this.emit({ type: 'crashed', message });
  }

  private emit(event: EngineEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
