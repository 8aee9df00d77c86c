import { describe, expect, it } from 'vitest';
import type { ExperimentSpec } from '../experiment/experiment';
import { MemoryStudyStorage } from '../storage/testing/memory-study-storage';
import { storedStudy, storedTrial } from '../storage/testing/stored-fixtures';
import { DeferredStudyStorage } from '../storage/study-storage';
import { INTERRUPTED_MESSAGE } from './search-scheduler';
import { finished, metrics, setup, unitsSearch } from './testing/store-harness';

const searched = unitsSearch(4);

const starts = (calls: [string, ...unknown[]][]) =>
  calls.filter(([name]) => name === 'start').map(([, id, spec]) => ({ id, spec }));

/** A search on a page that is reloaded after trial 0 ended and while trials 1 and 2 train. */
async function reloadedPage() {
  const storage = new MemoryStudyStorage();
  const page = setup({ spec: searched, storage });
  page.state().startSearch();
  page.engine.emit({ type: 'epoch', runId: 1, metrics: metrics(1), elapsedMs: 1 });
  page.engine.emit(finished(1));
  page.engine.emit({ type: 'epoch', runId: 2, metrics: metrics(1), elapsedMs: 1 });
  page.flush();
  // Wait for the writes, as a reload comes long after them.
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const before = page.state().search;
  const reloaded = setup({ storage });
  await reloaded.state().reopenLastSearch();
  reloaded.flush();
  return { before, reloaded, storage };
}

describe('a search kept in storage', () => {
  it('comes back after a reload with its trials, and goes on to its budget', async () => {
    const { before, reloaded } = await reloadedPage();
    const { search, notices } = reloaded.state();
    expect(search.status).toBe('running');
    expect(search.spec).toEqual(searched);
    expect(search.trials[0]).toEqual({ ...before.trials[0], startedAt: null });
    expect(search.trials.slice(1, 3).map((t) => [t.state, t.message])).toEqual([
      ['failed', INTERRUPTED_MESSAGE],
      ['failed', INTERRUPTED_MESSAGE],
    ]);
    // Trials 1 and 2 run again with their values, as trials 3 and 4.
    const again = starts(reloaded.engine.calls);
    expect(again).toHaveLength(2);
    const units = (spec: unknown) => (spec as ExperimentSpec).model.layers[0];
    expect(again.map((s) => units(s.spec))).toEqual(
      [1, 2].map((n) => ({
        ...units(searched),
        units: before.trials[n]!.params['model.layers.0.units'],
      })),
    );
    expect(notices).toEqual([
      expect.objectContaining({ code: 'search-resumed', params: { trials: 3, interrupted: 2 } }),
    ]);
    // The builder is locked while the reopened search trains.
    expect(reloaded.state().search.status).toBe('running');
  });

  it('reopens a finished search as it ended', async () => {
    const storage = new MemoryStudyStorage();
    const page = setup({
      spec: { ...searched, search: { ...searched.search, maxTrials: 2 } },
      storage,
    });
    page.state().startSearch();
    for (const runId of [1, 2]) {
      page.engine.emit({ type: 'epoch', runId, metrics: metrics(1), elapsedMs: 1 });
      page.engine.emit(finished(runId));
    }
    page.flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reloaded = setup({ storage });
    await reloaded.state().reopenLastSearch();
    reloaded.flush();
    expect(reloaded.state().search).toMatchObject({ status: 'finished', endReason: 'max-trials' });
    expect(reloaded.state().search.trials).toHaveLength(2);
    expect(starts(reloaded.engine.calls)).toEqual([]);
    expect(reloaded.state().notices).toEqual([]);
  });

  it('says once that nothing is kept where the browser has no storage', async () => {
    const page = setup({ storage: new DeferredStudyStorage(Promise.resolve(null)) });
    await page.state().reopenLastSearch();
    expect(page.state().notices).toEqual([
      expect.objectContaining({ code: 'storage-unavailable' }),
    ]);
    page.state().startSearch();
    expect(page.state().search.status).not.toBe('idle');
  });

  it('opens nothing when no search was saved', async () => {
    const page = setup({ storage: new MemoryStudyStorage() });
    await page.state().reopenLastSearch();
    expect(page.state().search.status).toBe('idle');
    expect(page.state().notices).toEqual([]);
  });
});

describe('a saved search with a trial missing', () => {
  it('reopens the trials before the gap and names the first one left out', async () => {
    const storage = new MemoryStudyStorage();
    const study = storedStudy({ spec: searched, status: 'finished', endReason: 'max-trials' });
    await storage.saveStudy(study, [storedTrial(0), storedTrial(2), storedTrial(3)], 'strict');
    const page = setup({ storage });
    await page.state().reopenLastSearch();
    page.flush();
    expect(page.state().search.trials.map((t) => t.number)).toEqual([0]);
    expect(page.state().notices).toEqual([
      expect.objectContaining({ code: 'study-trials-skipped', params: { count: 2, first: 1 } }),
    ]);
  });
});
