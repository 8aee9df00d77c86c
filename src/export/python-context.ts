/**
 * The context the python-*.ts writers share, in a module of its own so that they need not import
 * python-script.ts, which imports them.
 */
import type { Task } from '../data/types';
import type { ExperimentSpec } from '../experiment/experiment';
import type { PythonParam } from './python-params';

/** What every part of the script is written from. */
export interface Context {
  spec: ExperimentSpec;
  task: Task;
  inputShape: readonly number[];
  outputSize: number;
  params: readonly PythonParam[];
  /** False for a spec without searched parameters: the script then trains once. */
  search: boolean;
  /** Folds of cross-validation; a single run always has 1, as in the app. */
  cv: number;
  /** Whether data.npz holds x_test and y_test. */
  hasTest: boolean;
  /** Whether the script evaluates on the test set: there is one and a single model to test. */
  test: boolean;
}
