import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SPEC } from '../experiment/defaults';
import { DeferredStudyStorage } from '../storage/study-storage';
import { MemoryStudyStorage } from '../storage/testing/memory-study-storage';
import { storedRun, storedStudy, storedTrial } from '../storage/testing/stored-fixtures';
import { setup } from './testing/store-harness';

async function withStudies() {
  const storage = new MemoryStudyStorage();
  await storage.saveStudy(
    storedStudy({
      id: 'old',
      updatedAt: 1,
      status: 'finished',
      trialCount: 1,
      best: { number: 0, value: 0.5 },
    }),
    [storedTrial(0, { studyId: 'old' })],
    'strict',
  );
  await storage.saveStudy(storedStudy({ id: 'new', name: 'Rates', updatedAt: 2 }), [], 'strict');
  let persistAsked = 0;
  const page = setup({
    storage,
    quota: {
      estimate: async () => ({ usage: 2048, quota: 1e9 }),
      persist: async () => ++persistAsked > 0,
    },
  });
  await page.state().refreshSaved();
  return { ...page, storage, persistAsked: () => persistAsked };
}

describe('saved searches', () => {
  it('lists every study newest first, with what the list shows, and asks once to keep them', async () => {
    const { state, persistAsked } = await withStudies();
    expect(state().saved).toMatchObject({
      status: 'ready',
      usage: { usage: 2048, quota: 1e9 },
      persisted: true,
    });
    expect(
      state().saved.studies.map((s) => [s.id, s.name, s.dataset, s.layers, s.trialCount]),
    ).toEqual([
      ['new', 'Rates', 'circle', DEFAULT_SPEC.model.layers.length, 0],
      ['old', 'Search 1', 'circle', DEFAULT_SPEC.model.layers.length, 1],
    ]);
    await state().refreshSaved();
    expect(persistAsked()).toBe(1);
  });

  it('lists only the searches again when only a search was written', async () => {
    const { state, storage } = await withStudies();
    const listRuns = vi.spyOn(storage, 'listRuns');
    await storage.saveStudy(storedStudy({ id: 'newer', updatedAt: 3 }), [], 'strict');
    await state().refreshSaved('studies');
    expect(listRuns).not.toHaveBeenCalled();
    expect(state().saved.studies.map((s) => s.id)).toEqual(['newer', 'new', 'old']);
  });

  it('renames, and deletes with undo', async () => {
    const { state, storage } = await withStudies();
    await state().renameSaved('old', '  Learning rates  ');
    expect(state().saved.studies[1]?.name).toBe('Learning rates');
    await state().deleteSaved('old');
    expect(state().saved.studies.map((s) => s.id)).toEqual(['new']);
    await state().undoDeleteSaved();
    expect(state().saved.studies.map((s) => s.id)).toEqual(['new', 'old']);
    expect((await storage.loadStudy('old'))?.trials).toHaveLength(1);
    await state().deleteAllSaved();
    expect(state().saved.studies).toEqual([]);
  });

  it('exports a study and imports it back as another; a damaged file is refused', async () => {
    const { state } = await withStudies();
    const file = await state().exportSaved('old', 'json');
    expect(file?.name).toBe('traintab-search-1.json');
    expect(await state().importSaved(file!.text)).toBe(true);
    expect(state().saved.studies).toHaveLength(3);
    const csv = await state().exportSaved('old', 'csv');
    expect(csv?.text.split('\r\n')[0]).toBe(
      'number,value,datetime_start,datetime_complete,duration,params_training.learningRate,state',
    );
    expect(await state().importSaved('not json')).toBe(false);
    expect(state().saved.problem).toMatchObject({ code: 'study-file-not-json' });
    expect(state().saved.studies).toHaveLength(3);
  });

  it('opens a saved search in place of the one shown', async () => {
    const { state, flush } = await withStudies();
    await state().openSavedSearch('old');
    flush();
    expect(state().search).toMatchObject({ status: 'finished' });
    expect(state().search.trials).toHaveLength(1);
  });

  it('says so where the browser keeps nothing', async () => {
    const page = setup({ storage: new DeferredStudyStorage(Promise.resolve(null)) });
    await page.state().refreshSaved();
    expect(page.state().saved.status).toBe('unavailable');
  });
});

describe('freeing space', () => {
  it('trims the curves and models of all but the newest runs, keeping their last epoch', async () => {
    const storage = new MemoryStudyStorage();
    const history = [1, 2, 3].map((epoch) => ({
      epoch,
      loss: 1 / epoch,
      valLoss: 1 / epoch,
      accuracy: null,
      valAccuracy: null,
      learningRate: 0.03,
      valLossStd: null,
      valAccuracyStd: null,
    }));
    for (const [id, updatedAt] of [
      ['old', 1],
      ['new', 2],
    ] as const)
      await storage.saveRun(storedRun({ id, updatedAt, history }), 'strict');
    await storage.keepModel({
      runId: 'old',
      topology: '{}',
      weightSpecs: '[]',
      weights: new ArrayBuffer(8),
    });
    const { state } = setup({ storage });
    await state().trimOldRuns(1);
    const runs = (await storage.listRuns()).runs;
    expect(runs.map((r) => [r.id, r.history.map((m) => m.epoch)])).toEqual([
      ['new', [1, 2, 3]],
      ['old', [3]],
    ]);
    expect(await storage.loadModel('old')).toBeNull();
    expect(state().saved.runs.map((r) => r.id)).toEqual(['new', 'old']);
  });
});
