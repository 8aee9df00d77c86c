import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from './defaults';
import type { ExperimentSpec } from './experiment';
import { validateSpec } from './validate';

const withChanges = (change: (spec: ExperimentSpec) => void): unknown => {
  const spec = structuredClone(DEFAULT_SPEC);
  change(spec);
  return spec;
};

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
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
  });

  it('names the limit in the message', () => {
    const [issue] = messagesOf(withChanges((s) => (s.training.epochs = 20000)));
    expect(issue?.message).toBe('Epochs must be at most 10000');
  });

  it('requires one output unit for a binary dataset, and says why', () => {
    const issues = messagesOf(withChanges((s) => (s.model.layers[2]!.units = 2)));
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'model.layers.2.units',
        message: expect.stringContaining('needs 1 unit'),
      }),
    ]);
  });

  it('requires a sigmoid output with binary cross-entropy', () => {
    const issues = messagesOf(withChanges((s) => (s.model.layers[2]!.activation = 'relu')));
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'model.layers.2.activation',
        message: expect.stringContaining('sigmoid'),
      }),
    ]);
  });
});
