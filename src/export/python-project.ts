import { strToU8, zipSync } from 'fflate';
import type { Dataset, Task } from '../data/types';
import type { ExperimentSpec } from '../experiment/experiment';
import type { PreparedData } from '../experiment/prepare';
import type { NpyArray } from './npy';
import { npyBytes } from './npy';
import { PYTHON_PROJECT_NAME } from './project-name';
import { pythonScript } from './python-script';

export interface PythonProjectInput {
  spec: ExperimentSpec;
  /** The data exactly as a run of this spec trains on it: split and standardised. */
  data: PreparedData;
  /** The project's README.md, in the language on screen. */
  readme: string;
}

/** Targets as Keras reads them: class indices for several classes, a column of floats otherwise. */
function targetArray(set: Dataset, task: Task): NpyArray {
  return task === 'multiclass'
    ? { data: Int32Array.from(set.targets), shape: [set.count] }
    : { data: set.targets, shape: [set.count, 1] };
}

/** `x_<part>` and `y_<part>` of one part of the data, as .npy files. */
function partFiles(part: string, set: Dataset, data: PreparedData): Record<string, Uint8Array> {
  const x: NpyArray = { data: set.features, shape: [set.count, ...data.info.inputShape] };
  return {
    [`x_${part}.npy`]: npyBytes(x),
    [`y_${part}.npy`]: npyBytes(targetArray(set, data.info.task)),
  };
}

/** `data.npz`: what `numpy.savez_compressed` writes, a zip of .npy files. */
export function dataNpz(data: PreparedData): Uint8Array {
  return zipSync(
    {
      ...partFiles('train', data.train, data),
      ...partFiles('val', data.validation, data),
      ...(data.test ? partFiles('test', data.test, data) : {}),
    },
    { level: 6 },
  );
}

/**
 * The experiment as a Python project in one zip: `experiment.py` (Keras 3 + Optuna), the data
 * it trains on (`data.npz`) and a README, in a folder of their own.
 */
export function pythonProjectZip({ spec, data, readme }: PythonProjectInput): Uint8Array {
  const { task, inputShape, outputSize } = data.info;
  const script = pythonScript({
    spec,
    info: { task, inputShape, outputSize },
    hasTest: data.test !== null,
  });
  const folder = `${PYTHON_PROJECT_NAME}/`;
  return zipSync({
    [`${folder}experiment.py`]: strToU8(script),
    [`${folder}README.md`]: strToU8(readme),
    // Already deflated inside; stored as it is.
    [`${folder}data.npz`]: [dataNpz(data), { level: 0 }],
  });
}
