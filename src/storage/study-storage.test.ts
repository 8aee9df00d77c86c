import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { engineMessage, textMessage } from '../engine/client/engine-messages';
import { openDatabase, SCHEMA_STEPS } from './database';
import { IndexedDbStudyStorage } from './study-storage';
import { storedRun, storedStudy, storedTrial } from './testing/stored-fixtures';

let databases = 0;
/** A database of its own per test: fake-indexeddb keeps them for the whole file. */
async function freshStorage() {
  const db = await openDatabase(`test-${++databases}`);
  return { db, storage: new IndexedDbStudyStorage(db) };
}

describe('IndexedDbStudyStorage', () => {
  it('keeps a study and its trials, and reads them back in order', async () => {
    const { storage } = await freshStorage();
    await storage.saveStudy(storedStudy(), [storedTrial(1), storedTrial(0)], 'strict');
    const loaded = await storage.loadStudy('study-1');
    expect(loaded?.study).toEqual(storedStudy());
    expect(loaded?.trials.map((t) => t.number)).toEqual([0, 1]);
    expect(loaded?.skipped).toEqual([]);
  });

  it('replaces a trial written again, and keeps NaN values', async () => {
    const { storage } = await freshStorage();
    await storage.saveStudy(storedStudy(), [storedTrial(0, { state: 'running' })], 'relaxed');
    await storage.saveStudy(
      storedStudy({ updatedAt: 3_000 }),
      [storedTrial(0, { state: 'pruned', value: Number.NaN })],
      'strict',
    );
    const loaded = await storage.loadStudy('study-1');
    expect(loaded?.trials).toHaveLength(1);
    expect(loaded?.trials[0]?.state).toBe('pruned');
    expect(loaded?.trials[0]?.value).toBeNaN();
  });

  it('finds the study saved last', async () => {
    const { storage } = await freshStorage();
    expect(await storage.latestStudy()).toBeNull();
    await storage.saveStudy(storedStudy({ id: 'a', updatedAt: 5 }), [], 'strict');
    await storage.saveStudy(storedStudy({ id: 'b', updatedAt: 9 }), [], 'strict');
    await storage.saveStudy(storedStudy({ id: 'c', updatedAt: 7 }), [], 'strict');
    expect((await storage.latestStudy())?.study.id).toBe('b');
  });

  it('skips records that fail their schema and names them; the rest opens', async () => {
    const { db, storage } = await freshStorage();
    await storage.saveStudy(storedStudy(), [storedTrial(0), storedTrial(2)], 'strict');
    await db.put('trials', { studyId: 'study-1', number: 1, state: 'exploded' });
    await db.put('studies', { id: 'broken', updatedAt: 99 });
    const latest = await storage.latestStudy();
    expect(latest?.study.id).toBe('study-1');
    expect(latest?.trials.map((t) => t.number)).toEqual([0, 2]);
    expect(latest?.skipped).toEqual([1]);
    expect(await storage.loadStudy('broken')).toBeNull();
  });

  it('keeps why a trial or run failed as a message, and reads text an older version saved as it was', async () => {
    const { db, storage } = await freshStorage();
    const crashed = engineMessage('training-failed', {
      reason: engineMessage('out-of-memory', { detail: 'OOM' }),
    });
    await storage.saveStudy(
      storedStudy(),
      [storedTrial(0, { state: 'failed', message: crashed, reason: crashed })],
      'strict',
    );
    await storage.saveRun(storedRun({ id: 'new', status: 'failed', message: crashed }), 'strict');
    // Before messages had codes, the English sentence itself was saved.
    const old = 'Training diverged at epoch 3: the loss is no longer a finite number.';
    await db.put('trials', {
      ...storedTrial(1, { state: 'failed' }),
      message: 'Stopped before it finished',
      reason: 'Stopped before it finished',
    });
    await db.put('runs', { ...storedRun({ id: 'old', status: 'diverged' }), message: old });
    const loaded = await storage.loadStudy('study-1');
    expect(loaded?.skipped).toEqual([]);
    expect(loaded?.trials.map((t) => [t.message, t.reason])).toEqual([
      [crashed, crashed],
      [textMessage('Stopped before it finished'), textMessage('Stopped before it finished')],
    ]);
    const { runs } = await storage.listRuns();
    expect(Object.fromEntries(runs.map((r) => [r.id, r.message]))).toEqual({
      new: crashed,
      old: textMessage(old),
    });
  });

  it('keeps runs, lists them newest first, renames and deletes them; a bad one is skipped', async () => {
    const { db, storage } = await freshStorage();
    await storage.saveRun(storedRun({ id: 'a', updatedAt: 1 }), 'strict');
    await storage.saveRun(storedRun({ id: 'b', updatedAt: 2, status: 'running' }), 'relaxed');
    await db.put('runs', { id: 'broken', updatedAt: 3 });
    expect((await storage.listRuns()).runs.map((r) => r.id)).toEqual(['b', 'a']);
    expect((await storage.listRuns()).skipped).toBe(1);
    await storage.renameRun('a', 'Baseline');
    await storage.deleteRun('b');
    expect((await storage.listRuns()).runs.map((r) => [r.id, r.name])).toEqual([['a', 'Baseline']]);
    await storage.deleteAll();
    expect((await storage.listRuns()).runs).toEqual([]);
  });

  it('deletes a study with its trials, and no other', async () => {
    const { storage } = await freshStorage();
    await storage.saveStudy(storedStudy({ id: 'a' }), [storedTrial(0, { studyId: 'a' })], 'strict');
    await storage.saveStudy(storedStudy({ id: 'b' }), [storedTrial(0, { studyId: 'b' })], 'strict');
    await storage.deleteStudy('a');
    expect(await storage.loadStudy('a')).toBeNull();
    expect((await storage.loadStudy('b'))?.trials).toHaveLength(1);
  });

  it('writes a study and its trials in one transaction: a bad trial leaves nothing behind', async () => {
    const { storage } = await freshStorage();
    const broken = { ...storedTrial(1), history: [() => 0] } as never;
    await expect(
      storage.saveStudy(storedStudy(), [storedTrial(0), broken], 'strict'),
    ).rejects.toThrow();
    expect(await storage.loadStudy('study-1')).toBeNull();
  });
});

describe('schema versions', () => {
  it('creates the current version from nothing', async () => {
    const db = await openDatabase('versions-fresh');
    expect(db.version).toBe(SCHEMA_STEPS.length);
    expect([...db.objectStoreNames].sort()).toEqual(['models', 'runs', 'studies', 'trials']);
    db.close();
  });

  it('upgrades a first-version database to this one: its studies stay, runs can be kept', async () => {
    const first = await openDatabase('versions-real', 1, SCHEMA_STEPS.slice(0, 1));
    expect([...first.objectStoreNames].sort()).toEqual(['studies', 'trials']);
    await new IndexedDbStudyStorage(first).saveStudy(storedStudy(), [storedTrial(0)], 'strict');
    first.close();
    const current = new IndexedDbStudyStorage(await openDatabase('versions-real'));
    expect((await current.loadStudy('study-1'))?.trials).toHaveLength(1);
    await current.saveRun(storedRun(), 'strict');
    expect((await current.listRuns()).runs).toEqual([storedRun()]);
  });

  it('keeps a run’s model apart, lists which runs have one, and deletes it with its run', async () => {
    const { storage } = await freshStorage();
    await storage.saveRun(storedRun({ id: 'a' }), 'strict');
    await storage.saveRun(storedRun({ id: 'b' }), 'strict');
    const weights = new Float32Array([1, 2, 3]).buffer;
    await storage.keepModel({ runId: 'a', topology: '{}', weightSpecs: '[]', weights });
    expect((await storage.listRuns()).withModel).toEqual(['a']);
    const model = await storage.loadModel('a');
    expect([...new Float32Array(model!.weights)]).toEqual([1, 2, 3]);
    await storage.deleteRun('a');
    expect(await storage.loadModel('a')).toBeNull();
    expect((await storage.listRuns()).withModel).toEqual([]);
  });

  it('runs later versions only from the stored one on', async () => {
    const first = await openDatabase('versions-upgrade', 1, SCHEMA_STEPS.slice(0, 1));
    await new IndexedDbStudyStorage(first).saveStudy(storedStudy(), [storedTrial(0)], 'strict');
    first.close();
    // A later version that adds an index runs only the steps after the first.
    const ran: number[] = [];
    const steps = [
      () => ran.push(1),
      (_db: unknown, tx: Parameters<(typeof SCHEMA_STEPS)[number]>[1]) => {
        ran.push(2);
        // An index the schema types do not know yet: the next version's.
        (tx.objectStore('trials') as unknown as IDBObjectStore).createIndex('byState', 'state');
      },
    ];
    const upgraded = await openDatabase('versions-upgrade', 2, steps);
    expect(ran).toEqual([2]);
    expect((await new IndexedDbStudyStorage(upgraded).loadStudy('study-1'))?.trials).toHaveLength(
      1,
    );
    expect([...upgraded.transaction('trials').store.indexNames]).toContain('byState');
    upgraded.close();
    // openDB from idb reads the same database: the upgrade is real IndexedDB's.
    const raw = await openDB('versions-upgrade');
    expect(raw.version).toBe(2);
    raw.close();
  });
});
