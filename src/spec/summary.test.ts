import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from './defaults';
import { summarizeModel } from './summary';

describe('summarizeModel', () => {
  it('counts the default model as Keras does: 24 + 72 + 9 = 105 parameters', () => {
    const summary = summarizeModel(DEFAULT_SPEC);
    expect(summary.inputShape).toEqual([null, 2]);
    expect(summary.layers.map((l) => l.params)).toEqual([24, 72, 9]);
    expect(summary.layers.map((l) => l.outputShape)).toEqual([
      [null, 8],
      [null, 8],
      [null, 1],
    ]);
    expect(summary.totalParams).toBe(105);
  });
});
