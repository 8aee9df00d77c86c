import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from './defaults';
import type { Distribution } from './search-schema';
import { maxSearchEpochs, sameModelAs, trialExperiment } from './trial-experiment';

describe('maxSearchEpochs', () => {
  const withEpochs = (distribution: Distribution) => ({
    ...DEFAULT_SPEC,
    search: {
      ...DEFAULT_SPEC.search,
      params: [{ target: 'training.epochs', distribution, gridPoints: 3, condition: null }],
    },
  });

  it("takes the spec's epochs, or the top of the searched ones", () => {
    expect(maxSearchEpochs(DEFAULT_SPEC)).toBe(DEFAULT_SPEC.training.epochs);
    expect(
      maxSearchEpochs(withEpochs({ type: 'int', low: 10, high: 250, step: 1, log: false })),
    ).toBe(250);
    expect(maxSearchEpochs(withEpochs({ type: 'categorical', choices: [20, 300, 50] }))).toBe(300);
  });
});

describe('trialExperiment and sameModelAs', () => {
  const units = (target: string) => ({
    target,
    distribution: { type: 'int' as const, low: 2, high: 16, step: 1, log: false },
    gridPoints: 3,
    condition: null,
  });
  const base = {
    ...DEFAULT_SPEC,
    search: { ...DEFAULT_SPEC.search, params: [units('model.layers.0.units')] },
  };

  it("writes the trial's values into the base spec and keeps its search", () => {
    const trial = trialExperiment(base, { 'model.layers.0.units': 3 });
    expect(trial.model.layers[0]).toMatchObject({ units: 3 });
    expect(trial.search).toEqual(base.search);
  });

  it('counts a model that differs only in searched fields as the same, anything else not', () => {
    expect(sameModelAs(base, trialExperiment(base, { 'model.layers.0.units': 3 }))).toBe(true);
    const widened = trialExperiment(base, {});
    const layers = widened.model.layers.map((l, i) => (i === 1 ? { ...l, units: 9 } : l));
    expect(sameModelAs(base, { ...widened, model: { layers } })).toBe(false);
    expect(sameModelAs(base, { ...base, dataset: { ...base.dataset, name: 'xor' } })).toBe(false);
  });
});
