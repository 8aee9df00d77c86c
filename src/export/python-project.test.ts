import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { switchDataset } from '../experiment/adapt';
import { DEFAULT_SPEC } from '../experiment/defaults';
import type { ExperimentSpec } from '../experiment/experiment';
import { prepareExperimentData } from '../experiment/prepare';
import { dataNpz, pythonProjectZip } from './python-project';

/** The header and values of one .npy file. */
function readNpy(bytes: Uint8Array) {
  const length = (bytes[8] as number) | ((bytes[9] as number) << 8);
  const header = String.fromCharCode(...bytes.subarray(10, 10 + length));
  const body = bytes.slice(10 + length).buffer;
  const values = header.includes("'<i4'") ? new Int32Array(body) : new Float32Array(body);
  return { header, values: [...values] };
}

const iris: ExperimentSpec = {
  ...switchDataset(DEFAULT_SPEC, 'iris', null),
  training: { ...DEFAULT_SPEC.training, testSplit: 0.2 },
};

describe('the Python project zip', () => {
  it('holds experiment.py, the README and the data in one folder', () => {
    const data = prepareExperimentData(DEFAULT_SPEC);
    const zip = unzipSync(pythonProjectZip({ spec: DEFAULT_SPEC, data, readme: '# Read me\n' }));
    expect(Object.keys(zip).sort()).toEqual([
      'traintab-python/README.md',
      'traintab-python/data.npz',
      'traintab-python/experiment.py',
    ]);
    expect(strFromU8(zip['traintab-python/README.md'] as Uint8Array)).toBe('# Read me\n');
    expect(strFromU8(zip['traintab-python/experiment.py'] as Uint8Array)).toContain(
      'keras.Sequential',
    );
  });

  it('writes the training and validation rows exactly as a run splits them, binary targets as a float column', () => {
    const data = prepareExperimentData(DEFAULT_SPEC);
    const npz = unzipSync(dataNpz(data));
    expect(Object.keys(npz).sort()).toEqual([
      'x_train.npy',
      'x_val.npy',
      'y_train.npy',
      'y_val.npy',
    ]);
    const x = readNpy(npz['x_train.npy'] as Uint8Array);
    expect(x.header).toContain(`'shape': (${data.train.count}, 2)`);
    expect(x.values).toEqual([...data.train.features]);
    const y = readNpy(npz['y_val.npy'] as Uint8Array);
    expect(y.header).toContain(`'descr': '<f4'`);
    expect(y.header).toContain(`'shape': (${data.validation.count}, 1)`);
    expect(y.values).toEqual([...data.validation.targets]);
  });

  it('adds the test rows when there are some, and writes class indices as int32', () => {
    const data = prepareExperimentData(iris);
    expect(data.test).not.toBeNull();
    const npz = unzipSync(dataNpz(data));
    expect(Object.keys(npz).sort()).toEqual([
      'x_test.npy',
      'x_train.npy',
      'x_val.npy',
      'y_test.npy',
      'y_train.npy',
      'y_val.npy',
    ]);
    const y = readNpy(npz['y_test.npy'] as Uint8Array);
    expect(y.header).toContain(`'descr': '<i4'`);
    expect(y.header).toContain(`'shape': (${data.test?.count},)`);
    expect(y.values).toEqual([...(data.test?.targets ?? [])]);
    expect(new Set(y.values)).toEqual(new Set([0, 1, 2]));
  });
});
