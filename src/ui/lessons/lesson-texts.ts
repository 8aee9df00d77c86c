import type { LessonId } from '../../experiment/lessons/lesson-presets';

export interface LessonText {
  title: string;
  /** One line for the Lessons menu. */
  summary: string;
  /** Three to six short paragraphs: what to look at, what it means, what to try next. */
  paragraphs: readonly string[];
  /** The lesson's start button. */
  runLabel: string;
  /** A comparison's variants by their keys (lesson-presets.ts), as the chart and table name them. */
  variantLabels?: Record<string, string>;
}

/**
 * The words of every lesson, for a student meeting the idea cold and a teacher narrating it at
 * the front. The experiments they describe are in src/experiment/lessons/lesson-presets.ts.
 */
export const LESSON_TEXTS: Record<LessonId, LessonText> = {
  overfitting: {
    title: 'Overfitting',
    summary: 'A big network learns noisy points by heart: watch validation loss turn up.',
    paragraphs: [
      'The data is the circle again, but with a lot of noise: near the ring, many points carry the “wrong” colour. There are only 100 points to train on, and the model is big: three hidden layers of 64 units, thousands of weights.',
      'Watch the loss chart. Both lines fall at first: the model is learning the circle. After a few seconds the validation loss (points the model never trains on) turns and climbs, while the training loss keeps falling. That gap is overfitting: the model is memorising the training points, noise included.',
      'Watch the decision boundary too. It starts as a smooth round blob, then grows bumps and little islands around single noisy points. Those islands fit the training data and nothing else.',
      'The loss here is cross-entropy, which punishes confident mistakes hard. As the model grows surer of its islands, the validation points it gets wrong cost more and more, so the validation line keeps rising even though accuracy hardly changes.',
      'Try next: the Regularization lesson puts three cures beside this run. Or make the model smaller, or give it more points, and train again.',
    ],
    runLabel: 'Train the overfitting model',
  },
  underfitting: {
    title: 'Underfitting',
    summary: 'A model with no hidden layer can only draw a straight line.',
    paragraphs: [
      'This model has no hidden layer: one unit looks at x and y and says “inside” or “outside”. However long it trains, its decision boundary is a single straight line across the plane.',
      'A straight line cannot put a disc on one side and the ring around it on the other. Watch the boundary settle somewhere across the middle while the accuracy stays near a coin toss.',
      'On the loss chart both lines flatten out early, high and close together. That is underfitting: the model is too simple for the pattern, so more training does not help. (With overfitting the two lines part; here they stay together, both bad.)',
      'Try next: add a hidden Dense layer of 4 or 8 units with ReLU and train again. The number and size of layers are hyperparameters: you choose them, training does not.',
    ],
    runLabel: 'Train the straight-line model',
  },
  regularization: {
    title: 'Regularization',
    summary: 'Dropout, an L2 penalty and early stopping against the same overfitting model.',
    paragraphs: [
      'Four copies of the overfitting model train side by side, on the same noisy points with the same seeds. The chart shows each one’s validation loss (solid) and training loss (dashed) in its own colour.',
      'The plain model’s validation loss climbs, as in the Overfitting lesson. With an L2 penalty, every large weight costs extra, so the model cannot build the sharp islands: its validation line stays flat near its lowest value. (Its dashed training line starts high because the penalty is counted in it.)',
      'Dropout switches off a random 70% of the hidden units at every training step, so no unit can rely on another to memorise a point. It slows the climb a great deal; on some data it does not stop it completely.',
      'Early stopping watches the validation loss and stops once it has not improved for a few epochs, then goes back to the weights of the best epoch. Its line ends early, at the bottom of the valley.',
      'Try next: compare the best validation loss of each row in the table. Then open the Overfitting lesson, switch on early stopping under More training options, and train it yourself.',
    ],
    runLabel: 'Compare the cures',
    variantLabels: {
      overfit: 'No regularization',
      dropout: 'Dropout 0.7',
      l2: 'L2 penalty 0.05',
      'early-stopping': 'Early stopping',
    },
  },
  'learning-rate': {
    title: 'Learning rate',
    summary: 'Too small, about right, too large, and diverging: four runs side by side.',
    paragraphs: [
      'Gradient descent moves every weight a step downhill on the loss, and the learning rate sets how long that step is. Here the same network fits the same wavy curve four times with plain SGD, changing only the learning rate.',
      'Too small (0.001): the loss creeps down and is still far from the bottom when training ends. About right (0.1): it falls quickly and settles low.',
      'Too large (1): each step jumps right over the valley, so the loss bounces about high up and never settles. Diverging (3): each jump lands higher than the last, the loss shoots past any number a computer can hold, and the run stops as “diverged”.',
      'The losses span a huge range, so the chart switches to a logarithmic axis: each grid line is ten times the one below.',
      'Try next: the Gradient descent lesson shows these steps on a map of the loss. Or pick Adam as the optimizer, which adapts its steps, and see how much it forgives.',
    ],
    runLabel: 'Compare four learning rates',
    variantLabels: {
      'too-small': 'Too small (0.001)',
      right: 'About right (0.1)',
      'too-large': 'Too large (1)',
      diverging: 'Diverging (3)',
    },
  },
  activations: {
    title: 'Activation functions',
    summary: 'Sigmoid, tanh and ReLU in a deep, narrow network.',
    paragraphs: [
      'The same deep, narrow network (eight hidden layers of eight units) learns the circle three times, once with each activation function: sigmoid, tanh and ReLU. Everything else is the same.',
      'With tanh and ReLU the loss drops within ten or fifteen epochs and the validation accuracy passes 90%. With sigmoid the loss stays flat at about 0.69, the loss of a coin toss: in the same 30 epochs the network learns nothing at all.',
      'Why? Gradient descent sends the error backwards through every layer, and each sigmoid layer multiplies the signal by at most 0.25. After eight layers almost nothing is left to tell the first layers which way to move: the gradients vanish.',
      'tanh is steeper at zero and centred on zero, so more signal survives. ReLU passes gradients through unchanged wherever it is active, which is why it is the usual choice in deep networks.',
      'Try next: in the builder, give every hidden layer the sigmoid activation, delete four of the eight, and train. With half the depth the sigmoid network does start to learn, slowly.',
    ],
    runLabel: 'Compare three activations',
    variantLabels: { sigmoid: 'Sigmoid', tanh: 'tanh', relu: 'ReLU' },
  },
  losses: {
    title: 'Loss functions',
    summary: 'Mean squared error against mean absolute error on very noisy data.',
    paragraphs: [
      'The loss is the number training makes smaller, so it decides what “a good fit” means. Here one network fits the same noisy samples of a wave twice: once with mean squared error (MSE), once with mean absolute error (MAE). The noise is as high as this dataset allows, so a few points land far from the wave.',
      'MSE squares each error: a point twice as far away costs four times as much, so the far-off points pull the curve towards them. MAE counts every error by its size: a point twice as far costs twice as much, so the fit follows the middle of the points and shrugs off the strays.',
      'On the chart the two lines sit at different heights because they are measured in different units: MSE in squared units, MAE in plain ones. Compare how each one falls and settles, not which is lower.',
      'For classification, the lessons use a third loss, cross-entropy, which asks how much probability the model gave the right answer.',
      'Try next: open the builder, train with MSE and watch the fitted curve, then set the loss to mean absolute error under More training options and train again. Which curve stays closer to the smooth wave?',
    ],
    runLabel: 'Compare MSE and MAE',
    variantLabels: { mse: 'Mean squared error', mae: 'Mean absolute error' },
  },
  'gradient-descent': {
    title: 'Gradient descent',
    summary: 'Watch SGD, momentum and Adam walk down a loss surface.',
    paragraphs: [
      'A real network has thousands of weights; this picture has two, so the loss can be drawn as a map: lighter is lower, and the star marks the minimum. Every optimizer starts at the circle.',
      'Press Play. Each dot is one step of gradient descent: measure the slope where you stand, step downhill by the learning rate times the slope. SGD does exactly that. Momentum keeps part of its previous step, so it rolls through flat stretches and across narrow valleys. Adam scales each weight’s step by how large its slopes have been.',
      'In the narrow valley, SGD zigzags from wall to wall while momentum and Adam head along the floor. On the bumpy bowl, watch which one gets stuck in a dip that is not the lowest.',
      'Change a learning rate and press Play again: too small and the dots crawl, too large and they fly off the map. The network you train in the builder takes these same steps, in thousands of dimensions at once, one batch at a time.',
    ],
    runLabel: 'Show the optimizers’ paths',
  },
  'search-strategies': {
    title: 'Search strategies',
    summary: 'Grid, random and Bayesian search race on the same budget.',
    paragraphs: [
      'Which learning rate and how many units in the first layer? These are hyperparameters, and a search trains many small models to find good ones. Here four strategies race, each with 16 trials on the spiral, sharing the same workers.',
      'Grid search tries every combination of 4 learning rates and 4 sizes. Random search draws both at random from the same ranges. TPE and the Gaussian process are Bayesian: after 5 random trials they model which regions did well and try there next.',
      'The race chart draws each strategy’s best validation loss so far against trials (or time). A line that drops early found good values early. The grid may be lucky or unlucky depending on where its points fall; the Bayesian searches usually keep improving after the random start.',
      'Open any strategy’s study to see its trials and the importance of each parameter: how much the learning rate and the number of units each changed the result. Importance makes a search interpretable: it tells you which settings are worth tuning next time.',
      'Try next: change the budget or add a third parameter, such as the batch size, and race again.',
    ],
    runLabel: 'Start the race',
  },
  'cross-validation': {
    title: 'Cross-validation',
    summary: 'A grid search scored on five folds, like GridSearchCV(cv=5).',
    paragraphs: [
      'One validation split can be lucky or unlucky, especially with 200 points. Five-fold cross-validation splits the data into five parts, trains five times, each time validating on a different part, and averages the five scores.',
      'This search is a small grid (3 learning rates × 3 layer sizes, 9 settings), and every setting is trained on all five folds: 45 trainings. It is what scikit-learn’s GridSearchCV(model, grid, cv=5) does.',
      'Each trial’s score is the mean of its five validation losses, so it depends much less on which points happened to land in the validation part. When two settings still score almost the same, the data cannot really tell them apart: prefer the simpler or faster one.',
      'Try next: set Cross-validation folds to 1 (a single split) and run the search again. Does the same setting still win?',
    ],
    runLabel: 'Run the cross-validated grid',
  },
  'model-selection': {
    title: 'Choosing a model',
    summary: 'A dense network against a small convnet on 2,000 handwritten digits.',
    paragraphs: [
      'Two kinds of model learn the same 2,000 handwritten digits for three epochs. The dense network (a multilayer perceptron) flattens each 28×28 image into 784 numbers and forgets which pixels are neighbours. The small convnet slides 3×3 filters over the image, so it looks for the same strokes everywhere.',
      'Compare the rows of the table: the best validation loss, the validation accuracy, the number of parameters and the time each took. The convnet has about a quarter of the weights, but it uses each of them all over the image, so it does far more work per image: on a plain CPU it takes many times longer.',
      'With only 2,000 digits and three epochs the two end up close. That is an answer too: when the validation numbers hardly differ, the cheaper model is the better choice for now.',
      'Choosing a model means weighing all of these on the validation data, never on the training data: a model that looks better in training may only be better at memorising.',
      'Try next: open either model in the builder, train it longer, and look at the digits it got wrong and the explanations of what it looked at.',
    ],
    runLabel: 'Compare the two models',
    variantLabels: { mlp: 'Dense network (MLP)', convnet: 'Small convnet' },
  },
};
