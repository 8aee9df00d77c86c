import { describe, expect, it } from 'vitest';
import type { z } from '../lib/zod';
import { DEFAULT_SPEC } from './defaults';
import { experimentSpecSchema, LIMITS, SPEC_VERSION } from './experiment';
import { FIRST_SPEC_VERSION, MIGRATIONS, migrateSpec, restoreSpec } from './restore';
import { validateSpec } from './validate';

type Json = Record<string, unknown>;

/** A JSON copy of the default spec to break; typed loosely because tests write invalid values. */
const defaultJson = (): Json => JSON.parse(JSON.stringify(DEFAULT_SPEC)) as Json;

const section = (spec: Json, name: string): Json => spec[name] as Json;

/** Sets a dotted path such as `training.epochs` on a JSON copy of the default spec. */
const withValue = (path: string, value: unknown): Json => {
  const spec = defaultJson();
  const keys = path.split('.');
  const last = keys.pop()!;
  let target: Json = spec;
  for (const key of keys) target = target[key] as Json;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return spec;
};

const LEAF_PATHS = (['dataset', 'training'] as const).flatMap((name) =>
  Object.entries(DEFAULT_SPEC[name])
    // Groups of settings are covered as sections.
    .filter(([, value]) => value === null || typeof value !== 'object')
    .map(([key]) => `${name}.${key}`),
);

const GARBAGE: [string, unknown][] = [
  ['null', null],
  ['an array', [1, 2]],
  ['a string', 'garbage'],
  ['a number', -42.5],
  ['a boolean', true],
  ['an object', { nested: { deeper: [null] } }],
];

const validLayer = () => structuredClone(DEFAULT_SPEC.model.layers[0]!);
/** The default's output layer: a list ending in it still fits the default dataset once repaired. */
const outputLayer = () => structuredClone(DEFAULT_SPEC.model.layers.at(-1)!);

const expectValid = (spec: unknown) => {
  expect(experimentSpecSchema.safeParse(spec).success).toBe(true);
};

describe('restoreSpec', () => {
  it('keeps the default spec as it is, with no problems, as a copy', () => {
    const { spec, problems } = restoreSpec(defaultJson());
    expect(spec).toEqual(DEFAULT_SPEC);
    expect(problems).toEqual([]);
    spec.training.epochs = 5;
    spec.model.layers.pop();
    expect(DEFAULT_SPEC.training.epochs).toBe(100);
    expect(DEFAULT_SPEC.model.layers).toHaveLength(3);
  });

  it('keeps every valid edit', () => {
    const edited = defaultJson();
    Object.assign(section(edited, 'dataset'), {
      name: 'spiral',
      numPoints: 1000,
      noise: 0.35,
      seed: 99,
      standardize: true,
    });
    Object.assign(section(edited, 'training'), {
      optimizer: 'sgd',
      learningRate: 0.5,
      epochs: 7,
      batchSize: 8,
    });
    section(edited, 'model')['layers'] = [validLayer(), validLayer()];
    const { spec, problems } = restoreSpec(edited);
    expect(problems).toEqual([]);
    expect(spec).toEqual(edited);
  });

  it('replaces an invalid field with its default and says what was wrong', () => {
    const input = withValue('training.epochs', -3);
    section(input, 'training')['learningRate'] = 0.1;
    const { spec, problems } = restoreSpec(input);
    // Rendered: "training.epochs was -3 (Epochs must be at least 1); using 100." (problem-text.test.ts)
    expect(problems).toEqual([
      {
        code: 'value-replaced',
        path: 'training.epochs',
        params: { valueKind: 'literal', value: '-3', fallbackKind: 'literal', fallback: '100' },
        reason: { code: 'too-small', path: '', params: { field: 'training.epochs', min: 1 } },
      },
    ]);
    expect(spec.training.epochs).toBe(100);
    expect(spec.training.learningRate).toBe(0.1);
  });

  // Their sentences are checked in src/ui/shared/problem-text.test.ts.
  it.each([
    ['dataset.name', 'spiral2', { valueKind: 'literal', value: '"spiral2"' }, 'not-allowed', ''],
    ['dataset.numPoints', '12', { value: '"12"' }, 'wrong-type', ''],
    ['dataset.noise', 5, { value: '5', fallback: '0.1' }, 'too-big', ''],
    ['dataset.seed', 1.5, { value: '1.5', fallback: '1' }, 'not-whole', ''],
    ['dataset.standardize', 'yes', { value: '"yes"' }, 'wrong-type', ''],
    ['dataset.csv', { fileName: 3 }, { valueKind: 'group' }, 'wrong-type', 'fileName'],
    ['training.optimizer', 'warp', { value: '"warp"' }, 'not-allowed', ''],
    ['training.batchSize', 0, { value: '0', fallback: '32' }, 'too-small', ''],
    ['training.validationSplit', null, { valueKind: 'null' }, 'wrong-type', ''],
  ])('repairs %s on its own', (path, value, params, reasonCode, reasonPath) => {
    const { spec, problems } = restoreSpec(withValue(path, value));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'value-replaced',
      path,
      params,
      reason: { code: reasonCode, path: reasonPath },
    });
    expect(spec).toEqual(DEFAULT_SPEC);
  });

  it('fills a missing field with its default and names it', () => {
    const { spec, problems } = restoreSpec(withValue('dataset.noise', undefined));
    expect(problems).toEqual([
      {
        code: 'value-missing',
        path: 'dataset.noise',
        params: { fallbackKind: 'literal', fallback: '0.1' },
      },
    ]);
    expect(spec).toEqual(DEFAULT_SPEC);
  });

  it('shortens long strings in problems', () => {
    const { problems } = restoreSpec(withValue('dataset.name', 'x'.repeat(5000)));
    expect(JSON.stringify(problems[0]).length).toBeLessThan(400);
    expect(problems[0]!.params).toMatchObject({ value: `"${'x'.repeat(40)}…"` });
  });

  it('drops unknown fields at every level without a problem', () => {
    const input = defaultJson();
    input['extra'] = 1;
    section(input, 'dataset')['rows'] = [[1, 2]];
    section(input, 'training')['callbacks'] = 'x';
    section(input, 'model')['name'] = 'mine';
    (section(input, 'model')['layers'] as Json[])[0]!['bias'] = false;
    const { spec, problems } = restoreSpec(input);
    expect(problems).toEqual([]);
    expect(spec).toEqual(DEFAULT_SPEC);
  });

  it('reads only own properties, never inherited ones', () => {
    const { epochs, ...rest } = DEFAULT_SPEC.training;
    const input = defaultJson();
    input['training'] = Object.assign(Object.create({ epochs: epochs + 1 }) as Json, rest);
    expect(restoreSpec(input).problems).toEqual([
      {
        code: 'value-missing',
        path: 'training.epochs',
        params: { fallbackKind: 'literal', fallback: '100' },
      },
    ]);
  });

  describe('layers', () => {
    it('drops an invalid layer, naming its position and why', () => {
      const layers = [
        validLayer(),
        { ...validLayer(), units: -1 },
        { type: 'warp' },
        outputLayer(),
      ];
      const { spec, problems } = restoreSpec(withValue('model.layers', layers));
      expect(spec.model.layers).toEqual([validLayer(), outputLayer()]);
      expect(problems).toEqual([
        {
          code: 'item-dropped',
          path: 'model.layers',
          params: { item: 'layer', index: 2 },
          reason: {
            code: 'too-small',
            path: 'units',
            params: { field: 'model.layers.*.units', min: 1 },
          },
        },
        {
          code: 'item-dropped',
          path: 'model.layers',
          params: { item: 'layer', index: 3 },
          reason: expect.objectContaining({ code: 'not-allowed', path: 'type' }) as unknown,
        },
      ]);
    });

    it('uses the default layers when none is valid', () => {
      const { spec, problems } = restoreSpec(withValue('model.layers', [null, 'dense', 7]));
      expect(spec.model.layers).toEqual(DEFAULT_SPEC.model.layers);
      expect(problems).toHaveLength(4);
      expect(problems[3]).toEqual({
        code: 'list-empty',
        path: 'model.layers',
        params: { item: 'layer' },
      });
    });

    it('uses the default layers for an empty list', () => {
      const { spec, problems } = restoreSpec(withValue('model.layers', []));
      expect(spec.model.layers).toEqual(DEFAULT_SPEC.model.layers);
      expect(problems).toEqual([
        { code: 'list-empty', path: 'model.layers', params: { item: 'layer' } },
      ]);
    });

    it('keeps the first layers up to the limit', () => {
      const layers = Array.from({ length: LIMITS.layers.max + 5 }, validLayer);
      const { spec, problems } = restoreSpec(withValue('model.layers', layers));
      expect(spec.model.layers).toHaveLength(LIMITS.layers.max);
      expect(problems[0]).toEqual({
        code: 'list-truncated',
        path: 'model.layers',
        params: { item: 'layer', kept: LIMITS.layers.max },
        reason: {
          code: 'too-many-items',
          path: '',
          params: { field: 'model.layers', max: LIMITS.layers.max },
        },
      });
    });

    it('describes the first few dropped layers and counts the rest', () => {
      const layers = [outputLayer(), ...Array.from({ length: 10_000 }, () => ({ type: 1 }))];
      const { spec, problems } = restoreSpec(withValue('model.layers', layers));
      expect(spec.model.layers).toEqual([outputLayer()]);
      expect(problems).toHaveLength(6);
      expect(problems[5]).toEqual({
        code: 'more-items-dropped',
        path: 'model.layers',
        params: { item: 'layer', count: 9995 },
      });
    });
  });

  describe('wrong types at every level', () => {
    it.each(GARBAGE.filter(([label]) => label !== 'an object'))(
      'the whole input as %s gives the defaults',
      (_, value) => {
        const { spec, problems } = restoreSpec(value);
        expect(spec).toEqual(DEFAULT_SPEC);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatchObject({ code: 'not-settings', path: '' });
      },
    );

    it.each([
      'dataset',
      'model',
      'training',
      'training.schedule',
      'training.earlyStopping',
      'search',
      'search.pruner',
    ])('section %s', (name) => {
      for (const [, value] of GARBAGE.filter(([label]) => label !== 'an object')) {
        const { spec, problems } = restoreSpec(withValue(name, value));
        expect(spec).toEqual(DEFAULT_SPEC);
        expect(problems).toEqual([
          { code: 'section-not-settings', path: name, params: expect.any(Object) as unknown },
        ]);
      }
    });

    it('model.layers', () => {
      for (const [, value] of GARBAGE.filter(([label]) => label !== 'an array')) {
        const { spec, problems } = restoreSpec(withValue('model.layers', value));
        expect(spec).toEqual(DEFAULT_SPEC);
        expect(problems).toEqual([
          expect.objectContaining({
            code: 'list-not-list',
            path: 'model.layers',
            params: expect.objectContaining({ item: 'layer' }) as unknown,
          }),
        ]);
      }
    });

    it.each(LEAF_PATHS)('field %s', (path) => {
      const [name, key] = path.split('.') as ['dataset' | 'training', string];
      const fieldSchema = (experimentSpecSchema.shape[name].shape as Record<string, z.ZodType>)[
        key
      ]!;
      for (const [, value] of GARBAGE) {
        const { spec, problems } = restoreSpec(withValue(path, value));
        expectValid(spec);
        // Some garbage is valid for some fields (true for standardize, null for csv): it is kept.
        if (fieldSchema.safeParse(value).success) {
          expect(problems).toEqual([]);
          expect((spec[name] as Json)[key]).toEqual(value);
        } else {
          expect(problems).toEqual([
            expect.objectContaining({ code: 'value-replaced', path }) as unknown,
          ]);
          expect(spec).toEqual(DEFAULT_SPEC);
        }
      }
    });

    it('an unrelated object reports each missing part', () => {
      const { spec, problems } = restoreSpec({ nested: { deeper: [null] } });
      expect(spec).toEqual(DEFAULT_SPEC);
      expect(problems).toEqual([
        { code: 'version-missing', path: 'version', params: { assumed: 1 } },
        { code: 'section-missing', path: 'dataset', params: {} },
        { code: 'section-missing', path: 'model', params: {} },
        { code: 'section-missing', path: 'training', params: {} },
      ]);
    });
  });

  describe('versions', () => {
    it('refuses a spec from a newer version and shows the defaults', () => {
      const input = withValue('version', SPEC_VERSION + 1);
      section(input, 'training')['epochs'] = 7;
      const { spec, problems } = restoreSpec(input);
      expect(spec).toEqual(DEFAULT_SPEC);
      expect(problems).toEqual([
        {
          code: 'newer-version',
          path: 'version',
          params: { version: SPEC_VERSION + 1, current: SPEC_VERSION },
        },
      ]);
    });

    it('reads a spec without a version as the first version', () => {
      const input = withValue('version', undefined);
      section(input, 'training')['epochs'] = 7;
      const { spec, problems } = restoreSpec(input);
      expect(spec.version).toBe(SPEC_VERSION);
      expect(spec.training.epochs).toBe(7);
      expect(problems).toEqual([
        { code: 'version-missing', path: 'version', params: { assumed: FIRST_SPEC_VERSION } },
      ]);
    });

    it.each([['1'], [0], [-4], [1.5], [null], [[1]]])('reports version %j as unusable', (value) => {
      const { spec, problems } = restoreSpec(withValue('version', value));
      expect(spec).toEqual(DEFAULT_SPEC);
      expect(problems).toEqual([
        expect.objectContaining({ code: 'version-invalid', path: 'version' }) as unknown,
      ]);
    });

    it('opens a version-1 spec without schedule, early stopping or search, silently', () => {
      const { schedule, earlyStopping, ...training } = DEFAULT_SPEC.training;
      expect([schedule.kind, earlyStopping.enabled]).toEqual(['constant', false]);
      const { search, ...rest } = DEFAULT_SPEC;
      expect(search.params).toEqual([]);
      const { spec, problems } = restoreSpec({ ...rest, version: 1, training });
      expect(problems).toEqual([]);
      expect(spec).toEqual(DEFAULT_SPEC);
    });

    it("opens a version-2 pruner saved before rungValue as it ran then (Optuna's rule), silently", () => {
      const input = withValue('search.pruner', {
        kind: 'asha',
        startupTrials: 5,
        warmupSteps: 3,
        minResource: 1,
        reductionFactor: 3,
      });
      const { spec, problems } = restoreSpec(input);
      expect(problems).toEqual([]);
      expect(spec.search.pruner).toMatchObject({
        kind: 'asha',
        minResource: 1,
        reductionFactor: 3,
      });
      // Absent, which createPruner reads as 'last'.
      expect(spec.search.pruner.rungValue).toBeUndefined();
    });

    it('replaces an unknown rungValue with the default and says so', () => {
      const { spec, problems } = restoreSpec(withValue('search.pruner.rungValue', 'median'));
      expect(problems).toEqual([
        expect.objectContaining({
          code: 'value-replaced',
          path: 'search.pruner.rungValue',
          reason: expect.objectContaining({ code: 'not-allowed' }) as unknown,
        }),
      ]);
      expect(spec).toEqual(DEFAULT_SPEC);
    });

    it('has a migration from every older version', () => {
      for (let version = FIRST_SPEC_VERSION; version < SPEC_VERSION; version++) {
        expect(MIGRATIONS[version], `migration from version ${version}`).toBeTypeOf('function');
      }
    });

    it('migrates a current spec by stamping the current version', () => {
      const input = defaultJson();
      expect(migrateSpec(input, SPEC_VERSION)).toEqual(input);
      expect(migrateSpec({ a: 1 }, SPEC_VERSION)).toEqual({ a: 1, version: SPEC_VERSION });
    });

    it('throws on a version it has no migration for', () => {
      expect(() => migrateSpec({}, 0)).toThrow('No migration from spec version 0');
    });
  });

  it('never throws, even when reading the input throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const { spec, problems } = restoreSpec(hostile);
    expect(spec).toEqual(DEFAULT_SPEC);
    expect(problems).toEqual([{ code: 'unreadable', path: '', params: {} }]);
  });
});

describe('a repaired model that does not fit the dataset', () => {
  it("gets the output layer and loss of the link's dataset, and says so", () => {
    const { spec, problems } = restoreSpec({
      version: 1,
      dataset: { ...DEFAULT_SPEC.dataset, name: 'iris', standardize: true },
      training: { ...DEFAULT_SPEC.training, loss: 'nonsense' },
    });
    expect(spec.model.layers.at(-1)).toMatchObject({
      type: 'dense',
      units: 3,
      activation: 'softmax',
    });
    expect(spec.training.loss).toBe('sparseCategoricalCrossentropy');
    expect(problems.at(-1)).toEqual({
      code: 'output-fitted',
      path: 'model',
      params: { dataset: 'iris', file: '' },
    });
  });

  it('fits the output of an Iris link whose layers were all invalid', () => {
    const { spec, problems } = restoreSpec({
      ...DEFAULT_SPEC,
      dataset: { ...DEFAULT_SPEC.dataset, name: 'iris', standardize: true },
      model: { layers: [{ type: 'warp' }, null, { type: 'dense', units: -1 }] },
      training: { ...DEFAULT_SPEC.training, loss: 'sparseCategoricalCrossentropy' },
    });
    expect(spec.model.layers.at(-1)).toMatchObject({
      type: 'dense',
      units: 3,
      activation: 'softmax',
    });
    expect(spec.training.loss).toBe('sparseCategoricalCrossentropy');
    expect(validateSpec(spec).ok).toBe(true);
    // Every layer dropped, then the default layers: problems about model.layers, none about loss.
    expect(problems.map((p) => p.code)).toEqual([
      'item-dropped',
      'item-dropped',
      'item-dropped',
      'list-empty',
      'output-fitted',
    ]);
    expect(problems.at(-1)).toEqual({
      code: 'output-fitted',
      path: 'model',
      params: { dataset: 'iris', file: '' },
    });
  });

  it('fits a model that lost a layer, however the problem is worded', () => {
    const layers = [validLayer(), { type: 'warp' }, validLayer()];
    const { spec, problems } = restoreSpec(withValue('model.layers', layers));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['item-dropped', 'model.layers'],
      ['output-fitted', 'model'],
    ]);
    expect(spec.model.layers).toEqual([validLayer(), outputLayer()]);
  });

  it('leaves a valid link alone', () => {
    expect(restoreSpec(DEFAULT_SPEC)).toEqual({ spec: DEFAULT_SPEC, problems: [] });
  });
});
