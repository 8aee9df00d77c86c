/**
 * What the page knows of MNIST before the digits are chosen. The code that packs and unpacks them
 * (mnist-format.ts, which re-exports these) loads with the digits, not with the page.
 */
import type { DatasetInfo } from './types';

/** Where the gzipped packed file is served, relative to the app's base URL (dev server and build). */
export const MNIST_ASSET_PATH = 'data/mnist-10k.bin.gz';

export const MNIST_ROWS = 28;
export const MNIST_COLS = 28;

export const MNIST_INFO: DatasetInfo = {
  name: 'mnist',
  task: 'multiclass',
  inputShape: [MNIST_ROWS, MNIST_COLS, 1],
  outputSize: 10,
  featureNames: ['pixels'],
  classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
};
