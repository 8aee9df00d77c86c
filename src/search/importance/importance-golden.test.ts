import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/importance_golden.json';
import type { ImportanceStudy } from './importance-study';
import { getParamImportances, type ImportanceEvaluator } from './param-importances';

/**
 * Optuna 3.1.0's importances for four seeded studies of 120 random trials (quadratic, a
 * training-like mix of log, stepped-int and categorical parameters, an interaction, a noisy one),
 * as `get_param_importances` returned them, averaged over evaluator seeds 0..9. Our forest draws
 * its bootstrap and column order from our own generator, so only the averages can agree.
 */

interface GoldenImportances {
  mean: Record<string, number>;
  order: string[];
}
type GoldenStudy = ImportanceStudy & {
  name: string;
  importances: Record<'fanova' | 'mean_decrease_impurity', GoldenImportances>;
};
// A copy of ../shared/reference/importance_golden.json, so a clone alone can run it.
const golden = fixture as unknown as { optuna: string; studies: GoldenStudy[] };

const EVALUATORS: readonly (readonly [ImportanceEvaluator, keyof GoldenStudy['importances']])[] = [
  ['fanova', 'fanova'],
  ['mean-decrease-impurity', 'mean_decrease_impurity'],
];
const SEEDS = 10;
const TOLERANCE = 0.03;

function meanImportances(study: GoldenStudy, evaluator: ImportanceEvaluator) {
  const sums: Record<string, number> = {};
  for (let seed = 0; seed < SEEDS; seed++) {
    for (const [name, value] of Object.entries(getParamImportances(study, { evaluator, seed })))
      sums[name] = (sums[name] ?? 0) + value / SEEDS;
  }
  return sums;
}

describe(`parameter importances against Optuna ${golden.optuna}`, () => {
  it('holds four studies of 120 trials', () => {
    expect(golden.studies.map((s) => s.trials.length)).toEqual([120, 120, 120, 120]);
  });

  const cases = golden.studies.flatMap((study) =>
    EVALUATORS.map(([evaluator, key]) => [study.name, evaluator, study, key] as const),
  );
  it.each(cases)('%s, %s: same order, each mean within 0.03', (_, evaluator, study, key) => {
    const expected = study.importances[key];
    const mean = meanImportances(study, evaluator);
    const order = Object.keys(mean).sort((a, b) => (mean[b] as number) - (mean[a] as number));
    expect(order).toEqual(expected.order);
    for (const name of expected.order)
      expect(Math.abs((mean[name] as number) - (expected.mean[name] as number))).toBeLessThan(
        TOLERANCE,
      );
  });
});
