import { z } from '../../lib/zod';
import { SEARCH_LIMITS } from '../../experiment/search-schema';
import { fanovaImportances } from './fanova';
import { type ImportanceDistribution, parseImportanceStudy } from './importance-study';
import { meanDecreaseImpurity } from './mean-decrease-impurity';
import { fitRandomForest, OPTUNA_FOREST } from './regression-forest';
import { type EncodableTrial, encodeTrials, isSingle } from './search-space-encoding';

export const IMPORTANCE_EVALUATORS = ['fanova', 'mean-decrease-impurity'] as const;
export type ImportanceEvaluator = (typeof IMPORTANCE_EVALUATORS)[number];

const optionsSchema = z.object({
  evaluator: z.enum(IMPORTANCE_EVALUATORS),
  /** Seeds the forest's bootstrap and column order. */
  seed: z.number().int().min(SEARCH_LIMITS.seed.min).max(SEARCH_LIMITS.seed.max),
});
export type ImportanceOptions = z.infer<typeof optionsSchema>;

/** Parameter → importance, most important first (as `Object.entries` lists them); they sum to 1. */
export type ParamImportances = Record<string, number>;

type Distributions = Readonly<Record<string, ImportanceDistribution>>;

/**
 * Optuna 3.1's `get_param_importances(study, evaluator=FanovaImportanceEvaluator(seed=seed))`, or
 * with `MeanDecreaseImpurityImportanceEvaluator(seed=seed)`: how much of the variation of the
 * complete trials' values each parameter explains, by a random forest fitted to them.
 *
 * `study` is `ImportanceStudy` (checked; an Error names every problem). The parameters assessed
 * are those every complete trial has (Optuna's intersection search space); the trials used are
 * the complete ones with a finite value. Where Optuna raises for lack of information (fewer than
 * two such trials; fANOVA: no tree's prediction varies) every parameter gets an equal share, as
 * Optuna gives when the importances sum to 0.
 */
export function getParamImportances(study: unknown, options: ImportanceOptions): ParamImportances {
  const { distributions, trials } = parseImportanceStudy(study);
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    const problems = parsedOptions.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid parameter importance options: ${problems.join('; ')}`);
  }
  const { evaluator, seed } = parsedOptions.data;

  const complete = trials.filter((t) => t.value !== null && !Number.isNaN(t.value));
  // Python's order of names: Optuna sorts the search space by name.
  const names = Object.keys(distributions)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .filter((name) => complete.every((t) => Object.hasOwn(t.params, name)));
  const usable = complete
    .filter((t): t is typeof t & EncodableTrial => Number.isFinite(t.value))
    .sort((a, b) => a.number - b.number);
  return evaluator === 'fanova'
    ? fanova(names, distributions, usable, seed)
    : meanDecrease(names, distributions, usable, seed);
}

/** Optuna's FanovaImportanceEvaluator: single-valued parameters stay out of the forest, at 0. */
function fanova(
  names: readonly string[],
  distributions: Distributions,
  trials: readonly EncodableTrial[],
  seed: number,
): ParamImportances {
  const varying = names.filter((name) => !isSingle(distributions[name] as ImportanceDistribution));
  if (varying.length === 0) return {};
  const single = names.filter((name) => !varying.includes(name));
  const assessed = [...varying, ...single];
  if (trials.length < 2) return equalShares(assessed);
  const encoded = encodeTrials(columnsOf(varying, distributions), trials);
  const forest = fitRandomForest(encoded, { ...OPTUNA_FOREST, seed });
  const importances = fanovaImportances(forest, encoded.bounds, encoded.paramColumns);
  if (importances === null) return equalShares(assessed);
  return normalised(assessed, [...importances, ...single.map(() => 0)]);
}

/** Optuna's MeanDecreaseImpurityImportanceEvaluator: a parameter sums its one-hot columns. */
function meanDecrease(
  names: readonly string[],
  distributions: Distributions,
  trials: readonly EncodableTrial[],
  seed: number,
): ParamImportances {
  if (names.length === 0) return {};
  if (trials.length < 2) return equalShares(names);
  const encoded = encodeTrials(columnsOf(names, distributions), trials);
  const forest = fitRandomForest(encoded, { ...OPTUNA_FOREST, seed });
  const columns = meanDecreaseImpurity(forest, encoded.columns);
  const importances = encoded.paramColumns.map((cs) =>
    cs.reduce((sum, c) => sum + (columns[c] as number), 0),
  );
  return normalised(names, importances);
}

function columnsOf(names: readonly string[], distributions: Distributions) {
  return names.map((name) => [name, distributions[name] as ImportanceDistribution] as const);
}

/** `get_param_importances`'s normalisation, in `_sort_dict_by_importance`'s order. */
function normalised(names: readonly string[], importances: readonly number[]): ParamImportances {
  const sum = importances.reduce((s, v) => s + v, 0);
  if (!(sum > 0)) return equalShares(names);
  // Optuna reverses an ascending stable sort: ties come in reverse name order.
  const order = names
    .map((_, i) => i)
    .sort((a, b) => (importances[a] as number) - (importances[b] as number))
    .reverse();
  return Object.fromEntries(order.map((i) => [names[i], (importances[i] as number) / sum]));
}

function equalShares(names: readonly string[]): ParamImportances {
  return Object.fromEntries([...names].reverse().map((name) => [name, 1 / names.length]));
}
