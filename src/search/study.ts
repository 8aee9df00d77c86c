import type { Direction } from '../experiment/search-schema';
import type { Message } from '../lib/message';
import { message } from '../lib/message';
import type {
  Params,
  Pruner,
  SampleContext,
  Sampler,
  SearchSpace,
  TrialRecord,
  TrialState,
} from './types';

/**
 * What the study itself says about a trial, as message codes: the UI's words for each are under
 * `study` in the `messages` namespace (src/ui/i18n/locales/<language>/messages.ts).
 */
export type StudyMessageCode = 'objective-nan';
const studyMessage = (code: StudyMessageCode) => message(`messages:study.${code}` as const);

/** How a trial ended, as the trainer tells the study (Optuna's study.tell). */
export type TrialOutcome =
  | { state: 'complete'; value: number }
  /** The value becomes the one reported at the trial's last step. */
  | { state: 'pruned' }
  | { state: 'failed'; reason: Message }
  | { state: 'diverged'; epoch: number };

/** A running trial, as ask() hands it out (Optuna's Trial, without the suggest API). */
export interface TrialHandle {
  readonly number: number;
  readonly params: Params;
  /** Records the objective at `step`; a second report of the same step is ignored. */
  report(step: number, value: number): void;
  /** Asks the pruner whether this trial should stop now. */
  shouldPrune(): boolean;
}

export interface StudyOptions {
  name: string;
  direction: Direction;
  space: SearchSpace;
  /**
   * Proposes each trial's values for ask(). Absent when they are proposed elsewhere (a sampler in
   * a worker): the caller then passes nextContext() to it and its answer to askWith().
   */
  sampler?: Sampler;
  pruner: Pruner;
}

const FINISHED: ReadonlySet<TrialState> = new Set(['complete', 'pruned', 'failed', 'diverged']);

/**
 * Optuna's ask/tell study: the sampler proposes, the pruner judges, the study only records.
 * Records are frozen and replaced on every change (and so is the `trials` array), so a store can
 * hold `trials` as a snapshot and compare it by reference.
 */
export class Study {
  readonly name: string;
  readonly direction: Direction;
  readonly space: SearchSpace;
  readonly #sampler: Sampler | null;
  readonly #pruner: Pruner;
  #trials: readonly TrialRecord[] = Object.freeze([]);
  #exhausted = false;

  constructor({ name, direction, space, sampler, pruner }: StudyOptions) {
    this.name = name;
    this.direction = direction;
    this.space = space;
    this.#sampler = sampler ?? null;
    this.#pruner = pruner;
  }

  /**
   * A study over trials recorded before, as Optuna's load_study: `records` are its trials
   * 0, 1, 2… in order, each finished (a trial that was running when its page closed is recorded
   * failed first). Samplers and pruners read only the trials, so the study goes on as if it had
   * never stopped.
   */
  static load(options: StudyOptions, records: readonly TrialRecord[]): Study {
    const study = new Study(options);
    records.forEach((record, index) => {
      if (record.number !== index) {
        throw new Error(`Study "${options.name}" cannot load trial ${record.number} at ${index}`);
      }
      if (!FINISHED.has(record.state)) {
        throw new Error(
          `Study "${options.name}" cannot load trial ${record.number}: it is still ${record.state}`,
        );
      }
    });
    study.#trials = Object.freeze(records.map((record) => Object.freeze({ ...record })));
    return study;
  }

  get trials(): readonly TrialRecord[] {
    return this.#trials;
  }

  /** True once the sampler has nothing left to propose (a finished grid). */
  get exhausted(): boolean {
    return this.#exhausted;
  }

  /** The complete trial with the best value for the direction; the earliest one on a tie. */
  get bestTrial(): TrialRecord | null {
    let best: TrialRecord | null = null;
    for (const trial of this.#trials) {
      if (trial.state !== 'complete' || trial.value === null || Number.isNaN(trial.value)) continue;
      if (best === null || this.#better(trial.value, best.value as number)) best = trial;
    }
    return best;
  }

  trial(number: number): TrialRecord {
    const trial = this.#trials[number];
    if (!trial) throw new Error(`Study "${this.name}" has no trial ${number}`);
    return trial;
  }

  /** Starts a trial with the sampler's values, or returns null when the sampler has run out. */
  ask(): TrialHandle | null {
    if (this.#exhausted) return null;
    if (!this.#sampler) {
      throw new Error(
        `Study "${this.name}" has no sampler of its own: propose with nextContext() and askWith()`,
      );
    }
    const context = this.nextContext();
    return this.askWith(context.number, this.#sampler.sample(context));
  }

  /**
   * What a sampler is given to propose the next trial (the trials so far, the number the trial
   * will get): ask() in two halves, for a sampler that answers later, as one in a worker does.
   */
  nextContext(): SampleContext {
    return {
      space: this.space,
      trials: this.#trials,
      number: this.#trials.length,
      direction: this.direction,
    };
  }

  /**
   * Starts trial `number` with `params`, proposed for nextContext() by a sampler elsewhere; null
   * means the sampler has run out (as in ask()). `number` must still be the next one: nothing
   * may have been asked in between.
   */
  askWith(number: number, params: Params | null): TrialHandle | null {
    if (this.#exhausted) return null;
    if (number !== this.#trials.length) {
      throw new Error(
        `Study "${this.name}" expected values for trial ${this.#trials.length}, got them for ${number}`,
      );
    }
    if (params === null) {
      this.#exhausted = true;
      return null;
    }
    this.#trials = Object.freeze([
      ...this.#trials,
      Object.freeze({
        number,
        state: 'running',
        params: Object.freeze({ ...params }),
        value: null,
        intermediate: new Map(),
        systemAttrs: new Map(),
      }),
    ]);
    return {
      number,
      params: this.trial(number).params,
      report: (step, value) => this.report(number, step, value),
      shouldPrune: () => this.shouldPrune(number),
    };
  }

  /** Records an intermediate value; like Optuna, a step already reported keeps its first value. */
  report(number: number, step: number, value: number): void {
    const trial = this.#running(number, 'report');
    if (!Number.isInteger(step) || step < 0) {
      throw new Error(`Step must be a whole number of at least 0, got ${step}`);
    }
    if (trial.intermediate.has(step)) return;
    this.#replace({ ...trial, intermediate: new Map([...trial.intermediate, [step, value]]) });
  }

  shouldPrune(number: number): boolean {
    const trial = this.#running(number, 'prune');
    return this.#pruner.shouldPrune({
      study: { name: this.name, direction: this.direction },
      trial,
      trials: this.#trials,
      setSystemAttr: (key, value) => {
        const current = this.trial(number);
        this.#replace({ ...current, systemAttrs: new Map([...current.systemAttrs, [key, value]]) });
      },
    });
  }

  /** Finishes a trial. A complete trial with a NaN value is recorded failed, as Optuna does. */
  tell(number: number, outcome: TrialOutcome): TrialRecord {
    const trial = this.trial(number);
    if (FINISHED.has(trial.state)) {
      throw new Error(
        `Trial ${number} of study "${this.name}" is already ${trial.state}; it cannot be told ${outcome.state}`,
      );
    }
    const finished = finish(trial, outcome);
    this.#replace(finished);
    return finished;
  }

  #running(number: number, action: 'report' | 'prune'): TrialRecord {
    const trial = this.trial(number);
    if (trial.state !== 'running') {
      throw new Error(
        `Cannot ${action === 'report' ? 'report to' : action} trial ${number} of study "${this.name}": it is ${trial.state}`,
      );
    }
    return trial;
  }

  #replace(record: TrialRecord): void {
    const trials = [...this.#trials];
    trials[record.number] = Object.freeze(record);
    this.#trials = Object.freeze(trials);
  }

  #better(a: number, b: number): boolean {
    return this.direction === 'minimize' ? a < b : a > b;
  }
}

function finish(trial: TrialRecord, outcome: TrialOutcome): TrialRecord {
  switch (outcome.state) {
    case 'complete':
      if (Number.isNaN(outcome.value)) {
        return { ...trial, state: 'failed', reason: studyMessage('objective-nan') };
      }
      return { ...trial, state: 'complete', value: outcome.value };
    case 'pruned':
      return { ...trial, state: 'pruned', value: lastIntermediate(trial) };
    case 'failed':
      return { ...trial, state: 'failed', reason: outcome.reason };
    case 'diverged':
      return { ...trial, state: 'diverged', epoch: outcome.epoch };
  }
}

/** The value at the highest step reported (Optuna's last_step), unless it is NaN. */
function lastIntermediate(trial: TrialRecord): number | null {
  if (trial.intermediate.size === 0) return null;
  const value = trial.intermediate.get(Math.max(...trial.intermediate.keys())) as number;
  return Number.isNaN(value) ? null : value;
}
