import type { Message } from '../../lib/message';
import type { AutoChoice, BackendMeasurement } from './auto-backend';
import { chooseFastest, modelFamily, probeCandidates } from './auto-backend';
import { engineMessage, MessageError, textMessage } from './engine-messages';
import type { BackendName, WorkerRequest } from './protocol';
import { parseWorkerReply } from './protocol';
import type { WorkerLike } from './worker-like';

const closed = () => new MessageError(engineMessage('pool-closed'));

/**
 * Measures which backend trains a model fastest ("auto"): every candidate backend is probed in a
 * throwaway worker, one at a time, and the choice is remembered per model family, so a search
 * over units or batch size measures once.
 */
export class BackendProber {
  private readonly choices = new Map<string, Promise<AutoChoice>>();
  private measuring: Promise<void> = Promise.resolve();
  /** Probes in flight, so `dispose` can end them. */
  private readonly inFlight = new Set<() => void>();
  private disposed = false;
  /** How many model families were measured, and how many single-backend probes that took. */
  measurements = 0;
  probes = 0;

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly timeoutMs: number,
  ) {}

  /** The measured choice for this spec's model family, measuring it the first time. */
  choose(spec: unknown): Promise<AutoChoice> {
    const key = modelFamily(spec);
    let choice = this.choices.get(key);
    if (!choice) {
      // One measurement at a time, so two never compete for the same cores or GPU.
      choice = this.measuring.then(() => this.measure(spec));
      this.measuring = choice.then(
        () => undefined,
        () => undefined,
      );
      this.choices.set(key, choice);
      // A measurement that failed outright is not remembered: the next run tries again.
      choice.catch(() => this.choices.delete(key));
    }
    return choice;
  }

  /** Ends every probe in flight; later measurements fail at once. */
  dispose(): void {
    this.disposed = true;
    for (const cancel of [...this.inFlight]) cancel();
  }

  private async measure(spec: unknown): Promise<AutoChoice> {
    this.measurements++;
    const measurements: BackendMeasurement[] = [];
    for (const { backend, reason } of probeCandidates(spec)) {
      measurements.push(
        reason
          ? { backend, samplesPerSecond: null, warmupMs: null, reason }
          : await this.probe(spec, backend),
      );
    }
    return chooseFastest(measurements);
  }

  /** Probes one backend in a worker of its own, so a slow start can be cut off by terminating it. */
  private probe(spec: unknown, backend: BackendName): Promise<BackendMeasurement> {
    return new Promise((resolve, reject) => {
      let worker: WorkerLike;
      try {
        if (this.disposed) throw closed();
        worker = this.createWorker();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      this.probes++;
      let settled = false;
      const end = () => {
        settled = true;
        clearTimeout(timer);
        worker.terminate();
        this.inFlight.delete(cancel);
      };
      const finish = (measurement: BackendMeasurement) => {
        if (settled) return;
        end();
        resolve(measurement);
      };
      const cancel = () => {
        end();
        reject(closed());
      };
      this.inFlight.add(cancel);
      const fail = (reason: Message) =>
        finish({ backend, samplesPerSecond: null, warmupMs: null, reason });
      const seconds = Math.round(this.timeoutMs / 1000);
      const timer = setTimeout(
        () => fail(engineMessage('probe-timeout', { seconds })),
        this.timeoutMs,
      );
      worker.addEventListener('message', (event) => {
        const parsed = parseWorkerReply((event as MessageEvent<unknown>).data);
        if (!parsed.ok) return fail(parsed.message);
        const reply = parsed.reply;
        if (reply.type === 'probed') {
          const { samplesPerSecond, warmupMs, reason } = reply;
          finish({ backend, samplesPerSecond, warmupMs, reason });
        } else if (reply.type === 'failed') fail(reply.message);
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        const detail = (event as ErrorEvent).message;
        fail(detail ? textMessage(detail) : engineMessage('probe-worker-crashed'));
      });
      worker.postMessage({ type: 'probe', probeId: 0, spec, backend } satisfies WorkerRequest);
    });
  }
}
