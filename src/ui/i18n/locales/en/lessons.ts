// The lessons, their texts, comparisons, optimiser paths and class links (src/ui/lessons).
import type { LessonId } from '../../../../experiment/lessons/lesson-presets';
import type { SameKeys } from '../../resource-types';

const lessons = {
  menu: {
    open: 'Lessons',
    label: 'Lessons',
    glossary: 'Glossary: every term in a sentence or two',
  },
  panel: {
    position: 'Lesson {{number}} of {{total}}',
    close: 'Close the lesson',
    pending: 'Stopping what was training, then starting the lesson…',
    blocked:
      'A search or strategy race you started is training. Stop it first, then start the lesson again.',
    terms: 'Terms',
    next: 'Next lesson: {{title}}',
  },
  glossaryDialog: {
    heading: 'Glossary',
    close: 'Close',
  },
  classLink: {
    open: 'Class link',
    heading: 'Class link',
    intro:
      'Students who open this link see this experiment, or the chosen lesson’s own, with only the controls you leave.',
    lesson: 'Lesson',
    noLesson: 'No lesson',
    present: 'Presenter mode',
    hide: 'Hide these controls',
    link: 'Link for the class',
    copied: 'Copied.',
    copyFailed: 'This browser did not allow copying: select the link and copy it yourself.',
    copy: 'Copy the link',
    close: 'Close',
  },
  comparison: {
    label: 'Side-by-side comparison',
    caption: 'Loss per epoch: validation solid, training dashed',
    empty: 'No epochs yet: each variant’s curves appear here as it trains.',
    validation: 'validation',
    training: 'training',
    logAxis: 'Logarithmic loss axis (the losses span over 100×)',
    tableRegion: 'Variants compared, table',
    table: 'Variants compared',
    columns: {
      variant: 'Variant',
      params: 'Parameters',
      epochs: 'Epochs',
      trainLoss: 'Training loss',
      bestValLoss: 'Best validation loss (epoch)',
      valAccuracy: 'Validation accuracy',
      seconds: 'Time (s)',
      status: 'Status',
    },
    epochsOf: '{{epochs}} of {{planned}}',
    bestAt: '{{loss}} ({{epoch}})',
    epochAxis: 'epoch',
    epoch: 'Epoch {{epoch}}',
    validationLine: '{{label}}, validation',
    trainingLine: '{{label}}, training',
    summary: {
      none: 'Validation loss per epoch: no variants yet.',
      all_one: 'Validation loss per epoch of {{count, number}} variant: {{variants}}.',
      all_other: 'Validation loss per epoch of {{count, number}} variants: {{variants}}.',
      variant: '{{label}}, {{best}}',
      failed: '{{label}}, {{best}} ({{status}})',
      best: 'best {{loss}} at epoch {{epoch}}',
      noEpoch: 'no epoch yet',
      separator: '; ',
    },
  },
  /** What a variant of a comparison is doing, or how it ended. */
  status: {
    idle: 'Not started',
    waitingForData: 'Waiting for the digits to load',
    queued: 'Waiting for a free worker ({{position}} in the queue)',
    starting: 'Starting',
    training: 'Training',
    paused: 'Paused',
    stopping: 'Stopping',
    stoppedEarly: 'Stopped early at epoch {{epoch}}',
    finished: 'Finished',
    stopped: 'Stopped',
    diverged: 'Diverged',
    divergedAt: 'Diverged at epoch {{epoch}}',
    failed: 'Failed: {{reason}}',
  },
  /** Why a variant failed, after "Failed: ". */
  failure: {
    invalidSpec: 'its experiment has problems.',
    dataMissing: 'its data is not loaded.',
    dataFailed: 'the digits could not be loaded.',
    dataFailedWith: 'the digits could not be loaded ({{message}}).',
    startFailed: 'training could not start.',
    startFailedWith: 'training could not start: {{message}}',
    workerStopped: 'the training worker stopped.',
  },
  /** The gradient-descent lesson's figure: optimisers walking a loss surface. */
  paths: {
    heading: 'Three optimisers, one loss surface',
    surface: 'Loss surface',
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    reset: 'Reset',
    rate: '{{optimizer}} learning rate',
    rateError: 'From {{min}} to {{max}}; drawn at {{rate}} meanwhile.',
    stepOf: 'Step {{step}} of {{total}}.',
    loss: 'loss {{loss}}',
    divergedAt: 'diverged at step {{step}}',
    start: 'start',
    minimum: 'minimum',
    defaultRates: 'Back to this surface’s learning rates',
    numbers: 'Numbers',
    tableCaption_one: 'Where each optimiser is after {{count}} step',
    tableCaption_other: 'Where each optimiser is after {{count}} steps',
    columns: {
      optimizer: 'Optimiser',
      rate: 'Learning rate',
      steps: 'Steps',
      loss: 'Loss',
      distance: 'Distance to the minimum',
      weights: 'Weights (w₁, w₂)',
    },
    stepsDiverged: '{{steps}} (diverged at step {{step}})',
    /** The figure's text alternative, for screen readers. */
    alt: {
      head_one:
        'Contour map of the {{surface}} loss surface over weights w1 and w2, minimum at {{minima}}. Paths of {{optimizers}} from {{start}}',
      head_other:
        'Contour map of the {{surface}} loss surface over weights w1 and w2, minima at {{minima}}. Paths of {{optimizers}} from {{start}}',
      before: '{{head}}, before their first step.',
      after: '{{head}}, after {{shown}} of {{total}} steps: {{each}}.',
      at: '{{name}} at loss {{loss}}, {{distance}} from the minimum',
      diverged: '{{name}} diverged at step {{step}}',
      nameSeparator: ', ',
      separator: '; ',
    },
  },
  /** The hideable controls, as the Class link dialog lists them. */
  classControls: {
    dataset: 'Dataset choice',
    dataSettings: 'Data settings (points, noise, splits)',
    layers: 'Adding, moving and removing layers',
    layerSettings: 'Each layer’s settings',
    optimizer: 'Optimizer',
    learningRate: 'Learning rate',
    batchSize: 'Batch size',
    epochs: 'Epochs',
    moreTraining: 'More training options (loss, schedule, early stopping, backend)',
    speed: 'Speed',
    step: 'Step',
    search: 'The Search view',
    history: 'The History view',
    lessons: 'The Lessons menu',
    files: 'Saving and opening experiment files',
  },
  /** Each lesson: its title, a line for the menu, its paragraphs and its start button. */
  texts: {
    overfitting: {
      title: 'Overfitting',
      summary: 'A big network learns noisy points by heart: watch validation loss turn up.',
      paragraphs: {
        1: 'The data is the circle again, but with a lot of noise: near the ring, many points carry the “wrong” colour. There are only 100 points to train on, and the model is big: three hidden layers of 64 units, thousands of weights.',
        2: 'Watch the loss chart. Both lines fall at first: the model is learning the circle. After a few seconds the validation loss (points the model never trains on) turns and climbs, while the training loss keeps falling. That gap is overfitting: the model is memorising the training points, noise included.',
        3: 'Watch the decision boundary too. It starts as a smooth round blob, then grows bumps and little islands around single noisy points. Those islands fit the training data and nothing else.',
        4: 'The loss here is cross-entropy, which punishes confident mistakes hard. As the model grows surer of its islands, the validation points it gets wrong cost more and more, so the validation line keeps rising even though accuracy hardly changes.',
        5: 'Try next: the Regularization lesson puts three cures beside this run. Or make the model smaller, or give it more points, and train again.',
      },
      run: 'Train the overfitting model',
    },
    underfitting: {
      title: 'Underfitting',
      summary: 'A model with no hidden layer can only draw a straight line.',
      paragraphs: {
        1: 'This model has no hidden layer: one unit looks at x and y and says “inside” or “outside”. However long it trains, its decision boundary is a single straight line across the plane.',
        2: 'A straight line cannot put a disc on one side and the ring around it on the other. Watch the boundary settle somewhere across the middle while the accuracy stays near a coin toss.',
        3: 'On the loss chart both lines flatten out early, high and close together. That is underfitting: the model is too simple for the pattern, so more training does not help. (With overfitting the two lines part; here they stay together, both bad.)',
        4: 'Try next: add a hidden Dense layer of 4 or 8 units with ReLU and train again. The number and size of layers are hyperparameters: you choose them, training does not.',
      },
      run: 'Train the straight-line model',
    },
    regularization: {
      title: 'Regularization',
      summary: 'Dropout, an L2 penalty and early stopping against the same overfitting model.',
      paragraphs: {
        1: 'Four copies of the overfitting model train side by side, on the same noisy points with the same seeds. The chart shows each one’s validation loss (solid) and training loss (dashed) in its own colour.',
        2: 'The plain model’s validation loss climbs, as in the Overfitting lesson. With an L2 penalty, every large weight costs extra, so the model cannot build the sharp islands: its validation line stays flat near its lowest value. (Its dashed training line starts high because the penalty is counted in it.)',
        3: 'Dropout switches off a random 70% of the hidden units at every training step, so no unit can rely on another to memorise a point. It slows the climb a great deal; on some data it does not stop it completely.',
        4: 'Early stopping watches the validation loss and stops once it has not improved for a few epochs, then goes back to the weights of the best epoch. Its line ends early, at the bottom of the valley.',
        5: 'Try next: compare the best validation loss of each row in the table. Then open the Overfitting lesson, switch on early stopping under More training options, and train it yourself.',
      },
      run: 'Compare the cures',
    },
    'learning-rate': {
      title: 'Learning rate',
      summary: 'Too small, about right, too large, and diverging: four runs side by side.',
      paragraphs: {
        1: 'Gradient descent moves every weight a step downhill on the loss, and the learning rate sets how long that step is. Here the same network fits the same wavy curve four times with plain SGD, changing only the learning rate.',
        2: 'Too small (0.001): the loss creeps down and is still far from the bottom when training ends. About right (0.1): it falls quickly and settles low.',
        3: 'Too large (1): each step jumps right over the valley, so the loss bounces about high up and never settles. Diverging (3): each jump lands higher than the last, the loss shoots past any number a computer can hold, and the run stops as “diverged”.',
        4: 'The losses span a huge range, so the chart switches to a logarithmic axis: each grid line is ten times the one below.',
        5: 'Try next: the Gradient descent lesson shows these steps on a map of the loss. Or pick Adam as the optimizer, which adapts its steps, and see how much it forgives.',
      },
      run: 'Compare four learning rates',
    },
    activations: {
      title: 'Activation functions',
      summary: 'Sigmoid, tanh and ReLU in a deep, narrow network.',
      paragraphs: {
        1: 'The same deep, narrow network (eight hidden layers of eight units) learns the circle three times, once with each activation function: sigmoid, tanh and ReLU. Everything else is the same.',
        2: 'With tanh and ReLU the loss drops within ten or fifteen epochs and the validation accuracy passes 90%. With sigmoid the loss stays flat at about 0.69, the loss of a coin toss: in the same 30 epochs the network learns nothing at all.',
        3: 'Why? Gradient descent sends the error backwards through every layer, and each sigmoid layer multiplies the signal by at most 0.25. After eight layers almost nothing is left to tell the first layers which way to move: the gradients vanish.',
        4: 'tanh is steeper at zero and centred on zero, so more signal survives. ReLU passes gradients through unchanged wherever it is active, which is why it is the usual choice in deep networks.',
        5: 'Try next: in the builder, give every hidden layer the sigmoid activation, delete four of the eight, and train. With half the depth the sigmoid network does start to learn, slowly.',
      },
      run: 'Compare three activations',
    },
    losses: {
      title: 'Loss functions',
      summary: 'Mean squared error against mean absolute error on very noisy data.',
      paragraphs: {
        1: 'The loss is the number training makes smaller, so it decides what “a good fit” means. Here one network fits the same noisy samples of a wave twice: once with mean squared error (MSE), once with mean absolute error (MAE). The noise is as high as this dataset allows, so a few points land far from the wave.',
        2: 'MSE squares each error: a point twice as far away costs four times as much, so the far-off points pull the curve towards them. MAE counts every error by its size: a point twice as far costs twice as much, so the fit follows the middle of the points and shrugs off the strays.',
        3: 'On the chart the two lines sit at different heights because they are measured in different units: MSE in squared units, MAE in plain ones. Compare how each one falls and settles, not which is lower.',
        4: 'For classification, the lessons use a third loss, cross-entropy, which asks how much probability the model gave the right answer.',
        5: 'Try next: open the builder, train with MSE and watch the fitted curve, then set the loss to mean absolute error under More training options and train again. Which curve stays closer to the smooth wave?',
      },
      run: 'Compare MSE and MAE',
    },
    'gradient-descent': {
      title: 'Gradient descent',
      summary: 'Watch SGD, momentum and Adam walk down a loss surface.',
      paragraphs: {
        1: 'A real network has thousands of weights; this picture has two, so the loss can be drawn as a map: lighter is lower, and the star marks the minimum. Every optimizer starts at the circle.',
        2: 'Press Play. Each dot is one step of gradient descent: measure the slope where you stand, step downhill by the learning rate times the slope. SGD does exactly that. Momentum keeps part of its previous step, so it rolls through flat stretches and across narrow valleys. Adam scales each weight’s step by how large its slopes have been.',
        3: 'In the narrow valley, SGD zigzags from wall to wall while momentum and Adam head along the floor. On the bumpy bowl, watch which one gets stuck in a dip that is not the lowest.',
        4: 'Change a learning rate and press Play again: too small and the dots crawl, too large and they fly off the map. The network you train in the builder takes these same steps, in thousands of dimensions at once, one batch at a time.',
      },
      run: 'Show the optimizers’ paths',
    },
    'search-strategies': {
      title: 'Search strategies',
      summary: 'Grid, random and Bayesian search race on the same budget.',
      paragraphs: {
        1: 'Which learning rate and how many units in the first layer? These are hyperparameters, and a search trains many small models to find good ones. Here four strategies race, each with 16 trials on the spiral, sharing the same workers.',
        2: 'Grid search tries every combination of 4 learning rates and 4 sizes. Random search draws both at random from the same ranges. TPE and the Gaussian process are Bayesian: after 5 random trials they model which regions did well and try there next.',
        3: 'The race chart draws each strategy’s best validation loss so far against trials (or time). A line that drops early found good values early. The grid may be lucky or unlucky depending on where its points fall; the Bayesian searches usually keep improving after the random start.',
        4: 'Open any strategy’s study to see its trials and the importance of each parameter: how much the learning rate and the number of units each changed the result. Importance makes a search interpretable: it tells you which settings are worth tuning next time.',
        5: 'Try next: change the budget or add a third parameter, such as the batch size, and race again.',
      },
      run: 'Start the race',
    },
    'cross-validation': {
      title: 'Cross-validation',
      summary: 'A grid search scored on five folds, like GridSearchCV(cv=5).',
      paragraphs: {
        1: 'One validation split can be lucky or unlucky, especially with 200 points. Five-fold cross-validation splits the data into five parts, trains five times, each time validating on a different part, and averages the five scores.',
        2: 'This search is a small grid (3 learning rates × 3 layer sizes, 9 settings), and every setting is trained on all five folds: 45 trainings. It is what scikit-learn’s GridSearchCV(model, grid, cv=5) does.',
        3: 'Each trial’s score is the mean of its five validation losses, so it depends much less on which points happened to land in the validation part. When two settings still score almost the same, the data cannot really tell them apart: prefer the simpler or faster one.',
        4: 'Try next: set Cross-validation folds to 1 (a single split) and run the search again. Does the same setting still win?',
      },
      run: 'Run the cross-validated grid',
    },
    'model-selection': {
      title: 'Choosing a model',
      summary: 'A dense network against a small convnet on 2,000 handwritten digits.',
      paragraphs: {
        1: 'Two kinds of model learn the same 2,000 handwritten digits for three epochs. The dense network (a multilayer perceptron) flattens each 28×28 image into 784 numbers and forgets which pixels are neighbours. The small convnet slides 3×3 filters over the image, so it looks for the same strokes everywhere.',
        2: 'Compare the rows of the table: the best validation loss, the validation accuracy, the number of parameters and the time each took. The convnet has about a quarter of the weights, but it uses each of them all over the image, so it does far more work per image: on a plain CPU it takes many times longer.',
        3: 'With only 2,000 digits and three epochs the two end up close. That is an answer too: when the validation numbers hardly differ, the cheaper model is the better choice for now.',
        4: 'Choosing a model means weighing all of these on the validation data, never on the training data: a model that looks better in training may only be better at memorising.',
        5: 'Try next: open either model in the builder, train it longer, and look at the digits it got wrong and the explanations of what it looked at.',
      },
      run: 'Compare the two models',
    },
  },
  /** The variants a comparing lesson puts side by side, by their keys (lesson-presets.ts). */
  variants: {
    regularization: {
      overfit: 'No regularization',
      dropout: 'Dropout 0.7',
      l2: 'L2 penalty 0.05',
      'early-stopping': 'Early stopping',
    },
    'learning-rate': {
      'too-small': 'Too small (0.001)',
      right: 'About right (0.1)',
      'too-large': 'Too large (1)',
      diverging: 'Diverging (3)',
    },
    activations: {
      sigmoid: 'Sigmoid',
      tanh: 'tanh',
      relu: 'ReLU',
    },
    losses: {
      mse: 'Mean squared error',
      mae: 'Mean absolute error',
    },
    'model-selection': {
      mlp: 'Dense network (MLP)',
      convnet: 'Small convnet',
    },
  },
} as const;

export default lessons;

// The words cover exactly the lessons (the hideable controls are checked in class-controls.ts).
export const textsChecked: SameKeys<LessonId, typeof lessons.texts> = true;
