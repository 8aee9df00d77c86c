import type { ExperimentSpec } from './experiment';
import type { ParamValue } from './search-schema';
import { applyParams, remapSearchTargets, REPEAT } from './search-targets';

/**
 * The most epochs a trial of the spec's search can run: the top of the searched epochs, or the
 * spec's own. The scheduler's pruners and the trials chart both take their epoch range from it.
 */
export function maxSearchEpochs(spec: ExperimentSpec): number {
  const searched = spec.search.params.find((p) => p.target === 'training.epochs')?.distribution;
  if (!searched) return spec.training.epochs;
  if (searched.type !== 'categorical') return searched.high;
  return Math.max(1, ...searched.choices.filter((c): c is number => typeof c === 'number'));
}

/**
 * The experiment a trial trained, as the builder can open it: the search's base spec with the
 * trial's values written in and its repeated blocks expanded. Searched layer fields follow their
 * layers past the copies; a repeat's own target is dropped, since its copies are layers now.
 */
export function trialExperiment(
  base: ExperimentSpec,
  params: Readonly<Record<string, ParamValue>>,
): ExperimentSpec {
  const applied = applyParams(base, params);
  const repeats = Object.entries(params).flatMap(([target, value]) => {
    const repeat = REPEAT.exec(target);
    return repeat
      ? [{ from: Number(repeat[1]), to: Number(repeat[2]), times: Math.max(1, Number(value)) }]
      : [];
  });
  const newIndexOf = (old: number) =>
    old +
    repeats.reduce(
      (shift, { from, to, times }) => (old > to ? shift + (times - 1) * (to - from + 1) : shift),
      0,
    );
  const kept = base.search.params.filter((p) => !REPEAT.test(p.target));
  return {
    ...applied,
    search: { ...applied.search, params: remapSearchTargets(kept, newIndexOf) },
  };
}

/**
 * Whether the builder's model is still the one a search ran on: the same dataset and the same
 * layers, apart from the layer fields the search varies (so a trial applied before still counts).
 * Once it is not, the user's own edits would be replaced by the trial's experiment.
 */
export function sameModelAs(base: ExperimentSpec, current: ExperimentSpec): boolean {
  const searched = new Set(base.search.params.map((p) => p.target));
  const unsearched = (spec: ExperimentSpec) => [
    spec.dataset.name,
    spec.dataset.csv,
    spec.model.layers.map((layer, index) =>
      Object.entries(layer).filter(([field]) => !searched.has(`model.layers.${index}.${field}`)),
    ),
  ];
  return JSON.stringify(unsearched(base)) === JSON.stringify(unsearched(current));
}
