import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from './defaults';
import type { ExperimentSpec } from './experiment';
import { message } from '../lib/message';
import { LAYER_CATALOG } from './layer-catalog';
import { isProblem } from './problem';
import { validateSpec } from './validate';
import { switchDataset } from './adapt';
import type { LayerOf } from './layers';

const withChanges = (change: (spec: ExperimentSpec) => void): unknown => {
  const spec = structuredClone(DEFAULT_SPEC);
  change(spec);
  return spec;
};

// The sentences these problems read as are checked in src/ui/shared/problem-text.test.ts.
const messagesOf = (input: unknown) => {
  const result = validateSpec(input);
  return result.ok ? [] : result.issues;
};

describe('validateSpec', () => {
  it('accepts the default spec and returns it unchanged', () => {
    const result = validateSpec(DEFAULT_SPEC);
    expect(result).toEqual({ ok: true, spec: DEFAULT_SPEC });
  });

  it('accepts the spec after a JSON round trip (it is plain JSON)', () => {
    expect(validateSpec(JSON.parse(JSON.stringify(DEFAULT_SPEC))).ok).toBe(true);
  });

  it.each([
    ['not an object', 'hello', ''],
    ['a wrong version', withChanges((s) => Object.assign(s, { version: 99 })), 'version'],
    ['zero epochs', withChanges((s) => (s.training.epochs = 0)), 'training.epochs'],
    [
      'fractional batch size',
      withChanges((s) => (s.training.batchSize = 2.5)),
      'training.batchSize',
    ],
    [
      'a negative learning rate',
      withChanges((s) => (s.training.learningRate = -1)),
      'training.learningRate',
    ],
    [
      'an unknown optimizer',
      withChanges((s) => Object.assign(s.training, { optimizer: 'magic' })),
      'training.optimizer',
    ],
    [
      'an unknown activation',
      withChanges((s) => Object.assign(s.model.layers[0]!, { activation: 'cube' })),
      'model.layers.0.activation',
    ],
    ['no layers', withChanges((s) => (s.model.layers = [])), 'model.layers'],
    ['too much noise', withChanges((s) => (s.dataset.noise = 2)), 'dataset.noise'],
    ['NaN as epochs', withChanges((s) => (s.training.epochs = Number.NaN)), 'training.epochs'],
  ])('rejects %s at the field that is wrong', (_, input, path) => {
    const issues = messagesOf(input);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((i) => i.path)).toContain(path);
    for (const issue of issues) expect(isProblem(issue)).toBe(true);
  });

  it('names the limit in the message', () => {
    const [issue] = messagesOf(withChanges((s) => (s.training.epochs = 20000)));
    expect(issue).toEqual({
      code: 'too-big',
      path: 'training.epochs',
      params: { field: 'training.epochs', max: 10000 },
    });
  });

  it('requires one output unit for a binary dataset, and says why', () => {
    const issues = messagesOf(
      withChanges((s) => ((s.model.layers[2] as LayerOf<'dense'>).units = 2)),
    );
    expect(issues).toEqual([
      {
        code: 'binary-units',
        path: 'model.layers.2.units',
        params: { dataset: 'circle', file: '', units: 2 },
      },
    ]);
  });

  it('requires one softmax unit per class and categorical cross-entropy for Iris', () => {
    const iris = switchDataset(DEFAULT_SPEC, 'iris');
    const wrongUnits = {
      ...iris,
      model: {
        layers: [
          iris.model.layers[0]!,
          { type: 'dense', units: 2, activation: 'softmax', kernelL1: 0, kernelL2: 0 },
        ],
      },
    };
    expect(messagesOf(wrongUnits)).toEqual([
      {
        code: 'multiclass-units',
        path: 'model.layers.1.units',
        params: { dataset: 'iris', file: '', classes: 3, units: 2 },
      },
    ]);
    expect(
      messagesOf({ ...iris, training: { ...iris.training, loss: 'binaryCrossentropy' } }),
    ).toEqual([
      {
        code: 'multiclass-loss',
        path: 'training.loss',
        params: { loss: 'binaryCrossentropy', classes: 3 },
      },
    ]);
  });

  it('rejects a softmax output and a classification loss for regression', () => {
    const plane = switchDataset(DEFAULT_SPEC, 'plane');
    const softmax = {
      ...plane,
      model: {
        layers: [{ type: 'dense', units: 1, activation: 'softmax', kernelL1: 0, kernelL2: 0 }],
      },
    };
    expect(messagesOf(softmax)).toEqual([
      { code: 'regression-softmax', path: 'model.layers.0.activation', params: {} },
    ]);
    expect(
      messagesOf({ ...plane, training: { ...plane.training, loss: 'binaryCrossentropy' } }),
    ).toEqual([
      {
        code: 'regression-loss',
        path: 'training.loss',
        params: { dataset: 'plane', file: '', loss: 'binaryCrossentropy' },
      },
    ]);
  });

  it('checks data settings against the chosen dataset', () => {
    const curve = switchDataset(DEFAULT_SPEC, 'curve');
    expect(messagesOf({ ...curve, dataset: { ...curve.dataset, numPoints: 1000 } })).toEqual([
      {
        code: 'dataset-size',
        path: 'dataset.numPoints',
        params: { dataset: 'curve', file: '', min: 5, max: 500 },
      },
    ]);
    expect(
      messagesOf({ ...curve, dataset: { ...curve.dataset, testShift: 'region' } })[0]?.path,
    ).toBe('dataset.testShift');
    expect(
      messagesOf(
        withChanges((s) => ((s.training.validationSplit = 0.5), (s.training.testSplit = 0.4))),
      ),
    ).toEqual([
      { code: 'splits-too-large', path: 'training.testSplit', params: { maxPercent: 80 } },
    ]);
  });

  it('requires a sigmoid output with binary cross-entropy', () => {
    const issues = messagesOf(
      withChanges((s) => ((s.model.layers[2] as LayerOf<'dense'>).activation = 'relu')),
    );
    expect(issues).toEqual([
      {
        code: 'binary-activation',
        path: 'model.layers.2.activation',
        params: { activation: 'relu' },
      },
    ]);
  });

  it("reports shape inference's problems at the layer and the model, with their fix", () => {
    const mnist = switchDataset(DEFAULT_SPEC, 'mnist');
    const conv = LAYER_CATALOG.conv2d.defaults;
    const issues = messagesOf({
      ...mnist,
      model: { layers: [{ type: 'flatten' }, conv, ...mnist.model.layers.slice(-1)] },
    });
    expect(issues[0]).toEqual({
      code: 'needs-image',
      path: 'model.layers.1',
      params: {
        layer: 'Conv2D',
        shape: '(784)',
        fix: message('problems:imageFixes.remove-flatten', {}),
      },
    });
    // Problems cross workers and storage: one with a nested message is still a problem.
    expect(isProblem(JSON.parse(JSON.stringify(issues[0])))).toBe(true);
    const huge = messagesOf(
      withChanges((s) => {
        s.model.layers[0] = { ...(s.model.layers[0] as LayerOf<'dense'>), units: 4096 };
        s.model.layers[1] = { ...(s.model.layers[1] as LayerOf<'dense'>), units: 4096 };
        s.model.layers.splice(2, 0, ...Array.from({ length: 3 }, () => s.model.layers[1]!));
      }),
    );
    expect(huge).toContainEqual({
      code: 'too-many-params',
      path: 'model',
      params: { params: expect.any(Number), limit: 50_000_000 },
    });
  });

  it('knows a problem from a value that only looks like one', () => {
    const needsImage = (fix: unknown) => ({
      code: 'needs-image',
      path: 'model.layers.1',
      params: { layer: 'Conv2D', shape: '(784)', fix },
    });
    expect(isProblem(needsImage({ code: 'problems:imageFixes.remove-flatten' }))).toBe(true);
    expect(isProblem(needsImage({ code: 'x', params: { nested: { code: 'y' } } }))).toBe(true);
    expect(isProblem(needsImage({ code: 'x', params: { bad: [1] } }))).toBe(false);
    expect(isProblem(needsImage({ notACode: 1 }))).toBe(false);
    const cyclic: { code: string; params: Record<string, unknown> } = { code: 'x', params: {} };
    cyclic.params.self = cyclic;
    expect(isProblem(needsImage(cyclic))).toBe(false);
  });
});
