// The glossary: each term and its definition (src/ui/shared/glossary.ts).
import type { GlossaryTermId } from '../../../../experiment/lessons/lesson-presets';
import type { SameKeys } from '../../resource-types';

const glossary = {
  /** The "?" button beside a term: its accessible name. */
  whatIs: 'What is {{term}}?',
  /**
   * Every term the lessons and the "?" buttons explain: the term as a sentence would use it (lower
   * case unless it is a name or an abbreviation), and one to three plain sentences for a student
   * meeting it for the first time.
   */
  terms: {
    model: {
      term: 'model',
      definition:
        'The function that turns an input into a prediction. Here it is a stack of layers whose weights are learned from the data; choosing a model means choosing those layers and their sizes.',
    },
    hyperparameter: {
      term: 'hyperparameter',
      definition:
        'A setting you choose before training, rather than a weight the training learns: the learning rate, the batch size, the number of epochs, layers or units, the dropout rate. Finding good ones is what a search does.',
    },
    loss: {
      term: 'loss',
      definition:
        'One number that says how wrong the predictions are; training moves the weights to make it smaller. The loss chart shows it on the training data and on the validation data.',
    },
    mae: {
      term: 'MAE',
      definition:
        'Mean absolute error: the average size of the errors. A miss twice as big costs twice as much, so a few far-off points pull the fit only a little.',
    },
    mse: {
      term: 'MSE',
      definition:
        'Mean squared error: the average of the squared errors. A miss twice as big costs four times as much, so far-off points pull the fit strongly.',
    },
    'cross-entropy': {
      term: 'cross-entropy',
      definition:
        'The usual loss for classification: minus the logarithm of the probability the model gave the right class. It is near 0 when the model is confidently right and grows without limit when it is confidently wrong.',
    },
    'gradient-descent': {
      term: 'gradient descent',
      definition:
        'How a network learns: work out which way each weight should move to lower the loss (the gradient), take a small step that way, and repeat, batch after batch.',
    },
    'learning-rate': {
      term: 'learning rate',
      definition:
        'How big a step gradient descent takes each time. Too small and learning crawls; too large and the loss jumps about or blows up.',
    },
    epoch: {
      term: 'epoch',
      definition:
        'One pass over all the training data. After 100 epochs the model has seen every training example 100 times.',
    },
    batch: {
      term: 'batch',
      definition:
        'The few examples one step of gradient descent looks at. With a batch size of 32 the weights change after every 32 examples.',
    },
    validation: {
      term: 'validation data',
      definition:
        'Examples kept out of training and used only to check the model. Its loss tells you how the model does on data it has not learned from.',
    },
    overfitting: {
      term: 'overfitting',
      definition:
        'When a model learns the noise and accidents of its training data instead of the pattern. You see it when the training loss keeps falling while the validation loss turns up.',
    },
    underfitting: {
      term: 'underfitting',
      definition:
        'When a model is too simple, or trained too little, to capture the pattern. Training and validation loss both stay high.',
    },
    regularization: {
      term: 'regularization',
      definition:
        'Anything that holds a model back from learning the noise: an L2 penalty on large weights, dropout (switching off random units while training), or stopping early once validation loss stops improving.',
    },
    activation: {
      term: 'activation function',
      definition:
        'What each unit does to its weighted sum before passing it on: ReLU keeps positives and zeroes negatives, tanh and sigmoid squash it into a range. Without them, any stack of layers could only draw straight lines.',
    },
    optimizer: {
      term: 'optimizer',
      definition:
        'The rule that turns gradients into weight changes. SGD takes plain steps, momentum keeps some speed from earlier steps, and Adam gives every weight a step size of its own.',
    },
    'grid-search': {
      term: 'grid search',
      definition:
        'Trains one model for every combination of a few chosen values of each hyperparameter. Thorough, but it grows fast: 4 values of 3 settings are 64 trainings.',
    },
    'random-search': {
      term: 'random search',
      definition:
        'Trains models with values drawn at random from the ranges you give. On the same budget it often beats a grid, because it tries more different values of the settings that matter.',
    },
    'bayesian-search': {
      term: 'Bayesian search',
      definition:
        'Uses the trials so far to estimate where good values lie, and tries there next. TPE and Gaussian processes are two ways of making that estimate.',
    },
    pruning: {
      term: 'pruning',
      definition:
        'Stopping unpromising trials after a few epochs, so the search spends its time on the promising ones. Median, successive halving (ASHA) and Hyperband are pruners.',
    },
    'cross-validation': {
      term: 'cross-validation',
      definition:
        'Splits the data into k parts (folds) and trains k times, each time validating on a different fold, then averages the k scores. The result depends less on one lucky split; scikit-learn’s GridSearchCV(cv=5) does this with 5 folds.',
    },
    importance: {
      term: 'importance',
      definition:
        'How much each hyperparameter (or input) mattered to the result. It makes a search or a model easier to interpret: it shows which settings are worth tuning and which hardly change anything.',
    },
  },
} as const;

export default glossary;

// The words cover exactly the terms the lessons name.
export const termsChecked: SameKeys<GlossaryTermId, typeof glossary.terms> = true;
