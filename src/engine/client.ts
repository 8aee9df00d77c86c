import type { BackendChoice, WorkerReply } from './protocol';
import { parseWorkerReply } from './protocol';

/** What the store needs from the engine: start and stop runs, hear what happens. */
export interface TrainingEngine {
  start(runId: number, spec: unknown, backend: BackendChoice): void;
  stop(runId: number): void;
  subscribe(listener: (event: EngineEvent) => void): () => void;
}

/** A worker reply, or the worker itself failing (crash, unreadable message). */
export type EngineEvent = WorkerReply | { type: 'crashed'; message: string };

export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(
    type: 'message' | 'messageerror' | 'error',
    listener: (event: Event) => void,
  ): void;
}

const createTrainingWorker = (): WorkerLike =>
  new Worker(new URL('./training.worker.ts', import.meta.url), {
    type: 'module',
    name: 'traintab-training',
  });

/** Runs training in a dedicated module worker, created on first use and replaced after a crash. */
export class WorkerTrainingEngine implements TrainingEngine {
  private worker: WorkerLike | null = null;
  private readonly listeners = new Set<(event: EngineEvent) => void>();

  constructor(private readonly createWorker: () => WorkerLike = createTrainingWorker) {}

  start(runId: number, spec: unknown, backend: BackendChoice): void {
    this.ensureWorker().postMessage({ type: 'start', runId, spec, backend });
  }

  stop(runId: number): void {
    this.worker?.postMessage({ type: 'stop', runId });
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

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (event) => {
      const parsed = parseWorkerReply((event as MessageEvent<unknown>).data);
      this.emit(parsed.ok ? parsed.reply : { type: 'crashed', message: parsed.message });
    });
    worker.addEventListener('messageerror', () =>
      this.emit({
        type: 'crashed',
        message: 'A message from the training worker could not be read.',
      }),
    );
    worker.addEventListener('error', (event) => {
      // Without this the browser reports the worker's error as uncaught on the page.
      event.preventDefault();
      const detail = (event as ErrorEvent).message || 'it could not load or hit an internal error';
      this.crash(worker, `The training worker stopped unexpectedly: ${detail}.`);
    });
    this.worker = worker;
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
