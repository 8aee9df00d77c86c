import { describe, expect, it } from 'vitest';
import type { ImportanceDistribution } from './importance-study';
import { encodeTrials, isSingle } from './search-space-encoding';

describe('encodeTrials', () => {
  it("encodes as Optuna's transform without log and step: values as they are, categoricals one-hot", () => {
    const encoded = encodeTrials(
      [
        ['lr', { type: 'float', low: 1e-4, high: 1, log: true, step: null }],
        ['batch', { type: 'int', low: 16, high: 130, log: false, step: 16 }],
        ['opt', { type: 'categorical', choices: ['adam', 'sgd', 'rmsprop'] }],
        ['drop', { type: 'float', low: 0, high: 0.35, log: false, step: 0.1 }],
      ],
      [
        { params: { lr: 0.01, batch: 32, opt: 'rmsprop', drop: 0.2 }, value: 0.5 },
        { params: { lr: 0.5, batch: 128, opt: 'adam', drop: 0 }, value: 0.25 },
      ],
    );
    expect(encoded.columns).toBe(6);
    expect([...encoded.x]).toEqual([0.01, 32, 0, 0, 1, 0.2, 0.5, 128, 1, 0, 0, 0]);
    expect([...encoded.y]).toEqual([0.5, 0.25]);
    // An int's and a stepped float's high move down onto the step grid.
    expect([...encoded.bounds]).toEqual([1e-4, 1, 16, 128, 0, 1, 0, 1, 0, 1, 0, 0.3]);
    expect(encoded.paramColumns).toEqual([[0], [1], [2, 3, 4], [5]]);
  });
});

describe('isSingle', () => {
  it.each<[ImportanceDistribution, boolean]>([
    [{ type: 'float', low: 1, high: 1, log: false, step: null }, true],
    [{ type: 'float', low: 0, high: 0.3, log: false, step: 0.1 }, false],
    [{ type: 'float', low: 0, high: 0.05, log: false, step: 0.1 }, true],
    [{ type: 'int', low: 3, high: 4, log: false, step: 2 }, true],
    [{ type: 'int', low: 3, high: 5, log: false, step: 2 }, false],
    [{ type: 'int', low: 2, high: 2, log: true, step: 1 }, true],
    [{ type: 'categorical', choices: ['only'] }, true],
    [{ type: 'categorical', choices: [true, false] }, false],
  ])('%o → %s', (distribution, single) => {
    expect(isSingle(distribution)).toBe(single);
  });
});
