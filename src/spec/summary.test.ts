import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from './defaults';
import { switchDataset } from './adapt';
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

  it('puts a Flatten in front of Dense layers for image input, as the engine builds it', () => {
    const summary = summarizeModel(switchDataset(DEFAULT_SPEC, 'mnist'));
    expect(summary.inputShape).toEqual([null, 28, 28, 1]);
    expect(summary.layers[0]).toEqual({
      name: 'Flatten',
      outputShape: [null, 784],
      params: 0,
      implicit: true,
    });
    expect(summary.layers.map((l) => l.params)).toEqual([0, 785 * 8, 72, 90]);
    expect(summary.totalParams).toBe(6442);
  });
});
