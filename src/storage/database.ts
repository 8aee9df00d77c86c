import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { openDB } from 'idb';

export const DATABASE_NAME = 'traintab';

/** The object stores; records are `unknown` until their schema in records.ts has checked them. */
export interface TrainTabSchema extends DBSchema {
  studies: { key: string; value: unknown; indexes: { byUpdated: number } };
  trials: { key: [string, number]; value: unknown; indexes: { byStudy: string } };
  runs: { key: string; value: unknown; indexes: { byUpdated: number } };
  models: { key: string; value: unknown };
}

export type Database = IDBPDatabase<TrainTabSchema>;
type UpgradeTransaction = IDBPTransaction<
  TrainTabSchema,
  ArrayLike<StoreNames<TrainTabSchema>>,
  'versionchange'
>;

/**
 * The database's versions, as steps: step i upgrades version i to version i + 1, so a database of
 * any earlier version is brought up to date by running the steps after it, in order. A step is
 * never changed once released; a new version adds a step.
 */
export const SCHEMA_STEPS: readonly ((db: Database, tx: UpgradeTransaction) => void)[] = [
  (db) => {
    const studies = db.createObjectStore('studies', { keyPath: 'id' });
    studies.createIndex('byUpdated', 'updatedAt');
    const trials = db.createObjectStore('trials', { keyPath: ['studyId', 'number'] });
    trials.createIndex('byStudy', 'studyId');
  },
  // Version 2: single training runs are kept too.
  (db) => {
    const runs = db.createObjectStore('runs', { keyPath: 'id' });
    runs.createIndex('byUpdated', 'updatedAt');
  },
  // Version 3: a run's trained model, kept when asked for, apart from the run (it is large).
  (db) => {
    db.createObjectStore('models', { keyPath: 'runId' });
  },
];

export const DATABASE_VERSION = SCHEMA_STEPS.length;

/**
 * Opens (creating or upgrading) the app's database. `onBlocked` is told when another tab holds
 * an older version open, `onVersionChange` when a newer tab wants to upgrade this one away.
 */
export function openDatabase(
  name = DATABASE_NAME,
  version = DATABASE_VERSION,
  steps = SCHEMA_STEPS,
): Promise<Database> {
  return openDB<TrainTabSchema>(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let step = oldVersion; step < version; step++) steps[step]?.(db, tx);
    },
    blocking(_current, _blocked, event) {
      // A newer tab is upgrading: let it, this tab reopens on its next write.
      (event.target as IDBDatabase).close();
    },
  });
}
