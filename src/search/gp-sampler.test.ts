import { describe, expect, it } from 'vitest';
import { BENCH_FUNCTIONS } from './testing/bench-functions';
import { NEVER_PRUNE } from './create-pruner';
import { createGpSampler } from './gp-sampler';
import { createRandomSampler } from './random-sampler';
import { describeSamplerConformance, trialRecord } from './testing/sampler-conformance';
import { Study } from './study';
import type { Sampler, TrialRecord } from './types';

describeSamplerConformance('gp', (seed) => createGpSampler({ seed, startupTrials: 10 }));

const branin = BENCH_FUNCTIONS.find((f) => f.name === 'branin')!;
const BRANIN_MINIMA = [
  [-Math.PI, 12.275],
  [Math.PI, 2.275],
  [9.42478, 2.475],
];

/** Runs `trials` sequential trials of Branin (or its negative, maximised); returns the study. */
function optimizeBranin(sampler: Sampler, trials: number, direction: 'minimize' | 'maximize') {
  const study = new Study({
    name: 'branin',
    direction,
    space: branin.space,
    sampler,
    pruner: NEVER_PRUNE,
  });
  const sign = direction === 'minimize' ? 1 : -1;
  for (let i = 0; i < trials; i++) {
    const trial = study.ask()!;
    study.tell(trial.number, { state: 'complete', value: sign * branin.evaluate(trial.params) });
  }
  return study;
}

describe('GP sampler', () => {
  it('places its start-up trials on a Latin hypercube: one trial in each slice of every range', () => {
    const sampler = createGpSampler({ seed: 9, startupTrials: 10 });
    const proposals = Array.from({ length: 10 }, (_, number) =>
      sampler.sample({ space: branin.space, trials: [], number, direction: 'minimize' })!,
    );
    const slices = (name: string, low: number, high: number) =>
      proposals.map((p) => Math.floor(((p[name] as number) - low) / ((high - low) / 10))).sort();
    expect(slices('x1', -5, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(slices('x2', 0, 15)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Another seed, another design.
    const other = createGpSampler({ seed: 10, startupTrials: 10 }).sample({
      space: branin.space,
      trials: [],
      number: 0,
      direction: 'minimize',
    });
    expect(other).not.toEqual(proposals[0]);
  });

  it('draws from the random sampler past the design while start-up trials are still missing', () => {
    const context = {
      space: branin.space,
      trials: [] as TrialRecord[],
      number: 12,
      direction: 'minimize' as const,
    };
    expect(createGpSampler({ seed: 9, startupTrials: 10 }).sample(context)).toEqual(
      createRandomSampler({ seed: 9 }).sample(context),
    );
  });

  it.each(['minimize', 'maximize'] as const)(
    'finds a global minimum of Branin (%s)',
    (direction) => {
      const best = optimizeBranin(
        createGpSampler({ seed: 1, startupTrials: 10 }),
        40,
        direction,
      ).bestTrial!;
      const [x1, x2] = [best.params.x1 as number, best.params.x2 as number];
      expect(Math.abs(best.value!) - branin.minimum).toBeLessThan(0.01);
      expect(Math.min(...BRANIN_MINIMA.map(([a, b]) => Math.hypot(x1 - a!, x2 - b!)))).toBeLessThan(
        0.2,
      );
    },
  );

  it('sends a second worker elsewhere while the first trial is still running (constant liar)', () => {
    const study = optimizeBranin(createGpSampler({ seed: 2, startupTrials: 10 }), 15, 'minimize');
    const first = study.ask()!;
    const second = study.ask()!;
    const distance = Math.hypot(
      (first.params.x1 as number) - (second.params.x1 as number),
      (first.params.x2 as number) - (second.params.x2 as number),
    );
    expect(distance).toBeGreaterThan(0.1);
  });

  it('leaves failed, diverged and pruned trials out of the fit', () => {
    const history = optimizeBranin(
      createGpSampler({ seed: 3, startupTrials: 10 }),
      12,
      'minimize',
    ).trials;
    const params = { x1: 0, x2: 0 };
    const others = [
      trialRecord(12, params, 'failed', null),
      trialRecord(13, params, 'diverged', null, [Infinity]),
      trialRecord(14, params, 'pruned', 500, [900, 500]),
    ];
    const sample = (trials: readonly TrialRecord[]) =>
      createGpSampler({ seed: 3, startupTrials: 10 }).sample({
        space: branin.space,
        trials,
        number: 20,
        direction: 'minimize',
      });
    expect(sample([...history, ...others])).toEqual(sample(history));
  });
});
