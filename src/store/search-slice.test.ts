import { describe, expect, it } from 'vitest';
import type { ExperimentSpec } from '../experiment/experiment';
import { trialApplication } from './search-slice';
import { metrics, finished, setup, unitsSearch } from './testing/store-harness';

describe('search', () => {
  // Loaded on demand in the app (see search-scheduler.test.ts); loaded first here.
  const searched = unitsSearch(2);

  it('refuses to start without parameters, and says so', () => {
    const { engine, state } = setup();
    state().startSearch();
    // Read as "Add at least one parameter to search." (src/ui/shared/problem-text.test.ts).
    expect(state().search).toMatchObject({
      status: 'finished',
      problem: { code: 'search-space-empty', path: 'search.params', params: {} },
    });
    expect(engine.calls.some(([name]) => name === 'start')).toBe(false);
  });

  it('runs trials on the pool, locks the builder and single runs, and applies a trial', () => {
    const { engine, state, flush } = setup({ spec: searched });
    state().startSearch();
    expect(engine.size).toBe(2);
    const starts = engine.calls.filter(([name]) => name === 'start');
    expect(starts.map(([, id]) => id)).toEqual([1, 2]);
    expect(state().search.status).toBe('running');
    state().train();
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 3 });
    expect(state().run.status).toBe('idle');
    expect(state().spec.training.epochs).toBe(100);
    for (const runId of [1, 2]) {
      engine.emit({
        type: 'epoch',
        runId,
        metrics: { ...metrics(1), valLoss: runId / 10 },
        elapsedMs: 1,
      });
      engine.emit(finished(runId));
    }
    flush();
    expect(state().search).toMatchObject({ status: 'finished', bestNumber: 0 });
    const best = state().search.trials[0]!;
    state().applyTrial(0);
    const units = state().spec.model.layers[0];
    expect(units?.type === 'dense' && units.units).toBe(best.params['model.layers.0.units']);
    // A single run after the search gets a fresh id, not one a trial used.
    state().train();
    expect(engine.calls.at(-1)?.[1]).toBe(3);
  });

  /** Runs a two-trial search of `spec` to the end: trial 0 scores 0.1, trial 1 scores 0.2. */
  function finishedSearch(spec: ExperimentSpec) {
    const harness = setup({ spec });
    harness.state().startSearch();
    for (const runId of [1, 2]) {
      harness.engine.emit({
        type: 'epoch',
        runId,
        metrics: { ...metrics(1), valLoss: runId / 10 },
        elapsedMs: 1,
      });
      harness.engine.emit(finished(runId));
    }
    harness.flush();
    expect(harness.state().search.status).toBe('finished');
    return harness;
  }
  const unitsOf = (spec: ExperimentSpec) =>
    spec.model.layers.map((l) => (l.type === 'dense' ? l.units : l.type));

  it('applies a trial into the spec the search ran on, even after the stack was edited', () => {
    const { state } = finishedSearch(searched);
    const trial = state().search.trials[0]!;
    expect(trialApplication(state(), 0)).toBe('apply');
    // The builder changes after the search: a new first layer shifts every index.
    state().editLayers({
      type: 'insert',
      index: 0,
      layer: { type: 'dense', units: 5, activation: 'tanh', kernelL1: 0, kernelL2: 0 },
    });
    expect(unitsOf(state().spec)).toEqual([5, 8, 8, 1]);
    expect(trialApplication(state(), 0)).toBe('open');
    state().applyTrial(0);
    // The trial's own experiment: its units on the layer it was tried on, not on the new one.
    expect(unitsOf(state().spec)).toEqual([trial.params['model.layers.0.units'], 8, 1]);
    state().undo();
    expect(unitsOf(state().spec)).toEqual([5, 8, 8, 1]);
  });

  it('still offers to apply once a trial was applied: only searched fields differ', () => {
    const { state } = finishedSearch(searched);
    state().applyTrial(1);
    expect(trialApplication(state(), 0)).toBe('apply');
    expect(trialApplication(state(), 7)).toBe('none');
  });

  it('expands a repeated block once, and moves the searched fields after it past the copies', () => {
    const repeated: ExperimentSpec = {
      ...searched,
      search: {
        ...searched.search,
        params: [
          {
            target: 'model.repeat.0-0',
            distribution: { type: 'categorical', choices: [3] },
            gridPoints: 3,
            condition: null,
          },
          {
            target: 'model.layers.1.units',
            distribution: { type: 'int', low: 2, high: 16, step: 1, log: false },
            gridPoints: 3,
            condition: null,
          },
        ],
      },
    };
    const { state } = finishedSearch(repeated);
    const units = state().search.trials[0]!.params['model.layers.1.units'];
    state().applyTrial(0);
    expect(unitsOf(state().spec)).toEqual([8, 8, 8, units, 1]);
    // Applying again repeats nothing twice: it writes into the base spec, not the builder's.
    state().applyTrial(0);
    expect(unitsOf(state().spec)).toEqual([8, 8, 8, units, 1]);
    expect(state().spec.search.params.map((p) => p.target)).toEqual(['model.layers.3.units']);
  });
});
