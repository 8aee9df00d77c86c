import { describe, expect, it } from 'vitest';
import { BENCH_FUNCTIONS } from './testing/bench-functions';
import { NEVER_PRUNE } from './create-pruner';
import { createRandomSampler } from './random-sampler';
import {
  CONFORMANCE_SPACE,
  describeSamplerConformance,
  runSyntheticSearch,
  trialRecord,
} from './testing/sampler-conformance';
import { buildSearchSpace } from './space';
import { Study } from './study';
import { createTpeSampler } from './tpe-sampler';
import type { TrialRecord } from './types';

describeSamplerConformance('tpe', (seed) => createTpeSampler({ seed, startupTrials: 10 }));

const line = buildSearchSpace([
  {
    target: 'x',
    distribution: { type: 'float', low: -5, high: 5, log: false },
    gridPoints: 2,
    condition: null,
  },
]);

describe('TPE sampler', () => {
  it('draws its start-up trials from the random sampler', () => {
    const tpe = runSyntheticSearch(createTpeSampler({ seed: 9, startupTrials: 6 }), { trials: 6 });
    expect(tpe).toEqual(runSyntheticSearch(createRandomSampler({ seed: 9 }), { trials: 6 }));
  });

  it('gets within 1e-3 of a 1-D quadratic minimum in 60 trials, for every seed tried', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const study = new Study({
        name: 'quadratic',
        direction: 'minimize',
        space: line,
        sampler: createTpeSampler({ seed, startupTrials: 10 }),
        pruner: NEVER_PRUNE,
      });
      for (let i = 0; i < 60; i++) {
        const trial = study.ask()!;
        study.tell(trial.number, {
          state: 'complete',
          value: ((trial.params.x as number) - 1.3) ** 2,
        });
      }
      expect(study.bestTrial!.value!).toBeLessThan(1e-3);
    }
  });

  it('beats random search on Branin in 50 trials', () => {
    const branin = BENCH_FUNCTIONS.find((f) => f.name === 'branin')!;
    const best = (seed: number, tpe: boolean) => {
      const sampler = tpe
        ? createTpeSampler({ seed, startupTrials: 10 })
        : createRandomSampler({ seed });
      const study = new Study({
        name: 'b',
        direction: 'minimize',
        space: branin.space,
        sampler,
        pruner: NEVER_PRUNE,
      });
      for (let i = 0; i < 50; i++) {
        const trial = study.ask()!;
        study.tell(trial.number, { state: 'complete', value: branin.evaluate(trial.params) });
      }
      return study.bestTrial!.value!;
    };
    const seeds = [1, 2, 3, 4, 5];
    const wins = seeds.filter((seed) => best(seed, true) < best(seed, false)).length;
    expect(wins).toBeGreaterThanOrEqual(4);
  });

  it('sends a second worker elsewhere while the first trial is still running', () => {
    const study = new Study({
      name: 'quadratic',
      direction: 'minimize',
      space: line,
      sampler: createTpeSampler({ seed: 2, startupTrials: 10 }),
      pruner: NEVER_PRUNE,
    });
    for (let i = 0; i < 20; i++) {
      const trial = study.ask()!;
      study.tell(trial.number, {
        state: 'complete',
        value: ((trial.params.x as number) - 1.3) ** 2,
      });
    }
    const first = study.ask()!;
    const second = study.ask()!;
    expect(second.params.x).not.toBe(first.params.x);
  });

  it('learns a conditional parameter only from the trials where it was active', () => {
    // SGD trials are good, best with momentum 0.8; Adam trials are bad.
    const history: TrialRecord[] = Array.from({ length: 30 }, (_, i) => {
      const sgd = i % 2 === 0;
      const momentum = (i * 0.37) % 0.99;
      const params = {
        'training.learningRate': 0.01,
        'model.layers.1.rate': 0.1,
        'model.layers.0.units': 64,
        'training.batchSize': 32,
        'training.optimizer': sgd ? 'sgd' : 'adam',
        ...(sgd ? { 'training.momentum': momentum } : {}),
      };
      return trialRecord(i, params, 'complete', sgd ? (momentum - 0.8) ** 2 : 5);
    });
    const sampler = createTpeSampler({ seed: 6, startupTrials: 10 });
    const proposals = Array.from({ length: 10 }, (_, k) =>
      sampler.sample({
        space: CONFORMANCE_SPACE,
        trials: history,
        number: 30 + k,
        direction: 'minimize',
      }),
    );
    const momenta = proposals
      .filter((p) => p!['training.optimizer'] === 'sgd')
      .map((p) => p!['training.momentum'] as number);
    expect(momenta.length).toBeGreaterThanOrEqual(8);
    expect(momenta.filter((m) => Math.abs(m - 0.8) < 0.15).length).toBeGreaterThanOrEqual(
      0.7 * momenta.length,
    );
  });
});
