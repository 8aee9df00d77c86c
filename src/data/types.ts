import type { Message } from '../lib/message';

/** What a model must learn from a dataset; the spec validator checks output layers against it. */
export type Task = 'binary' | 'multiclass' | 'regression';

/** Features and targets as flat typed arrays, ready to transfer to a worker without copying. */
export interface Dataset {
  /** Row-major features: `count * featureCount` values. */
  features: Float32Array;
  /** One target per row: the class index (0/1 for binary) or the regression value. */
  targets: Float32Array;
  count: number;
  featureCount: number;
}

/** What the UI and the validator need to know about a dataset before generating it. */
export interface DatasetInfo {
  /** The catalog's id (`DatasetName`); the UI names it in the language on screen. */
  name: string;
  /** An uploaded CSV's file name, shortened, shown in its label; '' when the file had none. */
  fileName?: string;
  task: Task;
  inputShape: readonly number[];
  /** Units the output layer needs: 1 for binary and single-target regression, else the classes. */
  outputSize: number;
  featureNames: readonly string[];
  /** Class names for classification, in class-index order. */
  classNames?: readonly string[];
  /**
   * What a dataset built at run time (an uploaded CSV) says of itself; the catalog's datasets
   * have their descriptions in the UI's words.
   */
  description?: Message;
}

export const isClassification = (task: Task) => task !== 'regression';
