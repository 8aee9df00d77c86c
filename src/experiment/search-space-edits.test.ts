import { describe, expect, it } from 'vitest';
import { message } from '../lib/message';
import { DEFAULT_SPEC } from './defaults';
import type { SearchParamSpec } from './search-schema';
import { searchTargets } from './search-targets';
import {
  conditionParents,
  groupTargets,
  removeSearched,
  toggleSearched,
  toggleValue,
  updateSearched,
} from './search-space-edits';

const targets = searchTargets(DEFAULT_SPEC);
const target = (name: string) => {
  const found = targets.find((t) => t.target === name);
  if (!found) throw new Error(`no target ${name}`);
  return found;
};

const optimizer: SearchParamSpec = {
  target: 'training.optimizer',
  distribution: { type: 'categorical', choices: ['adam', 'sgd'] },
  gridPoints: 3,
  condition: null,
};
const learningRate: SearchParamSpec = {
  target: 'training.learningRate',
  distribution: { type: 'float', low: 0.001, high: 0.1, log: true },
  gridPoints: 3,
  condition: { param: 'training.optimizer', in: ['sgd'] },
};

describe('toggleSearched', () => {
  it('adds a field with its suggested distribution, then removes it', () => {
    const added = toggleSearched([optimizer], target('model.layers.0.units'));
    expect(added[1]).toEqual({
      target: 'model.layers.0.units',
      distribution: target('model.layers.0.units').suggested,
      gridPoints: 3,
      condition: null,
    });
    expect(toggleSearched(added, target('model.layers.0.units'))).toEqual([optimizer]);
  });
});

describe('removeSearched', () => {
  it('makes parameters that depended on the removed one unconditional', () => {
    expect(removeSearched([optimizer, learningRate], 'training.optimizer')).toEqual([
      { ...learningRate, condition: null },
    ]);
  });
});

describe('updateSearched', () => {
  it('changes only the parameter at the index', () => {
    const next = updateSearched([optimizer, learningRate], 1, { gridPoints: 5 });
    expect(next[0]).toBe(optimizer);
    expect(next[1]).toEqual({ ...learningRate, gridPoints: 5 });
  });
});

describe('toggleValue', () => {
  it('keeps values in the order of the legal values', () => {
    const order = ['adam', 'sgd', 'rmsprop'];
    expect(toggleValue(['rmsprop'], 'adam', order)).toEqual(['adam', 'rmsprop']);
    expect(toggleValue(['adam', 'rmsprop'], 'adam', order)).toEqual(['rmsprop']);
    expect(toggleValue([true], false, [true, false])).toEqual([true, false]);
  });
});

describe('conditionParents', () => {
  it('offers only categorical parameters listed above', () => {
    const units: SearchParamSpec = { ...learningRate, target: 'model.layers.0.units' };
    expect(conditionParents([optimizer, units, learningRate], 2)).toEqual([optimizer]);
    expect(conditionParents([optimizer, units, learningRate], 0)).toEqual([]);
  });
});

describe('groupTargets', () => {
  it('groups training settings, each layer and repeated blocks, in that order', () => {
    const groups = groupTargets(targets);
    expect(groups.map((g) => [g.key, g.layer])).toEqual([
      ['training', null],
      ['model.layers.0', 1],
      ['model.layers.1', 2],
      ['model.layers.2', 3],
      ['repeats', null],
    ]);
    expect(groups.map((g) => g.label)).toEqual([
      message('search:groups.training'),
      message('search:groups.layer', { layer: 1, type: 'Dense' }),
      message('search:groups.layer', { layer: 2, type: 'Dense' }),
      message('search:groups.layer', { layer: 3, type: 'Dense' }),
      message('search:groups.repeats'),
    ]);
    expect(groups[0]?.options[0]).toEqual({
      target: 'training.learningRate',
      label: message('search:chips.learningRate'),
    });
    // A layer's chips name only the field: the group names the layer.
    expect(groups[1]?.options).toContainEqual({
      target: 'model.layers.0.units',
      label: message('search:fields.units'),
    });
    expect(groups[4]?.options[1]).toEqual({
      target: 'model.repeat.0-1',
      label: message('search:chips.repeatBlock', { from: 1, to: 2 }),
    });
  });
});
