import LZString from 'lz-string';
import { describe, expect, it, vi } from 'vitest';
import type { EngineEvent, TrainingEngine } from '../engine/client/training-engine';
import { DEFAULT_SPEC } from '../experiment/defaults';
import type { ExperimentSpec } from '../experiment/experiment';
import { SPEC_VERSION } from '../experiment/experiment';
import { encodeSpecToHash, LINK_PREFIX } from '../experiment/share-link';
import { connectInProcess } from '../engine/client/in-process-sampler';
import { createAppStore } from '../store/app-store';
import type { UrlHost } from './url-sync';
import { syncSpecToUrl } from './url-sync';

type UrlEvent = 'hashchange' | 'popstate';

/**
 * The address bar and history of a tab, as the HTML standard navigates to a fragment: the URL
 * changes and `popstate` fires at once; `hashchange` follows as a task of its own, and only when
 * the fragment changed. `replaceState` fires nothing.
 */
class FakeTab implements UrlHost {
  readonly location = { pathname: '/traintab/', search: '?backend=cpu', hash: '' };
  /** Every URL the app wrote. */
  readonly writes: string[] = [];
  readonly history = {
    replaceState: (_data: unknown, _unused: string, url: string) => {
      this.writes.push(url);
      const at = url.indexOf('#');
      this.location.hash = at < 0 ? '' : url.slice(at);
    },
  };
  private readonly listeners = new Map<UrlEvent, Set<() => void>>([
    ['hashchange', new Set()],
    ['popstate', new Set()],
  ]);
  private readonly tasks: (() => void)[] = [];

  constructor(
    hash = '',
    /** Whether a fragment navigation fires popstate; without it only hashchange tells. */
    private readonly firesPopstate = true,
  ) {
    this.location.hash = hash;
  }

  addEventListener(type: UrlEvent, listener: () => void) {
    this.listeners.get(type)?.add(listener);
  }
  removeEventListener(type: UrlEvent, listener: () => void) {
    this.listeners.get(type)?.delete(listener);
  }
  listenerCount() {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }

  /** A link pasted into the address bar, `location.hash = …`, or Back to an entry with that hash. */
  navigate(hash: string) {
    const old = this.location.hash;
    this.location.hash = hash;
    if (this.firesPopstate) this.fire('popstate');
    if (old !== hash) this.tasks.push(() => this.fire('hashchange'));
  }

  /** Runs the queued microtasks and tasks (the hashchange events), as the event loop would. */
  async settle() {
    await Promise.resolve();
    for (let task = this.tasks.shift(); task; task = this.tasks.shift()) {
      task();
      await Promise.resolve();
    }
  }

  private fire(type: UrlEvent) {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener();
  }
}

const idleEngine: TrainingEngine = {
  provideData() {},
  start() {},
  stop() {},
  pause() {},
  resume() {},
  setPace() {},
  step() {},
  size: 1,
  setSize() {},
  subscribe: (_listener: (event: EngineEvent) => void) => () => {},
};

const withDataset = (name: 'spiral' | 'moons' | 'xor', epochs = 100): ExperimentSpec => {
  const store = createAppStore({ engine: idleEngine, connectSampler: connectInProcess });
  store.getState().selectDataset(name);
  store.getState().edit({ type: 'setTrainingNumber', field: 'epochs', value: epochs });
  return store.getState().spec;
};

/** A tab with the app open (from `hash`, as main.tsx opens it) and the sync running. */
function openApp({ hash = '', firesPopstate = true } = {}) {
  const tab = new FakeTab(hash, firesPopstate);
  const store = createAppStore({
    engine: idleEngine,
    spec: withDataset('xor', 5),
    connectSampler: connectInProcess,
  });
  const openLink = vi.spyOn(store.getState(), 'openLink');
  const stop = syncSpecToUrl(store, tab);
  const spec = () => store.getState().spec;
  const setEpochs = (value: number) =>
    store.getState().edit({ type: 'setTrainingNumber', field: 'epochs', value });
  return { tab, store, spec, openLink, stop, setEpochs };
}

const SPIRAL = withDataset('spiral', 100);
const MOONS = withDataset('moons', 42);

describe('syncSpecToUrl', () => {
  it('writes the link of an edit at once, in the same task, keeping path and query', () => {
    const { tab, spec, setEpochs, openLink } = openApp();
    setEpochs(7);
    expect(tab.location.hash).toBe(encodeSpecToHash(spec()));
    expect(tab.writes).toEqual([`/traintab/?backend=cpu${encodeSpecToHash(spec())}`]);
    setEpochs(8);
    expect(tab.location.hash).toBe(encodeSpecToHash(spec()));
    expect(spec().training.epochs).toBe(8);
    expect(openLink).not.toHaveBeenCalled();
  });

  it('does not reopen the link it started from, nor rewrite the address without an edit', async () => {
    const start = encodeSpecToHash(MOONS);
    const { tab, openLink } = openApp({ hash: start });
    tab.navigate(start);
    await tab.settle();
    expect(openLink).not.toHaveBeenCalled();
    expect(tab.writes).toEqual([]);
  });

  describe.each([
    { events: 'popstate and hashchange', firesPopstate: true },
    { events: 'hashchange only', firesPopstate: false },
  ])('with $events', ({ firesPopstate }) => {
    it('opens a link pasted into the address bar', async () => {
      const { tab, spec, openLink } = openApp({ firesPopstate });
      tab.navigate(encodeSpecToHash(SPIRAL));
      // popstate comes with the navigation itself: nothing else can run before the link opens.
      if (firesPopstate) expect(spec()).toEqual(SPIRAL);
      await tab.settle();
      expect(spec()).toEqual(SPIRAL);
      expect(tab.location.hash).toBe(encodeSpecToHash(SPIRAL));
      expect(openLink).toHaveBeenCalledTimes(1);
      // The link is written in the app's own form already: nothing to write back.
      expect(tab.writes).toEqual([]);
    });

    it('opens the same link pasted twice, with an edit in between, both times', async () => {
      const { tab, spec, setEpochs, openLink } = openApp({ firesPopstate });
      const spiral = encodeSpecToHash(SPIRAL);
      tab.navigate(spiral);
      await tab.settle();
      expect(spec()).toEqual(SPIRAL);

      setEpochs(3);
      expect(tab.location.hash).not.toBe(spiral);
      tab.navigate(spiral);
      await tab.settle();
      expect(spec()).toEqual(SPIRAL);
      expect(tab.location.hash).toBe(spiral);
      expect(openLink).toHaveBeenCalledTimes(2);
    });

    it('an edit, then at once the previous link: the link wins', async () => {
      const { tab, spec, setEpochs } = openApp({ firesPopstate });
      setEpochs(20);
      const previous = tab.location.hash;
      const before = spec();
      setEpochs(7);
      tab.navigate(previous);
      await tab.settle();
      expect(spec()).toEqual(before);
      expect(tab.location.hash).toBe(previous);
    });

    it('opens the second of two different links pasted in a row', async () => {
      const { tab, spec, openLink } = openApp({ firesPopstate });
      tab.navigate(encodeSpecToHash(SPIRAL));
      tab.navigate(encodeSpecToHash(MOONS));
      await tab.settle();
      expect(spec()).toEqual(MOONS);
      expect(tab.location.hash).toBe(encodeSpecToHash(MOONS));
      // Back to the first one.
      tab.navigate(encodeSpecToHash(SPIRAL));
      await tab.settle();
      expect(spec()).toEqual(SPIRAL);
      expect(openLink.mock.calls.length).toBeGreaterThanOrEqual(2);
    });

    it('opens a damaged link each time it is pasted, and writes what it opened once', async () => {
      const { store, tab, spec, openLink } = openApp({ firesPopstate });
      tab.navigate('#e=broken');
      await tab.settle();
      expect(spec()).toEqual(DEFAULT_SPEC);
      expect(store.getState().notices).toEqual([expect.objectContaining({ code: 'link-damaged' })]);
      // The address shows the experiment that was opened, written once: no loop.
      expect(tab.location.hash).toBe(encodeSpecToHash(DEFAULT_SPEC));
      expect(tab.writes).toHaveLength(1);
      expect(openLink).toHaveBeenCalledTimes(1);

      store.getState().dismissNotices();
      tab.navigate('#e=broken');
      await tab.settle();
      expect(store.getState().notices).toEqual([expect.objectContaining({ code: 'link-damaged' })]);
      expect(openLink).toHaveBeenCalledTimes(2);
      expect(tab.location.hash).toBe(encodeSpecToHash(DEFAULT_SPEC));
    });
  });

  it('a link that reaches the address before its event wins over an edit made meanwhile', async () => {
    // Only hashchange tells of the link, and an edit runs before that event does.
    const { tab, spec, setEpochs } = openApp({ firesPopstate: false });
    const spiral = encodeSpecToHash(SPIRAL);
    tab.navigate(spiral);
    setEpochs(9);
    // The edit does not write over the link that is waiting to be opened.
    expect(tab.location.hash).toBe(spiral);
    await tab.settle();
    expect(spec()).toEqual(SPIRAL);
    expect(tab.location.hash).toBe(spiral);
  });

  it('writes its own form of a link it opened that was written differently', async () => {
    const { tab, spec, openLink } = openApp();
    // The same experiment with a field the schema does not know, and percent-encoded on the way.
    const payload = LZString.compressToEncodedURIComponent(
      JSON.stringify({ v: SPEC_VERSION, spec: { ...SPIRAL, note: 'from a chat' } }),
    );
    const pasted = LINK_PREFIX + encodeURIComponent(payload).replaceAll('$', '%24');
    tab.navigate(pasted);
    await tab.settle();
    expect(spec()).toEqual(SPIRAL);
    expect(tab.location.hash).toBe(encodeSpecToHash(SPIRAL));
    expect(openLink).toHaveBeenCalledTimes(1);

    // Pasted again, the same spec opens again (it changes nothing) and the address is rewritten.
    tab.navigate(pasted);
    await tab.settle();
    expect(openLink).toHaveBeenCalledTimes(2);
    expect(tab.location.hash).toBe(encodeSpecToHash(SPIRAL));
  });

  it('keeps showing the experiment of the builder when a run keeps a link from opening', async () => {
    const { store, tab, spec } = openApp();
    const shown = spec();
    store.getState().train();
    tab.navigate(encodeSpecToHash(SPIRAL));
    await tab.settle();
    expect(spec()).toEqual(shown);
    expect(tab.location.hash).toBe(encodeSpecToHash(shown));
  });

  it('stops writing and opening once stopped', async () => {
    const { tab, stop, setEpochs, openLink } = openApp();
    stop();
    expect(tab.listenerCount()).toBe(0);
    setEpochs(11);
    tab.navigate(encodeSpecToHash(SPIRAL));
    await tab.settle();
    expect(tab.writes).toEqual([]);
    expect(openLink).not.toHaveBeenCalled();
  });
});
