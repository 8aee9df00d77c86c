import { describe, expect, it } from 'vitest';
import { getParamImportances } from '../../../search/importance/param-importances';
import { trial } from '../../../store/testing/trial-fixtures';
import { scoredTrials } from './study-points';
import { importanceStudy } from './use-importances';

describe('the shown search as an importance study', () => {
  it('passes only complete trials, with the space’s distributions, and evaluates', () => {
    const params = [
      {
        target: 'training.learningRate',
        label: 'Learning rate',
        distribution: { type: 'float' as const, low: 1e-3, high: 1, log: true },
      },
      {
        target: 'training.optimizer',
        label: 'Optimizer',
        distribution: { type: 'categorical' as const, choices: ['adam', 'sgd'] },
      },
    ];
    const trials = Array.from({ length: 12 }, (_, i) =>
      trial(i, {
        state: i === 11 ? 'pruned' : 'complete',
        value: i % 2 === 0 ? 0.2 : 0.8,
        params: {
          'training.learningRate': 10 ** -(1 + (i % 3)),
          'training.optimizer': i % 2 === 0 ? 'adam' : 'sgd',
        },
      }),
    );
    const study = importanceStudy(scoredTrials(trials), params, 'minimize');
    expect(study.trials).toHaveLength(11);
    const importances = getParamImportances(study, { evaluator: 'fanova', seed: 0 });
    // The value follows the optimizer alone.
    expect(Object.keys(importances)[0]).toBe('training.optimizer');
    expect(importances['training.optimizer']).toBeGreaterThan(0.9);
  });

  it('puts back on its range a value a rounding error past its end', () => {
    const params = [
      {
        target: 'lr',
        label: 'Learning rate',
        distribution: { type: 'float' as const, low: 1e-4, high: 0.1, log: true },
      },
    ];
    const trials = scoredTrials([
      trial(0, { state: 'complete', value: 0.3, params: { lr: 0.10000000000000006 } }),
      trial(1, { state: 'complete', value: 0.5, params: { lr: 0.2 } }),
    ]);
    const study = importanceStudy(trials, params, 'minimize');
    expect(study.trials.map((t) => t.params.lr)).toEqual([0.1, 0.2]);
  });
});
