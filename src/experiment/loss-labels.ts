import type { LossName } from './experiment';

/** How each loss is named to people, in messages and menus. */
export const LOSS_LABELS: Record<LossName, string> = {
  binaryCrossentropy: 'Binary cross-entropy',
  sparseCategoricalCrossentropy: 'Sparse categorical cross-entropy',
  meanSquaredError: 'Mean squared error',
  meanAbsoluteError: 'Mean absolute error',
  huber: 'Huber loss',
};
