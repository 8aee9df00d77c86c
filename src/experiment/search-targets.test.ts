import { describe, expect, it } from 'vitest';
import { message } from '../lib/message';
import { DEFAULT_SPEC } from './defaults';
import type { ExperimentSpec } from './experiment';
import {
  applyParams,
  newSearchParam,
  remapSearchTargets,
  searchIssues,
  searchTargets,
  targetLabel,
} from './search-targets';
import type { SearchParamSpec } from './search-schema';
import { validateSpec } from './validate';

const withParams = (params: SearchParamSpec[]): ExperimentSpec => ({
  ...DEFAULT_SPEC,
  search: { ...DEFAULT_SPEC.search, params },
});

describe('searchTargets', () => {
  it('offers training settings, every layer setting, and hidden blocks to repeat', () => {
    const targets = searchTargets(DEFAULT_SPEC).map((t) => t.target);
    expect(targets).toEqual(
      expect.arrayContaining([
        'training.learningRate',
        'training.batchSize',
        'training.epochs',
        'training.optimizer',
        'model.layers.0.units',
        'model.layers.0.activation',
        'model.layers.1.kernelL2',
        'model.repeat.0-0',
        'model.repeat.0-1',
        'model.repeat.1-1',
      ]),
    );
    // The output layer is never repeated.
    expect(targets.some((t) => t.startsWith('model.repeat.') && t.endsWith('-2'))).toBe(false);
  });

  it('names each target with message codes the UI words', () => {
    expect(targetLabel(DEFAULT_SPEC, 'model.layers.1.units')).toEqual(
      message('search:targets.layerField', {
        layer: 2,
        type: 'Dense',
        field: message('search:fields.units'),
      }),
    );
    expect(targetLabel(DEFAULT_SPEC, 'training.learningRate')).toEqual(
      message('search:targets.learningRate'),
    );
    expect(targetLabel(DEFAULT_SPEC, 'model.repeat.0-0')).toEqual(
      message('search:targets.repeatLayer', { layer: 1 }),
    );
    expect(targetLabel(DEFAULT_SPEC, 'model.repeat.0-1')).toEqual(
      message('search:targets.repeatBlock', { from: 1, to: 2 }),
    );
    // A field the spec does not have keeps its path.
    expect(targetLabel(DEFAULT_SPEC, 'model.layers.9.units')).toEqual(
      message('search:targets.unknown', { name: 'model.layers.9.units' }),
    );
    const units = searchTargets(DEFAULT_SPEC).find((t) => t.target === 'model.layers.0.units');
    expect(units).toMatchObject({
      group: message('search:groups.layer', { layer: 1, type: 'Dense' }),
      chip: message('search:fields.units'),
    });
  });

  it('suggests a log range around the current learning rate and units, inside the limits', () => {
    const byTarget = new Map(searchTargets(DEFAULT_SPEC).map((t) => [t.target, t]));
    expect(byTarget.get('training.learningRate')?.suggested).toEqual({
      type: 'float',
      low: 0.003,
      high: 0.3,
      log: true,
    });
    // A rate whose tenth is not exact in floating point still suggests the number one would type.
    const slow = { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, learningRate: 0.003 } };
    const rate = searchTargets(slow).find((t) => t.target === 'training.learningRate');
    expect(rate?.suggested).toMatchObject({ low: 0.0003, high: 0.03 });
    expect(byTarget.get('model.layers.0.units')?.suggested).toEqual({
      type: 'int',
      low: 2,
      high: 32,
      step: 1,
      log: true,
    });
  });

  it('makes every suggested parameter valid', () => {
    const params = searchTargets(DEFAULT_SPEC)
      .filter((t) => !t.target.startsWith('model.repeat.') || t.target === 'model.repeat.0-1')
      .map(newSearchParam);
    expect(searchIssues(withParams(params))).toEqual([]);
  });
});

describe('applyParams', () => {
  it('writes training values and layer settings into a valid trial spec', () => {
    const trial = applyParams(DEFAULT_SPEC, {
      'training.learningRate': 0.01,
      'training.optimizer': 'sgd',
      'model.layers.0.units': 32,
      'model.layers.1.activation': 'tanh',
    });
    expect(trial.training).toMatchObject({ learningRate: 0.01, optimizer: 'sgd' });
    expect(trial.model.layers[0]).toMatchObject({ units: 32 });
    expect(trial.model.layers[1]).toMatchObject({ activation: 'tanh' });
    expect(DEFAULT_SPEC.model.layers[0]).toMatchObject({ units: 8 });
    expect(validateSpec(trial).ok).toBe(true);
  });

  it('repeats a hidden block n times, after setting the block’s own fields', () => {
    const trial = applyParams(DEFAULT_SPEC, { 'model.repeat.0-1': 3, 'model.layers.1.units': 5 });
    expect(trial.model.layers.map((l) => (l.type === 'dense' ? l.units : 0))).toEqual([
      8, 5, 8, 5, 8, 5, 1,
    ]);
    expect(validateSpec(trial).ok).toBe(true);
  });
});

describe('searchIssues', () => {
  const param = (target: string, distribution: SearchParamSpec['distribution']) => ({
    target,
    distribution,
    gridPoints: 3,
    condition: null,
  });

  it('locates unknown targets, ranges beyond the field, foreign choices and overlaps', () => {
    const issues = searchIssues(
      withParams([
        param('model.layers.7.units', { type: 'int', low: 1, high: 2, step: 1, log: false }),
        param('model.layers.0.units', { type: 'int', low: 1, high: 9000, step: 1, log: false }),
        param('training.optimizer', { type: 'categorical', choices: ['adam', 'lbfgs'] }),
        param('model.repeat.0-1', { type: 'int', low: 1, high: 2, step: 1, log: false }),
        param('model.repeat.1-1', { type: 'int', low: 1, high: 2, step: 1, log: false }),
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'search.params.0.target',
      'search.params.1.distribution',
      'search.params.2.distribution',
      'search.params.4.target',
    ]);
    // Read as "… the range must stay within 1–4096" and "… "lbfgs" is not one of its values"
    // (src/ui/shared/problem-text.test.ts).
    expect(issues.map((i) => i.code)).toEqual([
      'unknown-target',
      'range-outside-limits',
      'choice-not-allowed',
      'repeats-overlap',
    ]);
    expect(issues[1]?.params).toEqual({ target: 'model.layers.0.units', min: 1, max: 4096 });
    expect(issues[2]?.params).toEqual({ target: 'training.optimizer', value: 'lbfgs' });
  });

  it('rejects accuracy as the objective for regression only', () => {
    const objective = (name: 'circle' | 'plane', metric: 'valLoss' | 'valAccuracy') =>
      searchIssues({
        ...DEFAULT_SPEC,
        dataset: { ...DEFAULT_SPEC.dataset, name },
        search: { ...DEFAULT_SPEC.search, objective: metric },
      });
    expect(objective('plane', 'valAccuracy')).toEqual([
      { code: 'objective-needs-classes', path: 'search.objective', params: {} },
    ]);
    expect(objective('circle', 'valAccuracy')).toEqual([]);
    expect(objective('plane', 'valLoss')).toEqual([]);
  });

  it('requires a condition to refer to a parameter listed above', () => {
    const lr = param('training.learningRate', { type: 'float', low: 0.001, high: 0.1, log: true });
    const optimizer = param('training.optimizer', {
      type: 'categorical',
      choices: ['adam', 'sgd'],
    });
    const conditional = { ...lr, condition: { param: 'training.optimizer', in: ['sgd'] } };
    expect(searchIssues(withParams([optimizer, conditional]))).toEqual([]);
    expect(searchIssues(withParams([conditional, optimizer]))[0]?.path).toBe(
      'search.params.0.condition',
    );
  });
});

describe('remapSearchTargets', () => {
  const int = { type: 'int' as const, low: 1, high: 3, step: 1, log: false };
  const param = (target: string, condition: SearchParamSpec['condition'] = null) => ({
    target,
    distribution: int,
    gridPoints: 3,
    condition,
  });

  it('follows moved layers, drops removed ones and broken blocks, keeps training fields', () => {
    const params = [
      param('training.epochs'),
      param('model.layers.0.units'),
      param('model.layers.2.units'),
      param('model.repeat.0-1'),
      param('model.layers.1.units', { param: 'model.layers.0.units', in: [2] }),
    ];
    // Layer 0 removed: 1 → 0, 2 → 1.
    const removed = remapSearchTargets(params, (old) => [-1, 0, 1][old] ?? -1);
    expect(removed.map((p) => [p.target, p.condition])).toEqual([
      ['training.epochs', null],
      ['model.layers.1.units', null],
      ['model.layers.0.units', null],
    ]);
    // Layers 0 and 2 swap: the block 0-1 is no longer contiguous in order.
    const swapped = remapSearchTargets(params, (old) => [2, 1, 0][old] ?? -1);
    expect(swapped.map((p) => p.target)).toEqual([
      'training.epochs',
      'model.layers.2.units',
      'model.layers.0.units',
      'model.layers.1.units',
    ]);
    expect(swapped[3]?.condition).toEqual({ param: 'model.layers.2.units', in: [2] });
  });
});

describe("docs/search-api.md's example space", () => {
  it('is a valid search of the default spec, the units searched only with Adam', () => {
    const params: SearchParamSpec[] = [
      {
        target: 'training.optimizer',
        distribution: { type: 'categorical', choices: ['adam', 'sgd'] },
        gridPoints: 3,
        condition: null,
      },
      {
        target: 'training.learningRate',
        distribution: { type: 'float', low: 1e-4, high: 0.1, log: true },
        gridPoints: 4,
        condition: null,
      },
      {
        target: 'model.layers.0.units',
        distribution: { type: 'int', low: 4, high: 64, step: 4, log: false },
        gridPoints: 3,
        condition: { param: 'training.optimizer', in: ['adam'] },
      },
    ];
    expect(searchIssues({ ...DEFAULT_SPEC, search: { ...DEFAULT_SPEC.search, params } })).toEqual(
      [],
    );
  });
});
