import type { StoredModel, StoredRun, StoredStudy, StoredTrial } from '../records';
import type { Durability, LoadedStudy, StudyStorage } from '../study-storage';

/**
 * Study storage in memory, with IndexedDB's semantics where callers can see them: records are
 * cloned in and out (structuredClone), and a write lands whole or not at all. For unit tests of
 * the store and for Node scripts; `writes` lists every write with its durability.
 */
export class MemoryStudyStorage implements StudyStorage {
  readonly #studies = new Map<string, StoredStudy>();
  readonly #trials = new Map<string, StoredTrial>();
  readonly #runs = new Map<string, StoredRun>();
  readonly #models = new Map<string, StoredModel>();
  readonly writes: { trials: number[]; durability: Durability; status: string }[] = [];
  /** When set, the next write fails with this error (a full disk, say). */
  failNext: Error | null = null;

  async ready(): Promise<boolean> {
    return true;
  }

  async saveStudy(
    study: StoredStudy,
    trials: readonly StoredTrial[],
    durability: Durability,
  ): Promise<void> {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    const copies = structuredClone({ study, trials });
    this.#studies.set(study.id, copies.study);
    for (const trial of copies.trials) this.#trials.set(`${trial.studyId}/${trial.number}`, trial);
    this.writes.push({ trials: trials.map((t) => t.number), durability, status: study.status });
  }

  async latestStudy(): Promise<LoadedStudy | null> {
    const latest = [...this.#studies.values()].sort((a, b) => b.updatedAt - a.updatedAt)[0];
    return latest ? this.loadStudy(latest.id) : null;
  }

  async loadStudy(id: string): Promise<LoadedStudy | null> {
    const study = this.#studies.get(id);
    if (!study) return null;
    const trials = [...this.#trials.values()]
      .filter((t) => t.studyId === id)
      .sort((a, b) => a.number - b.number);
    return structuredClone({ study, trials, skipped: [] });
  }

  async listStudies(): Promise<{ studies: StoredStudy[]; skipped: number }> {
    const studies = [...this.#studies.values()].sort((a, b) => b.updatedAt - a.updatedAt);
    return structuredClone({ studies, skipped: 0 });
  }

  async renameStudy(id: string, name: string): Promise<void> {
    const study = this.#studies.get(id);
    if (study) this.#studies.set(id, { ...study, name });
  }

  async deleteAll(): Promise<void> {
    this.#studies.clear();
    this.#trials.clear();
    this.#runs.clear();
    this.#models.clear();
  }

  async saveRun(run: StoredRun, durability: Durability): Promise<void> {
    this.#runs.set(run.id, structuredClone(run));
    this.writes.push({ trials: [], durability, status: run.status });
  }

  async listRuns(): Promise<{ runs: StoredRun[]; skipped: number; withModel: string[] }> {
    const runs = [...this.#runs.values()].sort((a, b) => b.updatedAt - a.updatedAt);
    return structuredClone({ runs, skipped: 0, withModel: [...this.#models.keys()] });
  }

  async keepModel(model: StoredModel): Promise<void> {
    this.#models.set(model.runId, structuredClone(model));
  }

  async loadModel(runId: string): Promise<StoredModel | null> {
    const model = this.#models.get(runId);
    return model ? structuredClone(model) : null;
  }

  async renameRun(id: string, name: string): Promise<void> {
    const run = this.#runs.get(id);
    if (run) this.#runs.set(id, { ...run, name });
  }

  async deleteRun(id: string): Promise<void> {
    this.#runs.delete(id);
    this.#models.delete(id);
  }

  async deleteStudy(id: string): Promise<void> {
    this.#studies.delete(id);
    for (const [key, trial] of this.#trials) if (trial.studyId === id) this.#trials.delete(key);
  }
}
