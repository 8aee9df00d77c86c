import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../experiment/defaults';
import type { ExperimentSpec } from '../experiment/experiment';
import { MemoryStudyStorage } from '../storage/testing/memory-study-storage';
import { FakeTabs } from './testing/fake-tabs';
import { finished, metrics, setup } from './testing/store-harness';

const searched: ExperimentSpec = {
  ...DEFAULT_SPEC,
  search: {
    ...DEFAULT_SPEC.search,
    maxTrials: 3,
    concurrency: 1,
    params: [
      {
        target: 'training.learningRate',
        distribution: { type: 'float', low: 0.001, high: 0.1, log: true },
        gridPoints: 3,
        condition: null,
      },
    ],
  },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('two tabs on one saved search', () => {
  it('the second follows the first read-only, then takes over when it closes', async () => {
    const storage = new MemoryStudyStorage();
    const tabs = new FakeTabs();
    const firstTabs = tabs.tab();
    const first = setup({ spec: searched, storage, tabs: firstTabs });
    first.state().startSearch();
    await settle();
    const second = setup({ storage, tabs: tabs.tab() });
    await second.state().reopenLastSearch();
    expect(second.state().search).toMatchObject({ status: 'running', followed: true });
    expect(second.state().notices).toEqual([expect.objectContaining({ code: 'search-followed' })]);
    // Following trains nothing.
    expect(second.engine.calls.filter(([name]) => name === 'start')).toEqual([]);

    // A trial ends in the first tab: the second re-reads it.
    first.engine.emit({ type: 'epoch', runId: 1, metrics: metrics(1), elapsedMs: 1 });
    first.engine.emit(finished(1));
    await settle();
    await settle();
    expect(second.state().search.trials[0]?.state).toBe('complete');
    expect(second.state().search.trials[1]?.state).toBe('running');

    // The first tab closes mid-trial: the second drives the search on.
    firstTabs.close();
    await settle();
    await settle();
    expect(second.state().search).toMatchObject({ status: 'running', followed: false });
    expect(second.engine.calls.filter(([name]) => name === 'start')).toHaveLength(1);
    expect(second.state().search.trials[1]?.state).toBe('failed');
  });

  it('a tab that opens a finished search does not follow anyone', async () => {
    const storage = new MemoryStudyStorage();
    const tabs = new FakeTabs();
    const first = setup({
      spec: { ...searched, search: { ...searched.search, maxTrials: 1 } },
      storage,
      tabs: tabs.tab(),
    });
    first.state().startSearch();
    first.engine.emit({ type: 'epoch', runId: 1, metrics: metrics(1), elapsedMs: 1 });
    first.engine.emit(finished(1));
    first.flush();
    await settle();
    const second = setup({ storage, tabs: tabs.tab() });
    await second.state().reopenLastSearch();
    second.flush();
    expect(second.state().search).toMatchObject({ status: 'finished', followed: false });
  });
});
