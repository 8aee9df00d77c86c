import { createRng, deriveSeed } from '../lib/rng';
import type { ParamValue } from '../experiment/search-schema';
import { isActive } from './space';
import type { ParamDef, Params, Sampler, SearchSpace } from './types';

/**
 * Every combination of the parameters' grid values, in space order. An inactive conditional
 * parameter is left out rather than multiplied in, so no combination appears twice.
 */
export function gridPoints(space: SearchSpace): Params[] {
  let points: Record<string, ParamValue>[] = [{}];
  for (const def of space.params) {
    const values = gridOf(def);
    points = points.flatMap((point) =>
      isActive(def, point) ? values.map((value) => ({ ...point, [def.name]: value })) : [point],
    );
  }
  return points;
}

/**
 * How many distinct points a grid search of `space` visits, counted without listing them (a
 * race runs a grid whatever the strategy, and 12 parameters of 3 points are 531,441 points):
 * only the values that a later condition reads are kept apart.
 */
export function gridSize(space: SearchSpace): number {
  const read = new Set(space.params.flatMap((def) => (def.condition ? [def.condition.param] : [])));
  let partial = new Map<string, { point: Params; count: number }>([
    ['{}', { point: {}, count: 1 }],
  ]);
  for (const def of space.params) {
    const values = gridOf(def);
    const next = new Map<string, { point: Params; count: number }>();
    const add = (point: Params, count: number) => {
      const key = JSON.stringify(point);
      next.set(key, { point, count: (next.get(key)?.count ?? 0) + count });
    };
    for (const { point, count } of partial.values()) {
      if (!isActive(def, point)) add(point, count);
      else if (read.has(def.name))
        for (const value of values) add({ ...point, [def.name]: value }, count);
      else add(point, count * values.length);
    }
    partial = next;
  }
  return [...partial.values()].reduce((sum, { count }) => sum + count, 0);
}

function gridOf(def: ParamDef): readonly ParamValue[] {
  if (!def.grid || def.grid.length === 0) {
    throw new Error(`Grid search needs grid values for parameter "${def.name}"`);
  }
  return def.grid;
}

/** The same key for equal params, whatever order their fields were written in. */
function pointKey(space: SearchSpace, params: Params): string {
  return JSON.stringify(
    space.params.filter((def) => Object.hasOwn(params, def.name)).map((def) => params[def.name]),
  );
}

/**
 * Optuna's GridSampler, made deterministic: proposes the first grid point (in seeded shuffled
 * order when `shuffle`) that no trial of any state has used yet, and null once all are used.
 */
export function createGridSampler({ seed, shuffle }: { seed: number; shuffle: boolean }): Sampler {
  let cache: { space: SearchSpace; order: Params[] } | null = null;
  const orderFor = (space: SearchSpace): Params[] => {
    if (cache?.space !== space) {
      const points = gridPoints(space);
      cache = {
        space,
        order: shuffle ? createRng(deriveSeed(seed, 'grid')).shuffle(points) : points,
      };
    }
    return cache.order;
  };

  return {
    sample: ({ space, trials }) => {
      const used = new Set(trials.map((trial) => pointKey(space, trial.params)));
      return orderFor(space).find((point) => !used.has(pointKey(space, point))) ?? null;
    },
  };
}
