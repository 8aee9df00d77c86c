import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import type { SearchSpace, TrialRecord } from '../types';
import { message } from '../../lib/message';
import { type ImportanceStudy, ImportanceStudyError, toImportanceStudy } from './importance-study';
import { getParamImportances, IMPORTANCE_EVALUATORS } from './param-importances';

const unit = { type: 'float', low: 0, high: 1, log: false, step: null } as const;

/** 30 trials over b, a, c in [0, 1] (and two single-valued parameters), valued by `objective`. */
function study(objective: (p: { a: number; b: number; c: number }) => number): ImportanceStudy {
  const rng = createRng(0);
  return {
    direction: 'minimize',
    distributions: {
      b: unit,
      a: unit,
      c: unit,
      k: { type: 'int', low: 3, high: 4, log: false, step: 2 },
      one: { type: 'categorical', choices: ['x'] },
    },
    trials: Array.from({ length: 30 }, (_, number) => {
      const p = { a: rng.next(), b: rng.next(), c: rng.next() };
      return { number, params: { ...p, k: 3, one: 'x' }, value: objective(p) };
    }),
  };
}
const linear = study((p) => 3 * p.a + p.b);

describe('getParamImportances', () => {
  it.each(IMPORTANCE_EVALUATORS)(
    '%s: most important first, summing to 1, single-valued parameters last at 0',
    (evaluator) => {
      const importances = getParamImportances(linear, { evaluator, seed: 0 });
      const names = Object.keys(importances);
      expect(names.slice(0, 1)).toEqual(['a']);
      expect(names.slice(3)).toEqual(['one', 'k']);
      const values = Object.values(importances);
      expect(values).toEqual([...values].sort((x, y) => y - x));
      expect(values.reduce((s, v) => s + v)).toBeCloseTo(1, 12);
      expect(importances.a).toBeGreaterThan(0.9);
    },
  );

  it.each(IMPORTANCE_EVALUATORS)(
    '%s: a function of one parameter gets nearly all of it',
    (evaluator) => {
      const importances = getParamImportances(
        study((p) => Math.sin(4 * p.c)),
        { evaluator, seed: 3 },
      );
      // Fully grown trees also split on noise at their leaves, which MDI counts.
      expect(importances.c).toBeGreaterThan(0.9);
    },
  );

  it.each(IMPORTANCE_EVALUATORS)(
    '%s: the same for a seed, a little different across seeds',
    (evaluator) => {
      const first = getParamImportances(linear, { evaluator, seed: 7 });
      expect(getParamImportances(linear, { evaluator, seed: 7 })).toEqual(first);
      expect(getParamImportances(linear, { evaluator, seed: 8 })).not.toEqual(first);
    },
  );

  it('reads the values as they are: maximising changes nothing', () => {
    const options = { evaluator: 'fanova', seed: 1 } as const;
    expect(getParamImportances({ ...linear, direction: 'maximize' }, options)).toEqual(
      getParamImportances(linear, options),
    );
  });

  it('assesses only parameters every complete trial has, from trials with a finite value', () => {
    const extra: ImportanceStudy['trials'] = [
      { number: 30, params: { a: 0.5, b: 0.5, k: 3, one: 'x' }, value: null },
      { number: 31, params: { a: 0.5, b: 0.5, c: 0.5, k: 3, one: 'x' }, value: Infinity },
      { number: 32, params: { a: 0.5, b: 0.5, c: 0.5, k: 3, one: 'x' }, value: NaN },
    ];
    const options = { evaluator: 'fanova', seed: 2 } as const;
    const withExtra = { ...linear, trials: [...linear.trials, ...extra] };
    expect(getParamImportances(withExtra, options)).toEqual(getParamImportances(linear, options));
    const conditional = {
      ...linear,
      trials: [
        ...linear.trials,
        { number: 33, params: { a: 0.5, b: 0.5, k: 3, one: 'x' }, value: 1 },
      ],
    };
    expect(Object.keys(getParamImportances(conditional, options)).sort()).toEqual([
      'a',
      'b',
      'k',
      'one',
    ]);
  });

  it.each(IMPORTANCE_EVALUATORS)(
    '%s: equal shares, in reverse name order, when the values cannot tell parameters apart',
    (evaluator) => {
      const shares = { one: 0.2, k: 0.2, c: 0.2, b: 0.2, a: 0.2 };
      const flat = study(() => 5);
      const one = { ...linear, trials: linear.trials.slice(0, 1) };
      for (const s of [flat, one, { ...linear, trials: [] }]) {
        const importances = getParamImportances(s, { evaluator, seed: 0 });
        expect(Object.entries(importances)).toEqual(Object.entries(shares));
      }
    },
  );

  it('gives nothing to assess when every parameter is single-valued (fANOVA, as Optuna)', () => {
    const singles = {
      ...linear,
      distributions: { k: linear.distributions.k!, one: linear.distributions.one! },
      trials: linear.trials.map((t) => ({ ...t, params: { k: 3, one: 'x' } })),
    };
    expect(getParamImportances(singles, { evaluator: 'fanova', seed: 0 })).toEqual({});
    expect(getParamImportances(singles, { evaluator: 'mean-decrease-impurity', seed: 0 })).toEqual({
      one: 0.5,
      k: 0.5,
    });
  });

  it.each([
    ['direction', { ...linear, direction: 'up' }],
    [
      'low-above-high',
      { ...linear, distributions: { ...linear.distributions, a: { ...unit, low: 2 } } },
    ],
    ['log', { ...linear, distributions: { ...linear.distributions, a: { ...unit, log: true } } }],
    [
      'trials.0.params.a: out-of-range',
      { ...linear, trials: [{ number: 0, params: { a: 2 }, value: 1 }] },
    ],
    ['not-a-choice', { ...linear, trials: [{ number: 0, params: { one: 'y' }, value: 1 }] }],
    ['no-distribution', { ...linear, trials: [{ number: 0, params: { z: 1 }, value: 1 }] }],
    ['trials.1.number: repeated', { ...linear, trials: [linear.trials[0], linear.trials[0]] }],
    ['trials.0.value', { ...linear, trials: [{ number: 0, params: {}, value: '1' }] }],
    ['invalid-study: study: invalid', null],
  ])('refuses a bad study: %s', (message, bad) => {
    expect(() => getParamImportances(bad, { evaluator: 'fanova', seed: 0 })).toThrow(message);
  });

  it('says why a study is refused as a message: each problem, where and what', () => {
    const bad = { ...linear, trials: [{ number: 0, params: { a: 2, z: 1 }, value: 1 }] };
    let thrown: unknown;
    try {
      getParamImportances(bad, { evaluator: 'fanova', seed: 0 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportanceStudyError);
    const problem = (path: string, code: string) =>
      message('dashboards:importanceStudy.problem', {
        path,
        problem: message(`dashboards:importanceStudy.${code}`),
      });
    expect((thrown as ImportanceStudyError).reason).toEqual(
      message('dashboards:importanceStudy.invalid-study', {
        problems: message('dashboards:importanceStudy.problem-list', {
          first: problem('trials.0.params.a', 'out-of-range'),
          rest: problem('trials.0.params.z', 'no-distribution'),
        }),
      }),
    );
  });

  it('refuses bad options', () => {
    const bad = (options: unknown) => () =>
      getParamImportances(linear, options as Parameters<typeof getParamImportances>[1]);
    expect(bad({ evaluator: 'permutation', seed: 0 })).toThrow('evaluator');
    expect(bad({ evaluator: 'fanova', seed: -1 })).toThrow('seed');
    expect(bad({ evaluator: 'fanova', seed: 0.5 })).toThrow('seed');
  });
});

describe('toImportanceStudy', () => {
  it("takes the app's space and records; only complete trials keep a value", () => {
    const space: SearchSpace = {
      params: [
        { name: 'lr', distribution: { type: 'float', low: 1e-4, high: 1, log: true } },
        { name: 'units', distribution: { type: 'int', low: 4, high: 64, step: 4, log: false } },
      ],
    };
    const record = (
      number: number,
      state: TrialRecord['state'],
      value: number | null,
    ): TrialRecord => ({
      number,
      state,
      params: { lr: 0.01, units: 8 },
      value,
      intermediate: new Map(),
      systemAttrs: new Map(),
    });
    const converted = toImportanceStudy('maximize', space, [
      record(0, 'complete', 0.9),
      record(1, 'pruned', 0.4),
      record(2, 'running', null),
    ]);
    expect(converted).toEqual({
      direction: 'maximize',
      distributions: { lr: space.params[0]!.distribution, units: space.params[1]!.distribution },
      trials: [
        { number: 0, params: { lr: 0.01, units: 8 }, value: 0.9 },
        { number: 1, params: { lr: 0.01, units: 8 }, value: null },
        { number: 2, params: { lr: 0.01, units: 8 }, value: null },
      ],
    });
    expect(() => getParamImportances(converted, { evaluator: 'fanova', seed: 0 })).not.toThrow();
  });
});
