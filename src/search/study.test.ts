import { describe, expect, it } from 'vitest';
import { message } from '../lib/message';
import { NEVER_PRUNE } from './create-pruner';
import { createGridSampler } from './grid-sampler';
import { createRandomSampler } from './random-sampler';
import { CONFORMANCE_SPACE } from './testing/sampler-conformance';
import { buildSearchSpace } from './space';
import { Study } from './study';
import type { StudyOptions } from './study';
import type { Pruner, PruneContext } from './types';

/** A worker's exception, as a failed trial's reason carries it. */
const OUT_OF_MEMORY = message('messages:engine.detail', { detail: 'out of memory' });

const study = (options: Partial<StudyOptions> = {}) =>
  new Study({
    name: 'test',
    direction: 'minimize',
    space: CONFORMANCE_SPACE,
    sampler: createRandomSampler({ seed: 1 }),
    pruner: NEVER_PRUNE,
    ...options,
  });

describe('Study', () => {
  it('asks for a trial with the sampler’s params and records it running', () => {
    const s = study();
    const trial = s.ask()!;
    expect(trial.number).toBe(0);
    expect(trial.params).toEqual(
      createRandomSampler({ seed: 1 }).sample({
        space: CONFORMANCE_SPACE,
        trials: [],
        number: 0,
        direction: 'minimize',
      }),
    );
    expect(s.trials).toHaveLength(1);
    expect(s.trials[0]).toMatchObject({ number: 0, state: 'running', value: null });
    expect(s.ask()!.number).toBe(1);
  });

  it('records each outcome with its details', () => {
    const s = study();
    const numbers = Array.from({ length: 4 }, () => s.ask()!.number);
    s.report(1, 0, 0.9);
    s.report(1, 1, 0.7);
    s.tell(0, { state: 'complete', value: 0.5 });
    s.tell(1, { state: 'pruned' });
    s.tell(2, { state: 'failed', reason: OUT_OF_MEMORY });
    s.tell(3, { state: 'diverged', epoch: 4 });
    expect(numbers).toEqual([0, 1, 2, 3]);
    expect(s.trials.map((t) => [t.state, t.value])).toEqual([
      ['complete', 0.5],
      ['pruned', 0.7],
      ['failed', null],
      ['diverged', null],
    ]);
    expect(s.trial(2).reason).toBe(OUT_OF_MEMORY);
    expect(s.trial(3).epoch).toBe(4);
  });

  it('gives a pruned trial the value of its highest step, and none without reports', () => {
    const s = study();
    const a = s.ask()!;
    a.report(2, 0.3);
    a.report(1, 0.4);
    s.tell(a.number, { state: 'pruned' });
    const b = s.ask()!;
    s.tell(b.number, { state: 'pruned' });
    expect(s.trial(a.number).value).toBe(0.3);
    expect(s.trial(b.number).value).toBeNull();
  });

  it('records a complete trial with a NaN value as failed, as Optuna does', () => {
    const s = study();
    const trial = s.ask()!;
    expect(s.tell(trial.number, { state: 'complete', value: Number.NaN })).toMatchObject({
      state: 'failed',
      reason: { code: 'messages:study.objective-nan' },
    });
  });

  it('keeps the first value of a step reported twice', () => {
    const s = study();
    const trial = s.ask()!;
    trial.report(0, 1);
    trial.report(0, 2);
    expect([...s.trial(0).intermediate]).toEqual([[0, 1]]);
  });

  it('replaces records and the trials array on change, never mutating a snapshot', () => {
    const s = study();
    const trial = s.ask()!;
    const before = s.trials;
    const record = before[0]!;
    trial.report(0, 1);
    expect(s.trials).not.toBe(before);
    expect(s.trials[0]).not.toBe(record);
    expect(record.intermediate.size).toBe(0);
    expect(Object.isFrozen(s.trials)).toBe(true);
    expect(Object.isFrozen(s.trials[0])).toBe(true);
  });

  it('picks the best complete trial for the direction, the earliest on a tie', () => {
    for (const [direction, expected] of [
      ['minimize', 1],
      ['maximize', 2],
    ] as const) {
      const s = study({ direction });
      for (let i = 0; i < 5; i++) s.ask();
      s.tell(0, { state: 'complete', value: 3 });
      s.tell(1, { state: 'complete', value: 1 });
      s.tell(2, { state: 'complete', value: 5 });
      s.tell(3, { state: 'complete', value: 1 });
      s.report(4, 0, direction === 'minimize' ? -10 : 10);
      s.tell(4, { state: 'pruned' });
      expect(s.bestTrial?.number).toBe(expected);
    }
    expect(study().bestTrial).toBeNull();
  });

  it('returns null and turns exhausted once the sampler runs out', () => {
    const space = buildSearchSpace([
      {
        target: 'training.optimizer',
        distribution: { type: 'categorical', choices: ['adam', 'sgd'] },
        gridPoints: 2,
        condition: null,
      },
    ]);
    const s = study({ space, sampler: createGridSampler({ seed: 1, shuffle: false }) });
    expect([s.ask()?.params, s.ask()?.params]).toEqual([
      { 'training.optimizer': 'adam' },
      { 'training.optimizer': 'sgd' },
    ]);
    expect(s.exhausted).toBe(false);
    expect(s.ask()).toBeNull();
    expect(s.exhausted).toBe(true);
  });

  it('hands the pruner the study, the trial and a way to record system attributes', () => {
    const seen: PruneContext[] = [];
    const pruner: Pruner = {
      shouldPrune: (context) => {
        seen.push(context);
        context.setSystemAttr('completed_rung_0', 0.5);
        return true;
      },
    };
    const s = study({ name: 'named', direction: 'maximize', pruner });
    const trial = s.ask()!;
    trial.report(0, 0.5);
    expect(trial.shouldPrune()).toBe(true);
    expect(seen[0]!.study).toEqual({ name: 'named', direction: 'maximize' });
    expect(seen[0]!.trial.intermediate.get(0)).toBe(0.5);
    expect(seen[0]!.trials).toHaveLength(1);
    expect(s.trial(0).systemAttrs.get('completed_rung_0')).toBe(0.5);
  });

  it('explains misuse', () => {
    const s = study();
    const trial = s.ask()!;
    s.tell(trial.number, { state: 'complete', value: 1 });
    expect(() => s.tell(0, { state: 'pruned' })).toThrow(
      'Trial 0 of study "test" is already complete; it cannot be told pruned',
    );
    expect(() => s.tell(7, { state: 'complete', value: 1 })).toThrow('Study "test" has no trial 7');
    expect(() => trial.report(1, 0.5)).toThrow(
      'Cannot report to trial 0 of study "test": it is complete',
    );
    expect(() => trial.shouldPrune()).toThrow(
      'Cannot prune trial 0 of study "test": it is complete',
    );
    expect(() => s.ask()!.report(-1, 0.5)).toThrow(
      'Step must be a whole number of at least 0, got -1',
    );
  });

  it('asks in two halves for a sampler elsewhere: the context, then its values', () => {
    const sampler = createRandomSampler({ seed: 1 });
    const remote = new Study({
      name: 'test',
      direction: 'minimize',
      space: CONFORMANCE_SPACE,
      pruner: NEVER_PRUNE,
    });
    const local = study({ sampler });
    for (let i = 0; i < 3; i++) {
      const context = remote.nextContext();
      expect(context).toMatchObject({ number: i, direction: 'minimize' });
      expect(context.trials).toBe(remote.trials);
      const trial = remote.askWith(context.number, sampler.sample(context))!;
      expect(trial.params).toEqual(local.ask()!.params);
    }
    expect(() => remote.ask()).toThrow('has no sampler of its own');
    // Values for a number that is no longer next are refused.
    expect(() => remote.askWith(1, { 'training.learningRate': 0.01 })).toThrow(
      'expected values for trial 3, got them for 1',
    );
    // Null marks the sampler as run out, as ask() does.
    expect(remote.askWith(3, null)).toBeNull();
    expect(remote.exhausted).toBe(true);
    expect(remote.askWith(3, { 'training.learningRate': 0.01 })).toBeNull();
  });
});

describe('Study.load', () => {
  it('goes on from trials recorded before, numbering after them', () => {
    const first = study();
    for (let i = 0; i < 3; i++) first.tell(first.ask()!.number, { state: 'complete', value: i });
    const loaded = Study.load(
      {
        name: 'test',
        direction: 'minimize',
        space: CONFORMANCE_SPACE,
        pruner: NEVER_PRUNE,
        sampler: createRandomSampler({ seed: 1 }),
      },
      first.trials,
    );
    expect(loaded.trials).toEqual(first.trials);
    expect(loaded.bestTrial?.number).toBe(0);
    expect(loaded.ask()!.number).toBe(3);
  });

  it('refuses trials out of order or still running', () => {
    const s = study();
    s.ask();
    const options = {
      name: 'test',
      direction: 'minimize' as const,
      space: CONFORMANCE_SPACE,
      pruner: NEVER_PRUNE,
    };
    expect(() => Study.load(options, s.trials)).toThrow(/still running/);
    s.tell(0, { state: 'failed', reason: OUT_OF_MEMORY });
    expect(() => Study.load(options, [{ ...s.trials[0]!, number: 1 }])).toThrow(
      /cannot load trial 1 at 0/,
    );
  });
});
