import type { Database } from './database';
import { openDatabase } from './database';
import type { StoredModel, StoredRun, StoredStudy, StoredTrial } from './records';
import {
  storedModelSchema,
  storedRunSchema,
  storedStudySchema,
  storedTrialSchema,
} from './records';

/** A study as read back: its record, its trials in order, and what had to be skipped. */
export interface LoadedStudy {
  study: StoredStudy;
  trials: StoredTrial[];
  /** Trials whose records failed their schema, by number where it could be read. */
  skipped: (number | null)[];
}

/**
 * Where studies are kept. `strict` writes (a trial's change of state) are committed to disk
 * before they resolve; `relaxed` ones (epoch points, batched) may be lost to a power cut, never
 * half-written. Every write is one transaction: it lands whole or not at all.
 */
export interface StudyStorage {
  /** Whether anything can be kept: false where the browser's storage is off or blocked. */
  ready(): Promise<boolean>;
  saveStudy(
    study: StoredStudy,
    trials: readonly StoredTrial[],
    durability: Durability,
  ): Promise<void>;
  /** The study saved most recently, or null when none is (or none can be read). */
  latestStudy(): Promise<LoadedStudy | null>;
  loadStudy(id: string): Promise<LoadedStudy | null>;
  /** Every readable study, newest first, without their trials; `skipped` counts the others. */
  listStudies(): Promise<{ studies: StoredStudy[]; skipped: number }>;
  renameStudy(id: string, name: string): Promise<void>;
  deleteStudy(id: string): Promise<void>;
  saveRun(run: StoredRun, durability: Durability): Promise<void>;
  /** Every readable run, newest first, curves included; `skipped` counts the others. */
  listRuns(): Promise<{ runs: StoredRun[]; skipped: number; withModel: string[] }>;
  /** Keeps a run's trained model (once it has ended), to download later. */
  keepModel(model: StoredModel): Promise<void>;
  loadModel(runId: string): Promise<StoredModel | null>;
  renameRun(id: string, name: string): Promise<void>;
  deleteRun(id: string): Promise<void>;
  /** Every study and run, and their models. */
  deleteAll(): Promise<void>;
}

export type Durability = 'strict' | 'relaxed';

/** The longest the page spends checking records before it lets other work in. */
const CHECK_SLICE_MS = 8;

/** The study storage in IndexedDB, through `idb`. */
export class IndexedDbStudyStorage implements StudyStorage {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  ready(): Promise<boolean> {
    return Promise.resolve(true);
  }

  async saveStudy(
    study: StoredStudy,
    trials: readonly StoredTrial[],
    durability: Durability,
  ): Promise<void> {
    const tx = this.#db.transaction(['studies', 'trials'], 'readwrite', { durability });
    const requests: Promise<unknown>[] = [tx.done];
    try {
      const trialStore = tx.objectStore('trials');
      requests.push(tx.objectStore('studies').put(study));
      for (const trial of trials) requests.push(trialStore.put(trial));
      await Promise.all(requests);
    } catch (error) {
      // A record that cannot be stored throws before its request exists: nothing may land then,
      // and the requests made before it end aborted, which is expected.
      for (const request of requests) request.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
      throw error;
    }
  }

  async latestStudy(): Promise<LoadedStudy | null> {
    const tx = this.#db.transaction(['studies', 'trials'], 'readonly');
    let cursor = await tx.objectStore('studies').index('byUpdated').openCursor(null, 'prev');
    while (cursor) {
      const study = storedStudySchema.safeParse(cursor.value);
      if (study.success) return this.#withTrials(study.data, tx.objectStore('trials'));
      cursor = await cursor.continue();
    }
    return null;
  }

  async loadStudy(id: string): Promise<LoadedStudy | null> {
    const tx = this.#db.transaction(['studies', 'trials'], 'readonly');
    const study = storedStudySchema.safeParse(await tx.objectStore('studies').get(id));
    return study.success ? this.#withTrials(study.data, tx.objectStore('trials')) : null;
  }

  async #withTrials(
    study: StoredStudy,
    store: { index(name: 'byStudy'): { getAll(key: string): Promise<unknown[]> } },
  ): Promise<LoadedStudy> {
    const records = await store.index('byStudy').getAll(study.id);
    const trials: StoredTrial[] = [];
    const skipped: (number | null)[] = [];
    // Checking a large study takes tens of milliseconds: in slices, so the page stays live.
    let slice = performance.now();
    for (const record of records) {
      const trial = storedTrialSchema.safeParse(record);
      if (trial.success) trials.push(trial.data);
      else skipped.push(numberOf(record));
      if (performance.now() - slice > CHECK_SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        slice = performance.now();
      }
    }
    return { study, trials: trials.sort((a, b) => a.number - b.number), skipped };
  }

  async listStudies(): Promise<{ studies: StoredStudy[]; skipped: number }> {
    const records = await this.#db.getAllFromIndex('studies', 'byUpdated');
    const studies: StoredStudy[] = [];
    for (const record of records) {
      const study = storedStudySchema.safeParse(record);
      if (study.success) studies.push(study.data);
    }
    return { studies: studies.reverse(), skipped: records.length - studies.length };
  }

  async renameStudy(id: string, name: string): Promise<void> {
    const tx = this.#db.transaction('studies', 'readwrite', { durability: 'strict' });
    const study = storedStudySchema.safeParse(await tx.store.get(id));
    if (study.success) await tx.store.put({ ...study.data, name });
    await tx.done;
  }

  async deleteAll(): Promise<void> {
    const stores = ['studies', 'trials', 'runs', 'models'] as const;
    const tx = this.#db.transaction(stores, 'readwrite', { durability: 'strict' });
    await Promise.all([...stores.map((name) => tx.objectStore(name).clear()), tx.done]);
  }

  async saveRun(run: StoredRun, durability: Durability): Promise<void> {
    const tx = this.#db.transaction('runs', 'readwrite', { durability });
    await Promise.all([tx.store.put(run), tx.done]);
  }

  async listRuns(): Promise<{ runs: StoredRun[]; skipped: number; withModel: string[] }> {
    const [records, withModel] = await Promise.all([
      this.#db.getAllFromIndex('runs', 'byUpdated'),
      this.#db.getAllKeys('models'),
    ]);
    const runs: StoredRun[] = [];
    for (const record of records) {
      const run = storedRunSchema.safeParse(record);
      if (run.success) runs.push(run.data);
    }
    return { runs: runs.reverse(), skipped: records.length - runs.length, withModel };
  }

  async keepModel(model: StoredModel): Promise<void> {
    const tx = this.#db.transaction('models', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(model), tx.done]);
  }

  async loadModel(runId: string): Promise<StoredModel | null> {
    const model = storedModelSchema.safeParse(await this.#db.get('models', runId));
    return model.success ? model.data : null;
  }

  async renameRun(id: string, name: string): Promise<void> {
    const tx = this.#db.transaction('runs', 'readwrite', { durability: 'strict' });
    const run = storedRunSchema.safeParse(await tx.store.get(id));
    if (run.success) await tx.store.put({ ...run.data, name });
    await tx.done;
  }

  async deleteRun(id: string): Promise<void> {
    const tx = this.#db.transaction(['runs', 'models'], 'readwrite', { durability: 'strict' });
    await Promise.all([
      tx.objectStore('runs').delete(id),
      tx.objectStore('models').delete(id),
      tx.done,
    ]);
  }

  async deleteStudy(id: string): Promise<void> {
    const tx = this.#db.transaction(['studies', 'trials'], 'readwrite', { durability: 'strict' });
    const trials = tx.objectStore('trials');
    const keys = await trials.index('byStudy').getAllKeys(id);
    await Promise.all([
      tx.objectStore('studies').delete(id),
      ...keys.map((key) => trials.delete(key)),
      tx.done,
    ]);
  }
}

const numberOf = (record: unknown): number | null => {
  const number = (record as { number?: unknown } | null)?.number;
  return typeof number === 'number' ? number : null;
};

/**
 * The storage being opened, usable at once: every call waits for it to open. Where it could not
 * open, nothing is kept: writes do nothing and there is nothing to read.
 */
export class DeferredStudyStorage implements StudyStorage {
  readonly #opening: Promise<StudyStorage | null>;

  constructor(opening: Promise<StudyStorage | null>) {
    this.#opening = opening;
  }

  async ready(): Promise<boolean> {
    return (await this.#opening) !== null;
  }

  async saveStudy(
    study: StoredStudy,
    trials: readonly StoredTrial[],
    durability: Durability,
  ): Promise<void> {
    await (await this.#opening)?.saveStudy(study, trials, durability);
  }

  async latestStudy(): Promise<LoadedStudy | null> {
    return (await (await this.#opening)?.latestStudy()) ?? null;
  }

  async loadStudy(id: string): Promise<LoadedStudy | null> {
    return (await (await this.#opening)?.loadStudy(id)) ?? null;
  }

  async listStudies(): Promise<{ studies: StoredStudy[]; skipped: number }> {
    return (await (await this.#opening)?.listStudies()) ?? { studies: [], skipped: 0 };
  }

  async renameStudy(id: string, name: string): Promise<void> {
    await (await this.#opening)?.renameStudy(id, name);
  }

  async deleteStudy(id: string): Promise<void> {
    await (await this.#opening)?.deleteStudy(id);
  }

  async deleteAll(): Promise<void> {
    await (await this.#opening)?.deleteAll();
  }

  async saveRun(run: StoredRun, durability: Durability): Promise<void> {
    await (await this.#opening)?.saveRun(run, durability);
  }

  async listRuns(): Promise<{ runs: StoredRun[]; skipped: number; withModel: string[] }> {
    return (await (await this.#opening)?.listRuns()) ?? { runs: [], skipped: 0, withModel: [] };
  }

  async keepModel(model: StoredModel): Promise<void> {
    await (await this.#opening)?.keepModel(model);
  }

  async loadModel(runId: string): Promise<StoredModel | null> {
    return (await (await this.#opening)?.loadModel(runId)) ?? null;
  }

  async renameRun(id: string, name: string): Promise<void> {
    await (await this.#opening)?.renameRun(id, name);
  }

  async deleteRun(id: string): Promise<void> {
    await (await this.#opening)?.deleteRun(id);
  }
}

/**
 * Opens the study storage, or resolves null where IndexedDB is missing, disabled or blocked
 * (some private modes): the app then works without keeping anything, and says so once.
 */
export async function openStudyStorage(): Promise<StudyStorage | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return new IndexedDbStudyStorage(await openDatabase());
  } catch {
    return null;
  }
}
