import { describe, expect, it } from 'vitest';
import type { Direction, ParamValue } from '../../experiment/search-schema';
import { buildSearchSpace, containsValue, isActive } from '../space';
import { NEVER_PRUNE } from '../create-pruner';
import { Study } from '../study';
import type { Params, Sampler, SearchSpace, TrialRecord, TrialState } from '../types';

export interface SamplerConformanceOptions {
  /** The sampler may run out of values (a grid): it then returns null instead of proposing. */
  finite?: boolean;
  /** Trials of the synthetic search (30 unless told). */
  trials?: number;
}

/** Float log, linear float, int with a step, int log, categorical, and a parameter only SGD has. */
export const CONFORMANCE_SPACE: SearchSpace = buildSearchSpace([
  {
    target: 'training.learningRate',
    distribution: { type: 'float', low: 1e-4, high: 1e-1, log: true },
    gridPoints: 4,
    condition: null,
  },
  {
    target: 'model.layers.1.rate',
    distribution: { type: 'float', low: 0, high: 0.5, log: false },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'model.layers.0.units',
    distribution: { type: 'int', low: 8, high: 130, step: 8, log: false },
    gridPoints: 3,
    condition: null,
  },
  {
    target: 'training.batchSize',
    distribution: { type: 'int', low: 4, high: 256, step: 1, log: true },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'training.optimizer',
    distribution: { type: 'categorical', choices: ['adam', 'sgd'] },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'training.momentum',
    distribution: { type: 'float', low: 0, high: 0.99, log: false },
    gridPoints: 3,
    condition: { param: 'training.optimizer', in: ['sgd'] },
  },
]);

const num = (params: Params, name: string, fallback: number): number => {
  const value = params[name];
  return typeof value === 'number' ? value : fallback;
};

/** A smooth bowl with its minimum near lr 1e-2, 64 units, no dropout, adam. */
export function syntheticObjective(params: Params): number {
  const lr = Math.log10(num(params, 'training.learningRate', 1e-2)) + 2;
  const units = (num(params, 'model.layers.0.units', 64) - 64) / 64;
  const rate = num(params, 'model.layers.1.rate', 0);
  const batch = Math.log2(num(params, 'training.batchSize', 32)) - 5;
  const sgd =
    params['training.optimizer'] === 'sgd' ? 0.3 * (1 - num(params, 'training.momentum', 0)) : 0;
  return lr * lr + units * units + rate + 0.05 * batch * batch + sgd;
}

/** A frozen record, as the study hands trials to samplers. */
export function trialRecord(
  number: number,
  params: Params,
  state: TrialState,
  value: number | null,
  intermediate: readonly number[] = [],
): TrialRecord {
  return Object.freeze({
    number,
    state,
    params: Object.freeze({ ...params }),
    value,
    intermediate: new Map(intermediate.map((v, step) => [step, v])),
    systemAttrs: new Map(),
  });
}

/** How the synthetic search ends trial i: mostly complete, with every other outcome mixed in. */
function finish(record: TrialRecord, sign: number): TrialRecord {
  const value = sign * syntheticObjective(record.params);
  const { number, params } = record;
  if (number % 7 === 3) return trialRecord(number, params, 'failed', null);
  if (number % 7 === 6) return trialRecord(number, params, 'diverged', null, [value]);
  if (number % 7 === 5)
    return trialRecord(number, params, 'pruned', value + 1, [value + 2, value + 1]);
  return trialRecord(number, params, 'complete', value, [value]);
}

/**
 * Runs `trials` trials two at a time (each pair asked before either is told), so samplers see
 * running trials as well as finished ones. Returns the proposals in order; stops at null.
 */
export function runSyntheticSearch(
  sampler: Sampler,
  {
    trials = 30,
    direction = 'minimize',
    space = CONFORMANCE_SPACE,
  }: {
    trials?: number;
    direction?: Direction;
    space?: SearchSpace;
  } = {},
): Params[] {
  const sign = direction === 'minimize' ? 1 : -1;
  const history: TrialRecord[] = [];
  const proposals: Params[] = [];
  for (let number = 0; number < trials; number++) {
    const params = sampler.sample({
      space,
      trials: Object.freeze([...history]),
      number,
      direction,
    });
    if (params === null) break;
    proposals.push(params);
    history.push(trialRecord(number, params, 'running', null));
    if (number % 2 === 1) {
      for (const i of [number - 1, number]) history[i] = finish(history[i]!, sign);
    }
  }
  return proposals;
}

/** Every active parameter present and inside its distribution, and no inactive one present. */
function expectValidParams(space: SearchSpace, params: Params): void {
  const seen: Record<string, ParamValue> = {};
  for (const def of space.params) {
    const active = isActive(def, seen);
    expect(Object.hasOwn(params, def.name), `${def.name} present iff active`).toBe(active);
    if (!active) continue;
    const value = params[def.name] as ParamValue;
    expect(containsValue(def.distribution, value), `${def.name}=${String(value)}`).toBe(true);
    seen[def.name] = value;
  }
  expect(Object.keys(params).length).toBe(Object.keys(seen).length);
}

/** The contract every sampler keeps (Optuna's sampler tests, in miniature). */
export function describeSamplerConformance(
  name: string,
  create: (seed: number) => Sampler,
  options: SamplerConformanceOptions = {},
): void {
  const trials = options.trials ?? 30;

  describe(`${name}: sampler conformance`, () => {
    it('proposes the same values for the same seed and history', () => {
      expect(runSyntheticSearch(create(7), { trials })).toEqual(
        runSyntheticSearch(create(7), { trials }),
      );
    });

    it('proposes different values for different seeds', () => {
      expect(runSyntheticSearch(create(1), { trials })).not.toEqual(
        runSyntheticSearch(create(2), { trials }),
      );
    });

    it.each(['minimize', 'maximize'] as const)(
      'keeps every value in its distribution and conditionals present iff active (%s)',
      (direction) => {
        const proposals = runSyntheticSearch(create(3), { trials, direction });
        if (!options.finite) expect(proposals).toHaveLength(trials);
        expect(proposals.length).toBeGreaterThan(0);
        for (const params of proposals) expectValidParams(CONFORMANCE_SPACE, params);
      },
    );

    it('proposes both branches of a conditional parameter over a search', () => {
      const proposals = runSyntheticSearch(create(4), { trials });
      const withMomentum = proposals.filter((p) => Object.hasOwn(p, 'training.momentum'));
      expect(withMomentum.length).toBeGreaterThan(0);
      expect(withMomentum.length).toBeLessThan(proposals.length);
    });

    it('samples over histories of failed, pruned, diverged, running and waiting trials', () => {
      const sampler = create(5);
      const base = { 'training.optimizer': 'adam', 'training.learningRate': 0.01 };
      const params = { ...base, 'model.layers.1.rate': 0.1, 'model.layers.0.units': 64 };
      const history = Object.freeze([
        trialRecord(0, { ...params, 'training.batchSize': 32 }, 'failed', null),
        trialRecord(1, { ...params, 'training.batchSize': 8 }, 'pruned', 0.9, [1, 0.9]),
        trialRecord(2, { ...params, 'training.batchSize': 16 }, 'diverged', null, [Infinity]),
        trialRecord(3, { ...params, 'training.batchSize': 64 }, 'running', null, [0.5]),
        trialRecord(4, { ...params, 'training.batchSize': 128 }, 'waiting', null),
      ]);
      for (const direction of ['minimize', 'maximize'] as const) {
        const proposed = sampler.sample({
          space: CONFORMANCE_SPACE,
          trials: history,
          number: history.length,
          direction,
        });
        expect(proposed).not.toBeNull();
        expectValidParams(CONFORMANCE_SPACE, proposed!);
      }
    });

    it('proposes after a reload what it would have proposed without one', () => {
      const options = (sampler: Sampler) => ({
        name: 'resume',
        direction: 'minimize' as const,
        space: CONFORMANCE_SPACE,
        sampler,
        pruner: NEVER_PRUNE,
      });
      const next = (study: Study) => {
        const trial = study.ask();
        if (trial)
          study.tell(trial.number, { state: 'complete', value: syntheticObjective(trial.params) });
        return trial?.params ?? null;
      };
      const split = Math.min(12, trials - 3);
      const uninterrupted = new Study(options(create(8)));
      for (let i = 0; i < split; i++) next(uninterrupted);
      const resumed = Study.load(options(create(8)), uninterrupted.trials);
      for (let i = 0; i < 3; i++) expect(next(resumed)).toEqual(next(uninterrupted));
    });

    it('samples the first trial of an empty history', () => {
      const params = create(6).sample({
        space: CONFORMANCE_SPACE,
        trials: [],
        number: 0,
        direction: 'minimize',
      });
      expect(params).not.toBeNull();
      expectValidParams(CONFORMANCE_SPACE, params!);
    });
  });
}
