import type { Direction } from '../../experiment/search-schema';
import type { Message } from '../../lib/message';
import type { Params, SampleContext, TrialRecord } from '../../search/types';
import { engineMessage, errorMessage, MessageError } from './engine-messages';
import type { SamplerSettings, SearchRequest } from './search-protocol';
import { parseSearchReply } from './search-protocol';
import type { WorkerLike } from './worker-like';

/** What a search's sampler is made from: the sampler's settings and space, and the direction. */
export interface SamplerSetup {
  settings: SamplerSettings;
  direction: Direction;
}

/**
 * Where the scheduler's asks are answered. `ask` answers at once (a sampler in the page, as the
 * unit tests use) or with a promise (a sampler in a worker); one ask at a time, each with the
 * study's nextContext(). `close` ends it; an ask still open is then never answered.
 */
export interface SamplerConnection {
  ask(context: SampleContext): Params | null | Promise<Params | null>;
  close(): void;
}

export type ConnectSampler = (setup: SamplerSetup) => SamplerConnection;

const createSearchWorker = (): WorkerLike =>
  new Worker(new URL('../worker/search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'traintab-search',
  });

/**
 * The sampler in a worker of its own (the search worker), so a GP refit never blocks the page.
 * Each ask sends the records that changed since the last one (compared by reference: the study
 * replaces a record whenever it changes), so the worker's history is the study's at every ask.
 * A worker that crashes, cannot load or sends nonsense fails the ask in flight and every later
 * one with the reason.
 */
export function connectWorker(createWorker: () => WorkerLike = createSearchWorker): ConnectSampler {
  return (setup) => new WorkerSampler(createWorker(), setup);
}

interface Pending {
  askId: number;
  resolve(params: Params | null): void;
  reject(error: Error): void;
}

class WorkerSampler implements SamplerConnection {
  readonly #worker: WorkerLike;
  /** The trials as the worker last saw them. */
  #sent: readonly TrialRecord[] = [];
  #pending: Pending | null = null;
  #nextAskId = 0;
  /** Why the worker can no longer answer, once it cannot. */
  #broken: Message | null = null;
  #closed = false;

  constructor(worker: WorkerLike, { settings, direction }: SamplerSetup) {
    this.#worker = worker;
    worker.addEventListener('message', (event) => this.#receive((event as MessageEvent).data));
    worker.addEventListener('messageerror', () =>
      this.#break(engineMessage('search-message-unreadable')),
    );
    worker.addEventListener('error', (event) => {
      // Without this the browser reports the worker's error as uncaught on the page.
      event.preventDefault();
      const detail = (event as ErrorEvent).message;
      this.#break(
        engineMessage('search-worker-crashed', {
          detail: detail || engineMessage('worker-load-failed'),
        }),
      );
    });
    this.#post({ type: 'open', settings, direction });
  }

  ask(context: SampleContext): Promise<Params | null> {
    if (this.#closed) return Promise.reject(new MessageError(engineMessage('search-closed')));
    if (this.#broken) return Promise.reject(new MessageError(this.#broken));
    if (this.#pending) return Promise.reject(new MessageError(engineMessage('search-busy')));
    const changed = context.trials.filter((trial, i) => this.#sent[i] !== trial);
    this.#sent = context.trials;
    const askId = this.#nextAskId++;
    return new Promise((resolve, reject) => {
      this.#pending = { askId, resolve, reject };
      this.#post({ type: 'ask', askId, number: context.number, changed });
    });
  }

  close(): void {
    this.#closed = true;
    this.#pending = null;
    this.#worker.terminate();
  }

  #post(request: SearchRequest): void {
    try {
      this.#worker.postMessage(request);
    } catch (error) {
      this.#break(engineMessage('search-post-failed', { detail: errorMessage(error) }));
    }
  }

  #receive(data: unknown): void {
    if (this.#closed) return;
    const parsed = parseSearchReply(data);
    // A worker that speaks nonsense cannot be trusted with the next ask either.
    if (!parsed.ok) return this.#break(parsed.message);
    const reply = parsed.value;
    if (reply.type === 'failed' && reply.askId === null)
      return this.#break(engineMessage('search-worker-failed', { reason: reply.message }));
    const pending = this.#pending;
    if (!pending || pending.askId !== reply.askId) return;
    this.#pending = null;
    if (reply.type === 'proposed') pending.resolve(reply.params);
    else pending.reject(new MessageError(reply.message));
  }

  #break(reason: Message): void {
    if (this.#closed || this.#broken) return;
    this.#broken = reason;
    this.#worker.terminate();
    const pending = this.#pending;
    this.#pending = null;
    pending?.reject(new MessageError(reason));
  }
}
