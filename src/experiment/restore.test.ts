import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
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
    expect(problems).toEqual(['training.epochs was -3 (Epochs must be at least 1); using 100.']);
    expect(spec.training.epochs).toBe(100);
    expect(spec.training.learningRate).toBe(0.1);
  });

  it.each([
    ['dataset.name', 'spiral2', 'dataset.name was "spiral2" (Dataset must be one of'],
    ['dataset.numPoints', '12', 'dataset.numPoints was "12" (Number of points must be a number)'],
    ['dataset.noise', 5, 'dataset.noise was 5 (Noise must be at most 1); using 0.1.'],
    ['dataset.seed', 1.5, 'dataset.seed was 1.5 (Seed must be a whole number); using 1.'],
    ['dataset.standardize', 'yes', 'dataset.standardize was "yes" ('],
    ['dataset.csv', { fileName: 3 }, 'dataset.csv was a group of settings (fileName:'],
    ['training.optimizer', 'warp', 'training.optimizer was "warp" (Optimizer must be one of'],
    ['training.batchSize', 0, 'training.batchSize was 0 (Batch size must be at least 1); using 32'],
    ['training.validationSplit', null, 'training.validationSplit was empty (null) ('],
  ])('repairs %s on its own', (path, value, message) => {
    const { spec, problems } = restoreSpec(withValue(path, value));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
    expect(spec).toEqual(DEFAULT_SPEC);
  });

  it('fills a missing field with its default and names it', () => {
    const { spec, problems } = restoreSpec(withValue('dataset.noise', undefined));
    expect(problems).toEqual(['dataset.noise was missing; using 0.1.']);
    expect(spec).toEqual(DEFAULT_SPEC);
  });

  it('shortens long strings in problems', () => {
    const { problems } = restoreSpec(withValue('dataset.name', 'x'.repeat(5000)));
    expect(problems[0]!.length).toBeLessThan(300);
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
    expect(restoreSpec(input).problems).toEqual(['training.epochs was missing; using 100.']);
  });

  describe('layers', () => {
    it('drops an invalid layer, naming its position and why', () => {
      const layers = [validLayer(), { ...validLayer(), units: -1 }, { type: 'warp' }, validLayer()];
      const { spec, problems } = restoreSpec(withValue('model.layers', layers));
      expect(spec.model.layers).toEqual([validLayer(), validLayer()]);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^Layer 2 of model\.layers was dropped \(units: Units must be/);
      expect(problems[1]).toMatch(/^Layer 3 of model\.layers was dropped \(type: /);
    });

    it('uses the default layers when none is valid', () => {
      const { spec, problems } = restoreSpec(withValue('model.layers', [null, 'dense', 7]));
      expect(spec.model.layers).toEqual(DEFAULT_SPEC.model.layers);
      expect(problems).toHaveLength(4);
      expect(problems[3]).toBe(
        'No valid layers were left in model.layers; using the default layers.',
      );
    });

    it('uses the default layers for an empty list', () => {
      const { spec, problems } = restoreSpec(withValue('model.layers', []));
      expect(spec.model.layers).toEqual(DEFAULT_SPEC.model.layers);
      expect(problems).toEqual([
        'No valid layers were left in model.layers; using the default layers.',
      ]);
    });

    it('keeps the first layers up to the limit', () => {
      const layers = Array.from({ length: LIMITS.layers.max + 5 }, validLayer);
      const { spec, problems } = restoreSpec(withValue('model.layers', layers));
      expect(spec.model.layers).toHaveLength(LIMITS.layers.max);
      expect(problems[0]).toEqual(
        expect.stringContaining(`keeping the first ${LIMITS.layers.max}.`),
      );
    });

    it('describes the first few dropped layers and counts the rest', () => {
      const layers = [validLayer(), ...Array.from({ length: 10_000 }, () => ({ type: 1 }))];
      const { spec, problems } = restoreSpec(withValue('model.layers', layers));
      expect(spec.model.layers).toEqual([validLayer()]);
      expect(problems).toHaveLength(6);
      expect(problems[5]).toBe('…and 9995 more layers of model.layers were dropped.');
    });
  });

  describe('wrong types at every level', () => {
    it.each(GARBAGE.filter(([label]) => label !== 'an object'))(
      'the whole input as %s gives the defaults',
      (_, value) => {
        const { spec, problems } = restoreSpec(value);
        expect(spec).toEqual(DEFAULT_SPEC);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(/^The experiment was .*Showing the default experiment\.$/);
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
          expect.stringMatching(new RegExp(`^${name} was .*defaults\\.$`)),
        ]);
      }
    });

    it('model.layers', () => {
      for (const [, value] of GARBAGE.filter(([label]) => label !== 'an array')) {
        const { spec, problems } = restoreSpec(withValue('model.layers', value));
        expect(spec).toEqual(DEFAULT_SPEC);
        expect(problems).toEqual([expect.stringContaining('not a list of layers') as string]);
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
          expect(problems).toEqual([expect.stringMatching(new RegExp(`^${path} was `))]);
          expect(spec).toEqual(DEFAULT_SPEC);
        }
      }
    });

    it('an unrelated object reports each missing part', () => {
      const { spec, problems } = restoreSpec({ nested: { deeper: [null] } });
      expect(spec).toEqual(DEFAULT_SPEC);
      expect(problems).toEqual([
        'version was missing; reading the experiment as version 1.',
        'dataset was missing; using the defaults.',
        'model was missing; using the defaults.',
        'training was missing; using the defaults.',
      ]);
    });
  });

  describe('versions', () => {
    it('refuses a spec from a newer version and shows the defaults', () => {
      const input = withValue('version', SPEC_VERSION + 1);
      section(input, 'training')['epochs'] = 7;
      const { spec, problems } = restoreSpec(input);
      expect(spec).toEqual(DEFAULT_SPEC);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        new RegExp(
          `^This link was made by a newer version of TrainTab \\(version ${SPEC_VERSION + 1}\\)`,
        ),
      );
    });

    it('reads a spec without a version as the first version', () => {
      const input = withValue('version', undefined);
      section(input, 'training')['epochs'] = 7;
      const { spec, problems } = restoreSpec(input);
      expect(spec.version).toBe(SPEC_VERSION);
      expect(spec.training.epochs).toBe(7);
      expect(problems).toEqual([
        `version was missing; reading the experiment as version ${FIRST_SPEC_VERSION}.`,
      ]);
    });

    it.each([['1'], [0], [-4], [1.5], [null], [[1]]])('reports version %j as unusable', (value) => {
      const { spec, problems } = restoreSpec(withValue('version', value));
      expect(spec).toEqual(DEFAULT_SPEC);
      expect(problems).toEqual([expect.stringMatching(/^version was .* not a TrainTab version/)]);
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
    expect(problems).toEqual(['The experiment could not be read. Showing the default experiment.']);
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
    expect(problems.at(-1)).toBe("The model's output layer and loss were fitted to Iris.");
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
    expect(problems.at(-1)).toBe("The model's output layer and loss were fitted to Iris.");
  });

  it('leaves a valid link alone', () => {
    expect(restoreSpec(DEFAULT_SPEC)).toEqual({ spec: DEFAULT_SPEC, problems: [] });
  });
});
