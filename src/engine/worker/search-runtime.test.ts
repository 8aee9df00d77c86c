import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH } from '../../experiment/search-schema';
import type { SearchParamSpec } from '../../experiment/search-schema';
import { createSampler } from '../../search/create-sampler';
import {
  GOLDEN_SAMPLER,
  GOLDEN_SCENARIOS,
  GOLDEN_STRATEGIES,
  runGoldenScenario,
} from '../../search/testing/sampler-golden';
import { trialRecord } from '../../search/testing/sampler-conformance';
import type { Params, SearchSpace } from '../../search/types';
import type { Message } from '../../lib/message';
import { engineMessage, errorMessage, textMessage } from '../client/engine-messages';
import type { SearchReply, SearchRequest } from '../client/search-protocol';
import type { SamplerSetup } from '../client/search-sampler-client';
import { connectWorker } from '../client/search-sampler-client';
import type { WorkerLike } from '../client/worker-like';
import { createSearchRuntime } from './search-runtime';

/** A search space's params back as the spec's searched fields (what the worker is opened with). */
const specOf = (space: SearchSpace): SearchParamSpec[] =>
  space.params.map((def) => ({
    target: def.name,
    distribution: def.distribution,
    gridPoints: def.grid?.length ?? 2,
    condition: def.condition ? { param: def.condition.param, in: [...def.condition.in] } : null,
  }));

/**
 * The search worker as the page sees it, in Node: every message is structured-cloned and
 * delivered on a later task, each way, to the real runtime. `sabotage` replaces what it posts.
 */
function fakeSearchWorker(sabotage?: (reply: SearchReply) => unknown) {
  const listeners = new Map<string, ((event: Event) => void)[]>();
  const sent: SearchRequest[] = [];
  let terminated = false;
  const emit = (type: string, event: object) => {
    if (!terminated) for (const listener of listeners.get(type) ?? []) listener(event as Event);
  };
  const runtime = createSearchRuntime({
    post: (reply) => {
      const data = structuredClone(sabotage ? sabotage(reply) : reply);
      setTimeout(() => emit('message', { data }));
    },
  });
  const worker: WorkerLike = {
    postMessage: (message) => {
      sent.push(message as SearchRequest);
      const data = structuredClone(message);
      setTimeout(() => !terminated && runtime.handle(data));
    },
    terminate: () => (terminated = true),
    addEventListener: (type, listener) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  };
  return {
    worker,
    sent,
    crash: (message: string) => emit('error', { message, preventDefault: () => {} }),
    get terminated() {
      return terminated;
    },
  };
}

const golden = JSON.parse(
  readFileSync(new URL('../../search/fixtures/sampler_golden.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, Params[]>>;

describe('the search worker', () => {
  it.each(
    GOLDEN_STRATEGIES.flatMap((strategy) =>
      GOLDEN_SCENARIOS.map((scenario, i) => [strategy, scenario.name, i] as const),
    ),
  )('proposes the pinned values through messages: %s, %s', async (strategy, name, i) => {
    const scenario = GOLDEN_SCENARIOS[i]!;
    const fake = fakeSearchWorker();
    const connection = connectWorker(() => fake.worker)({
      settings: { ...GOLDEN_SAMPLER, strategy, params: specOf(scenario.space) },
      direction: scenario.direction,
    });
    const proposals = await runGoldenScenario(scenario, (context) => connection.ask(context));
    expect(proposals).toEqual(golden[strategy]![name]);
    // Only what changed travels: never more records than the scenario has changes.
    const asks = fake.sent.filter((m) => m.type === 'ask');
    const records = asks.reduce((total, m) => total + m.changed.length, 0);
    expect(records).toBeLessThan(4 * scenario.trials);
  });

  const setup: SamplerSetup = {
    settings: {
      ...DEFAULT_SEARCH,
      strategy: 'random',
      params: [
        {
          target: 'x',
          distribution: { type: 'float', low: 0, high: 1, log: false },
          gridPoints: 2,
          condition: null,
        },
      ],
    },
    direction: 'minimize',
  };
  const space = { params: [{ name: 'x', distribution: setup.settings.params[0]!.distribution }] };
  const context = (trials = [] as ReturnType<typeof trialRecord>[]) => ({
    space,
    trials,
    number: trials.length,
    direction: 'minimize' as const,
  });

  it('answers as the sampler in the page does, history and all', async () => {
    const fake = fakeSearchWorker();
    const connection = connectWorker(() => fake.worker)(setup);
    const local = createSampler(setup.settings);
    const history = [trialRecord(0, { x: 0.3 }, 'complete', 1, [2, 1])];
    expect(await connection.ask(context(history))).toEqual(local.sample(context(history)));
    connection.close();
    expect(fake.terminated).toBe(true);
  });

  it('fails one ask with the worker’s reason, and the next ask still works', async () => {
    const fake = fakeSearchWorker();
    const connection = connectWorker(() => fake.worker)(setup);
    expect(await refusal(connection.ask({ ...context(), number: 3 }))).toEqual(
      textMessage("The search worker's trials are out of step: it has 0, the study 3."),
    );
    expect(await connection.ask(context())).toEqual({ x: expect.any(Number) });
  });

  it('fails the ask in flight and every later one once the worker crashes', async () => {
    const fake = fakeSearchWorker();
    const connection = connectWorker(() => fake.worker)(setup);
    const asked = connection.ask(context());
    fake.crash('out of memory');
    const crashed = engineMessage('search-worker-crashed', { detail: 'out of memory' });
    expect(await refusal(asked)).toEqual(crashed);
    expect(fake.terminated).toBe(true);
    expect(await refusal(connection.ask(context()))).toEqual(crashed);
  });

  it('treats a reply it cannot read as a broken worker', async () => {
    const fake = fakeSearchWorker(() => ({ type: 'proposed', askId: 0, params: 'nonsense' }));
    const connection = connectWorker(() => fake.worker)(setup);
    expect(await refusal(connection.ask(context()))).toEqual(
      engineMessage('search-reply-unreadable'),
    );
    expect(fake.terminated).toBe(true);
  });

  it('refuses a second ask while one is unanswered', async () => {
    const connection = connectWorker(() => fakeSearchWorker().worker)(setup);
    const first = connection.ask(context());
    expect(await refusal(connection.ask(context()))).toEqual(engineMessage('search-busy'));
    expect(await first).toEqual({ x: expect.any(Number) });
  });
});

/** Why an ask was refused, as the scheduler reads it; fails the test if it was answered. */
async function refusal(ask: unknown): Promise<Message> {
  return Promise.resolve(ask).then(
    () => {
      throw new Error('The ask was answered');
    },
    (error: unknown) => errorMessage(error),
  );
}

describe('the search worker runtime', () => {
  const replies = () => {
    const posted: SearchReply[] = [];
    return { posted, runtime: createSearchRuntime({ post: (reply) => posted.push(reply) }) };
  };

  it('explains a message it does not understand, and an ask before any study', () => {
    const { posted, runtime } = replies();
    runtime.handle({ type: 'ask', askId: 4, number: 0, changed: 'all of them' });
    runtime.handle(null);
    runtime.handle({ type: 'ask', askId: 5, number: 0, changed: [] });
    const unreadable = expect.objectContaining({
      code: 'messages:engine.search-request-unreadable',
    }) as Message;
    expect(posted).toEqual([
      { type: 'failed', askId: 4, message: unreadable },
      { type: 'failed', askId: null, message: unreadable },
      { type: 'failed', askId: 5, message: textMessage('No study is open in the search worker.') },
    ]);
  });

  it('answers null once a grid has run out, and a sampler’s exception as a failed ask', () => {
    const { posted, runtime } = replies();
    runtime.handle({
      type: 'open',
      settings: { strategy: 'grid', seed: 1, startupTrials: 10, params: [] },
      direction: 'minimize',
    });
    runtime.handle({ type: 'ask', askId: 0, number: 0, changed: [] });
    // An empty grid has one point, the empty one; then it has run out.
    runtime.handle({
      type: 'ask',
      askId: 1,
      number: 1,
      changed: [trialRecord(0, {}, 'running', null)],
    });
    // A record with a gap before it: the sampler would read a hole.
    runtime.handle({
      type: 'ask',
      askId: 2,
      number: 3,
      changed: [trialRecord(2, {}, 'running', null)],
    });
    expect(posted).toEqual([
      { type: 'proposed', askId: 0, params: {} },
      { type: 'proposed', askId: 1, params: null },
      {
        type: 'failed',
        askId: 2,
        message: textMessage("The search worker's trials are out of step: it has 3, the study 3."),
      },
    ]);
    runtime.fail(new Error('lost'));
    expect(posted.at(-1)).toEqual({ type: 'failed', askId: null, message: textMessage('lost') });
  });
});
