// Over 350 lines on purpose: the queue, the worker slots and the hang watchdog share one
// invariant (a busy slot has a job and a clock that is watched), kept in one class so no
// change can update one without the others.
import type { Dataset } from '../../data/types';
import type { Message } from '../../lib/message';
import { GPU_BACKENDS } from './auto-backend';
import { BackendProber } from './backend-prober';
import { engineMessage, errorMessage } from './engine-messages';
import type {
  BackendChoice,
  BackendName,
  RunOptions,
  WorkerReply,
  WorkerRequest,
} from './protocol';
import { clampEpochMs, DEFAULT_RUN_OPTIONS, parseWorkerReply } from './protocol';
import type { EngineEvent, TrainingEngine } from './training-engine';
import type { WorkerLike } from './worker-like';

export interface PoolOptions {
  /** Workers for cpu and wasm runs; GPU backends always use one, since workers share one GPU. */
  size: number;
  /**
   * A busy worker silent for this long is terminated and replaced; its run fails. A paused run is
   * never taken for hung, and a paced one is given its pace (RunOptions.epochMs) on top.
   */
  hangTimeoutMs: number;
  /** Longest a backend probe may take before it is given up as too slow. */
  probeTimeoutMs: number;
}

/** `min(cores − 1, 4)`, at least 1: leave a core to the page. */
export function defaultPoolSize(cores: number | undefined): number {
  return Math.max(1, Math.min((cores ?? 2) - 1, 4));
}

export const DEFAULT_POOL_OPTIONS: PoolOptions = {
  size: defaultPoolSize(globalThis.navigator?.hardwareConcurrency),
  hangTimeoutMs: 120_000,
  probeTimeoutMs: 8_000,
};

const sourceOf = (key: string) => key.split(':')[0];

interface Job {
  runId: number;
  spec: unknown;
  backend: BackendChoice;
  options: RunOptions;
}

interface Slot {
  worker: WorkerLike;
  /** The run it is training, or null when idle. */
  job: Job | null;
  paused: boolean;
  lastHeard: number;
  sent: Set<string>;
}

const createTrainingWorker = (): WorkerLike =>
  new Worker(new URL('../worker/training.worker.ts', import.meta.url), {
    type: 'module',
    name: 'traintab-training',
  });

/**
 * A pool of training workers: runs are queued and each worker trains one at a time. A worker that
 * crashes, sends nonsense or stays silent too long is terminated and replaced, and its run is
 * reported failed; the pool keeps serving. "auto" runs are measured first (see backend-prober.ts).
 */
export class TrainingPool implements TrainingEngine {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  /** The main thread's copy of each dataset, so a new worker can be given it too. */
  private readonly datasets = new Map<string, Dataset>();
  /** Measures "auto" runs; public so benchmarks can count its probes. */
  readonly prober: BackendProber;
  private disposed = false;
  private readonly stoppedBeforeStart = new Set<number>();
  /** "auto" runs while their backends are measured, so a new pace or a step reaches them. */
  private readonly measuring = new Map<number, Job>();
  private readonly options: PoolOptions;
  private watchdog: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly createWorker: () => WorkerLike = createTrainingWorker,
    options: Partial<PoolOptions> = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.options = { ...DEFAULT_POOL_OPTIONS, ...options };
    this.prober = new BackendProber(createWorker, this.options.probeTimeoutMs);
  }

  get size(): number {
    return this.options.size;
  }

  /** Changes the number of workers for cpu/wasm runs; idle workers beyond it are ended. */
  setSize(size: number): void {
    this.options.size = Math.max(1, Math.floor(size));
    for (const slot of [...this.slots]) {
      if (this.slots.length <= this.options.size) break;
      if (!slot.job) this.remove(slot);
    }
    this.dispatch();
  }

  provideData(key: string, data: Dataset): void {
    if (this.datasets.get(key) === data) return;
    // One dataset per source ("mnist", "csv"): a new CSV replaces the previous one, so the main
    // thread never piles up copies and a worker's cache can always hold what is sent.
    const source = sourceOf(key);
    for (const known of [...this.datasets.keys()]) {
      if (sourceOf(known) !== source) continue;
      this.datasets.delete(known);
      for (const slot of this.slots) slot.sent.delete(known);
    }
    this.datasets.set(key, data);
  }

  start(
    runId: number,
    spec: unknown,
    backend: BackendChoice,
    options: Partial<RunOptions> = {},
  ): void {
    const merged = { ...DEFAULT_RUN_OPTIONS, ...options };
    const job: Job = {
      runId,
      spec,
      backend,
      options: { ...merged, epochMs: clampEpochMs(merged.epochMs) },
    };
    if (backend !== 'auto') {
      this.enqueue(job);
      return;
    }
    this.measuring.set(runId, job);
    this.prober.choose(spec).then(
      (choice) => {
        // The job as it is now: its pace may have changed while the backends were measured.
        const current = this.measuring.get(runId) ?? job;
        this.measuring.delete(runId);
        this.emit({ type: 'auto', runId, choice });
        if (this.stoppedBeforeStart.delete(runId)) {
          this.emit(stoppedEvent(runId));
          return;
        }
        // With nothing measured to run on, let the worker's own fallback say why.
        this.enqueue({ ...current, backend: choice.chosen ?? 'auto' });
      },
      (error: unknown) => {
        this.measuring.delete(runId);
        this.stoppedBeforeStart.delete(runId);
        this.emit({
          type: 'crashed',
          runId,
          message: engineMessage('measure-failed', { reason: errorMessage(error) }),
        });
      },
    );
  }

  stop(runId: number): void {
    const queued = this.queue.findIndex((job) => job.runId === runId);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.emit(stoppedEvent(runId));
      return;
    }
    const slot = this.slotOf(runId);
    if (!slot) {
      this.stoppedBeforeStart.add(runId);
      return;
    }
    // A stopped run answers within a batch: the hang watchdog counts again from now.
    this.wake(slot);
    slot.worker.postMessage({ type: 'stop', runId } satisfies WorkerRequest);
  }

  pause(runId: number): void {
    this.slotOf(runId)?.worker.postMessage({ type: 'pause', runId } satisfies WorkerRequest);
  }

  resume(runId: number): void {
    const slot = this.slotOf(runId);
    if (!slot) return;
    this.wake(slot);
    slot.worker.postMessage({ type: 'resume', runId } satisfies WorkerRequest);
  }

  /**
   * Changes the pace of a run (RunOptions.epochMs, clamped to 0..MAX_EPOCH_MS): at once in its
   * worker, or in its options while it waits for one, so that it starts with the new pace.
   */
  setPace(runId: number, epochMs: number): void {
    const pace = clampEpochMs(epochMs);
    const job = this.pendingJob(runId);
    if (job) {
      job.options = { ...job.options, epochMs: pace };
      return;
    }
    const slot = this.slotOf(runId);
    if (!slot?.job) return;
    // The watchdog allows the new pace from now on (see checkHangs).
    slot.job.options = { ...slot.job.options, epochMs: pace };
    slot.worker.postMessage({ type: 'pace', runId, epochMs: pace } satisfies WorkerRequest);
  }

  /**
   * Trains exactly one more epoch of a paused run, then pauses it again; a training run pauses at
   * the end of its epoch, and one waiting for a worker pauses after its first.
   */
  step(runId: number): void {
    const job = this.pendingJob(runId);
    if (job) {
      job.options = { ...job.options, stepOnce: true };
      return;
    }
    const slot = this.slotOf(runId);
    if (!slot) return;
    // A paused run trains again: the hang watchdog counts from now, as for resume.
    if (slot.paused) this.wake(slot);
    slot.worker.postMessage({ type: 'step', runId } satisfies WorkerRequest);
  }

  /** A run not yet given to a worker: queued, or "auto" while its backends are measured. */
  private pendingJob(runId: number): Job | undefined {
    return this.queue.find((job) => job.runId === runId) ?? this.measuring.get(runId);
  }

  private wake(slot: Slot): void {
    slot.paused = false;
    slot.lastHeard = this.now();
  }

  /** Test hook (not part of `TrainingEngine`): the run's worker closes itself silently, like a crash. */
  killWorkerOf(runId: number): void {
    this.slotOf(runId)?.worker.postMessage({ type: 'exit' } satisfies WorkerRequest);
  }

  subscribe(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.prober.dispose();
    for (const slot of [...this.slots]) this.remove(slot);
    this.queue.length = 0;
    this.measuring.clear();
    this.listeners.clear();
  }

  private enqueue(job: Job): void {
    if (this.disposed) return;
    if (this.stoppedBeforeStart.delete(job.runId)) {
      this.emit(stoppedEvent(job.runId));
      return;
    }
    this.queue.push(job);
    this.dispatch();
    const position = this.queue.indexOf(job);
    if (position >= 0) this.emit({ type: 'queued', runId: job.runId, position: position + 1 });
  }

  /** Starts queued jobs on free workers, one at a time on a GPU backend. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const job = this.queue[0] as Job;
      const busy = this.slots.filter((slot) => slot.job);
      const onGpu = GPU_BACKENDS.includes(job.backend as BackendName) || job.backend === 'auto';
      const limit =
        onGpu || busy.some((s) => GPU_BACKENDS.includes(s.job?.backend as BackendName))
          ? 1
          : this.options.size;
      if (busy.length >= limit) return;
      const slot = this.slots.find((s) => !s.job) ?? this.addSlot();
      this.queue.shift();
      this.run(slot, job);
    }
    this.updateWatchdog();
  }

  private run(slot: Slot, job: Job): void {
    slot.job = job;
    slot.paused = false;
    slot.lastHeard = this.now();
    for (const [key, data] of this.datasets) {
      if (!slot.sent.has(key)) this.send(slot, key, data);
    }
    const { runId, spec, backend, options } = job;
    slot.worker.postMessage({
      type: 'start',
      runId,
      spec,
      backend,
      options,
    } satisfies WorkerRequest);
    this.updateWatchdog();
  }

  /** Sends a copy of the data and transfers the copy's buffers: no second copy, no JSON. */
  private send(slot: Slot, key: string, data: Dataset): void {
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
    slot.worker.postMessage(message, [features.buffer, targets.buffer]);
    slot.sent.add(key);
  }

  private addSlot(): Slot {
    const worker = this.createWorker();
    const slot: Slot = { worker, job: null, paused: false, lastHeard: this.now(), sent: new Set() };
    worker.addEventListener('message', (event) => {
      const parsed = parseWorkerReply((event as MessageEvent<unknown>).data);
      // A worker that speaks nonsense cannot be trusted to stop: replace it.
      if (!parsed.ok) this.crash(slot, parsed.message);
      else this.receive(slot, parsed.reply);
    });
    worker.addEventListener('messageerror', () =>
      this.crash(slot, engineMessage('training-message-unreadable')),
    );
    worker.addEventListener('error', (event) => {
      // Without this the browser reports the worker's error as uncaught on the page.
      event.preventDefault();
      const detail = (event as ErrorEvent).message;
      this.crash(
        slot,
        engineMessage('training-worker-crashed', {
          detail: detail || engineMessage('worker-load-failed'),
        }),
      );
    });
    this.slots.push(slot);
    return slot;
  }

  private receive(slot: Slot, reply: WorkerReply): void {
    slot.lastHeard = this.now();
    if (reply.type === 'probed') return;
    if (reply.type === 'paused' || reply.type === 'resumed') slot.paused = reply.type === 'paused';
    if (reply.type === 'failed' && reply.fatal) {
      this.crash(slot, reply.message);
      return;
    }
    const ends =
      (reply.type === 'finished' || reply.type === 'diverged' || reply.type === 'failed') &&
      reply.runId !== null &&
      reply.runId === slot.job?.runId;
    // The worker is free before anyone hears of it, so a listener that throws cannot keep it busy.
    if (ends) {
      slot.job = null;
      if (this.slots.length > this.options.size) this.remove(slot);
    }
    this.emit(reply);
    if (ends) this.dispatch();
  }

  private crash(slot: Slot, message: Message): void {
    const runId = slot.job?.runId ?? null;
    this.remove(slot);
    this.emit({ type: 'crashed', runId, message });
    this.dispatch();
  }

  private remove(slot: Slot): void {
    slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    this.updateWatchdog();
  }

  private slotOf(runId: number): Slot | undefined {
    return this.slots.find((slot) => slot.job?.runId === runId);
  }

  /** Checks busy workers every second while any run is training; idle pools keep no timer. */
  private updateWatchdog(): void {
    const busy = this.slots.some((slot) => slot.job);
    if (busy && !this.watchdog) this.watchdog = setInterval(() => this.checkHangs(), 1000);
    if (!busy && this.watchdog) {
      clearInterval(this.watchdog);
      this.watchdog = null;
    }
  }

  private checkHangs(): void {
    const now = this.now();
    for (const slot of [...this.slots]) {
      if (!slot.job || slot.paused) continue;
      const silent = now - slot.lastHeard;
      // A paced run is silent for up to its pace between epochs, waiting on purpose.
      if (silent < this.options.hangTimeoutMs + slot.job.options.epochMs) continue;
      this.crash(
        slot,
        engineMessage('training-worker-hung', { seconds: Math.round(silent / 1000) }),
      );
    }
  }

  /** Tells every listener; one that throws is reported and does not stop the others. */
  private emit(event: EngineEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('A training engine listener failed:', error);
      }
    }
  }
}

function stoppedEvent(runId: number): EngineEvent {
  return {
    type: 'finished',
    runId,
    reason: 'stopped',
    epochs: 0,
    bestEpoch: null,
    restoredBest: false,
    elapsedMs: 0,
    tensorsBefore: 0,
    tensorsAfter: 0,
    test: null,
  };
}
