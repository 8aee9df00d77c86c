import type { OptimizerName } from '../../experiment/experiment';

/** Each optimizer as the page names it. */
export const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD',
  momentum: 'SGD with momentum 0.9',
  adam: 'Adam',
  rmsprop: 'RMSprop',
  adagrad: 'Adagrad',
  adadelta: 'Adadelta',
  adamax: 'Adamax',
};
