import type { BenchLine } from './bench-common';
import { median } from '../../../src/lib/stats';
import { openDatabase } from '../../../src/storage/database';
import type { StoredTrial } from '../../../src/storage/records';
import { IndexedDbStudyStorage } from '../../../src/storage/study-storage';
import { storedStudy, storedTrial } from '../../../src/storage/testing/stored-fixtures';
import { createAppStore } from '../../../src/store/app-store';
import { connectInProcess } from '../../../src/engine/client/in-process-sampler';
import { TrainingPool } from '../../../src/engine/client/pool';
import { mlpSpec } from './bench-common';

const TRIALS = 200;
const EPOCHS = 50;
/** Epochs a relaxed write carries per running trial: 500 ms of a fast trial's epochs. */
const BATCH_EPOCHS = 10;
const ROUNDS = 3;

const epochs = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    epoch: i + 1,
    loss: 1 / (i + 1),
    valLoss: 1.1 / (i + 1),
    accuracy: 0.5 + i / (4 * count),
    valAccuracy: 0.5 + i / (5 * count),
    learningRate: 0.03,
    valLossStd: null,
    valAccuracyStd: null,
  }));

const trialOf = (studyId: string, number: number, history: number): StoredTrial =>
  storedTrial(number, {
    studyId,
    history: epochs(history),
    intermediate: epochs(history).map((m, step) => [step, m.valLoss]),
    params: {
      'training.learningRate': 0.001 * (number + 1),
      'model.layers.0.units': (number % 16) + 2,
    },
  });

/**
 * The study storage in this browser's IndexedDB, as a search writes and reopens it:
 * - ms_per_trial_write: one trial's change of state, its own strict transaction (with the study);
 * - ms_per_epoch_batch: a relaxed write of two running trials' records with BATCH_EPOCHS new
 *   epochs each, as the recorder batches them;
 * - reopen_ms: from reopenLastSearch() to the store holding a finished study of 200 trials × 50
 *   epochs (read, checked, restored into a study), the way a reload reopens it;
 * - longest_task_ms: the longest main-thread task during those writes and reopens (the setup
 *   that builds the records is left out).
 * Medians over ROUNDS rounds, each on a fresh database.
 */
export async function storageBench(): Promise<BenchLine[]> {
  const tasks: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  // The measured writes and reopens, apart from the benchmark's own setup (building and
  // writing 200 trials in one go, which the app never does).
  const windows: { start: number; end: number }[] = [];
  const measure = async (action: () => Promise<unknown>): Promise<number> => {
    const start = performance.now();
    await action();
    const end = performance.now();
    windows.push({ start, end });
    return end - start;
  };
  observer.observe({ type: 'longtask' });
  const writes: number[] = [];
  const batches: number[] = [];
  const reopens: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const db = await openDatabase(`traintab-bench-${Date.now()}-${round}`);
    const storage = new IndexedDbStudyStorage(db);
    const id = `bench-${round}`;
    for (let n = 0; n < TRIALS; n++) {
      const study = storedStudy({
        id,
        spec: mlpSpec(EPOCHS),
        status: 'running',
        trialCount: n + 1,
      });
      const trial = trialOf(id, n, EPOCHS);
      writes.push(await measure(() => storage.saveStudy(study, [trial], 'strict')));
    }
    for (let b = 0; b < EPOCHS / BATCH_EPOCHS; b++) {
      const running = [0, 1].map((n) => trialOf(id, TRIALS + n, (b + 1) * BATCH_EPOCHS));
      const study = storedStudy({ id, spec: mlpSpec(EPOCHS) });
      batches.push(await measure(() => storage.saveStudy(study, running, 'relaxed')));
    }
    // Reopened as a reload would: the study finished, with its 200 trials (the 2 above dropped).
    await storage.deleteStudy(id);
    const trials = Array.from({ length: TRIALS }, (_, n) => trialOf(id, n, EPOCHS));
    await storage.saveStudy(
      storedStudy({
        id,
        spec: mlpSpec(EPOCHS),
        status: 'finished',
        endReason: 'max-trials',
        updatedAt: Date.now(),
      }),
      trials,
      'strict',
    );
    const pool = new TrainingPool();
    const store = createAppStore({ engine: pool, connectSampler: connectInProcess, storage });
    reopens.push(await measure(() => store.getState().reopenLastSearch()));
    if (store.getState().search.trials.length !== TRIALS) {
      throw new Error(`Reopened ${store.getState().search.trials.length} trials, not ${TRIALS}.`);
    }
    pool.dispose();
    db.close();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(db.name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  }
  // Long tasks are reported a little after they end: let the last ones arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const during = tasks.filter((t) => windows.some((w) => t.start < w.end && t.end > w.start));
  const context = { trials: TRIALS, epochs: EPOCHS, rounds: ROUNDS };
  const round = (value: number) => Math.round(value * 100) / 100;
  return [
    {
      bench: 'storage',
      metric: 'ms_per_trial_write',
      value: round(median(writes)),
      unit: 'ms',
      durability: 'strict',
      ...context,
    },
    {
      bench: 'storage',
      metric: 'ms_per_epoch_batch',
      value: round(median(batches)),
      unit: 'ms',
      durability: 'relaxed',
      trials_per_batch: 2,
      epochs_per_trial: BATCH_EPOCHS,
      ...context,
    },
    {
      bench: 'storage',
      metric: 'reopen_ms',
      value: round(median(reopens)),
      unit: 'ms',
      ...context,
    },
    {
      bench: 'storage',
      metric: 'longest_task_ms',
      value: round(Math.max(0, ...during.map((t) => t.end - t.start))),
      unit: 'ms',
      ...context,
    },
  ];
}
