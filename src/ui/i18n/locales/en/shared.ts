import type { OptimizerName } from '../../../../experiment/experiment';
import type { SameKeys } from '../../resource-types';

// The shared parts: charts, fields, errors, loading parts (src/ui/shared).
const shared = {
  errors: {
    /** `area` is what failed ("the lessons"), its first letter upper-cased. */
    notLoaded:
      '{{area}} could not be loaded: the network may be down, or TrainTab was updated since this page was opened.',
    crashed: 'Something went wrong in {{area}}: {{message}}',
    tryAgain: 'Try again',
    reload: 'Reload the page',
  },
  loading: 'Loading…',
  chart: {
    area: 'the chart "{{title}}"',
    loading: 'Loading the chart…',
    empty: 'No epochs yet: press Train and the curves appear here live.',
    epochAxis: 'epoch',
    epoch: 'Epoch {{epoch}}',
  },
  /** Read before a search chip's label by screen readers: "Search units of layer 1". */
  searchToggle: 'Search ',
  optimizers: {
    sgd: 'SGD',
    momentum: 'SGD with momentum 0.9',
    adam: 'Adam',
    rmsprop: 'RMSprop',
    adagrad: 'Adagrad',
    adadelta: 'Adadelta',
    adamax: 'Adamax',
  },
} as const;

export default shared;

// Every optimizer has its name, and only those.
export const optimizersChecked: SameKeys<OptimizerName, typeof shared.optimizers> = true;
