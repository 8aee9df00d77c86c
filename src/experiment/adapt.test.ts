import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../data/catalog';
import { LOSSES_FOR_TASK, switchDataset } from './adapt';
import { datasetInfo } from '../data/catalog';
import { DEFAULT_SPEC } from './defaults';
import { validateSpec } from './validate';

describe('switchDataset', () => {
  it.each(DATASET_NAMES.filter((name) => name !== 'csv'))(
    'leaves a valid spec after switching to %s',
    (name) => {
      const spec = switchDataset(DEFAULT_SPEC, name);
      expect(spec.dataset.name).toBe(name);
      expect(validateSpec(spec)).toEqual({ ok: true, spec });
    },
  );

  it('keeps the hidden layers and training settings, and resets the data settings', () => {
    const edited = {
      ...DEFAULT_SPEC,
      dataset: { ...DEFAULT_SPEC.dataset, noise: 0.45 },
      training: { ...DEFAULT_SPEC.training, epochs: 7 },
    };
    const spec = switchDataset(edited, 'xor');
    expect(spec.model.layers.slice(0, 2)).toEqual(DEFAULT_SPEC.model.layers.slice(0, 2));
    expect(spec.training.epochs).toBe(7);
    expect(spec.dataset.noise).toBe(0.1);
  });

  it('waits for a file when switched to CSV without one', () => {
    const result = validateSpec(switchDataset(DEFAULT_SPEC, 'csv'));
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['dataset.csv']);
  });
});

describe('LOSSES_FOR_TASK', () => {
  it.each(DATASET_NAMES.filter((name) => name !== 'csv'))(
    'offers only losses that validate for %s',
    (name) => {
      const spec = switchDataset(DEFAULT_SPEC, name);
      expect(LOSSES_FOR_TASK[datasetInfo(name).task][0]).toBe(spec.training.loss);
      for (const loss of LOSSES_FOR_TASK[datasetInfo(name).task]) {
        expect(validateSpec({ ...spec, training: { ...spec.training, loss } }).ok).toBe(true);
      }
    },
  );
});
