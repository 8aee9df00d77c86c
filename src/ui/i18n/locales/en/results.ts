// The results: boundary, fitted curve, predictions, attributions (src/ui/results).
const results = {
  /** The metrics of an epoch, as charts, the latest numbers and the history table name them. */
  metrics: {
    epoch: 'Epoch',
    loss: 'Train loss',
    valLoss: 'Validation loss',
    accuracy: 'Train accuracy',
    valAccuracy: 'Validation accuracy',
    firstLoss: 'First train loss',
    testLoss: 'Test loss',
    testAccuracy: 'Test accuracy',
  },
  charts: {
    loss: 'Loss per epoch',
    accuracy: 'Accuracy per epoch',
  },
  latest: 'Latest metrics',
  history: {
    summary: 'Numbers for every epoch',
    caption: 'Training history',
  },
  confusion: {
    caption: 'Confusion matrix (validation)',
    corner: 'actual ↓ predicted →',
    recall: 'Recall',
  },
  boundary: {
    classification: 'Decision boundary after epoch {{epoch}}',
    regression: 'Predicted value over the plane after epoch {{epoch}}',
  },
  predictions: {
    main: 'What the model predicts',
    tables: 'Its answers on the validation data',
    waiting: 'The model’s predictions appear here after its first epoch.',
    idle: 'Train the model to see what it predicts.',
    howToRead: 'How to read it',
    grid: {
      binary:
        'The background is what the model predicts at each spot: orange for class 0, blue for class 1, white where it is unsure. Dots are training points, diamonds validation points.',
      multiclass:
        'Each region takes the colour of the class the model would pick there, paler where it is less sure. Dots are training points, diamonds validation points.',
      regression:
        'The background is the value the model predicts at each spot: orange low, blue high. Points show the true values, so where the fit is good they blend in.',
    },
    curve:
      'The line is what the model predicts for each x; blue dots are the points it trains on, orange diamonds the ones it is checked on.',
    confusion:
      'In the table, rows are the true class and columns the model’s answer: the diagonal counts the right answers.',
  },
  curve: {
    /** What an error message names when the curve's code cannot load. */
    area: 'the fitted curve',
    loading: 'Loading the fitted curve…',
    label: 'Fitted curve after epoch {{epoch}}',
    train: 'Training points',
    validation: 'Validation points',
    prediction: "Model's prediction",
  },
  misclassified: {
    none: 'No validation digit is misclassified.',
    list: 'Misclassified validation digits',
    caption: 'predicted {{predicted}}, actually {{actual}}',
    label: 'Digit predicted {{predicted}}, actually {{actual}}',
  },
  explanations: {
    title: 'What the model looks at',
    hiddenUnits:
      'The hidden units’ pictures sit beside their layers in the model: each shows what that unit outputs over the plane, as TensorFlow Playground draws its neurons.',
  },
  attributions: {
    pick: 'Pick a validation digit (the wrong answers come first):',
    /** `index` counts from 1; `actual` and `predicted` are class names. */
    thumbnail: 'Digit {{index}}: a {{actual}}, read as {{predicted}}',
    /** `sure` is a percentage. */
    right: 'A <b>{{actual}}</b> that the model reads as <b>{{predicted}}</b> ({{sure}} sure).',
    wrong:
      'A <b>{{actual}}</b> that the model reads as <b>{{predicted}}</b> ({{sure}} sure): a wrong answer.',
    explain: 'Explain the score of',
    itsAnswer: 'its answer, {{name}}',
    rightAnswer: 'the right answer, {{name}}',
    digit: 'The digit',
    saliencyLabel: 'Saliency map for class {{name}}',
    saliency: 'Saliency for “{{name}}”: red pixels sway its score most',
    integratedLabel: 'Integrated gradients for class {{name}}',
    integrated: 'Integrated gradients: blue pixels raise the score of “{{name}}”, orange lower it',
    /** `count` is the number of steps. */
    balance_one:
      'The attributions add up to {{sum}}; the score rose by {{rise}} from a black image to this digit ({{count, number}} step). Integrated gradients share out exactly that rise, up to the error of the steps.',
    balance_other:
      'The attributions add up to {{sum}}; the score rose by {{rise}} from a black image to this digit ({{count, number}} steps). Integrated gradients share out exactly that rise, up to the error of the steps.',
    balanceLogit_one:
      'The attributions add up to {{sum}}; the score (logit) rose by {{rise}} from a black image to this digit ({{count, number}} step). Integrated gradients share out exactly that rise, up to the error of the steps.',
    balanceLogit_other:
      'The attributions add up to {{sum}}; the score (logit) rose by {{rise}} from a black image to this digit ({{count, number}} steps). Integrated gradients share out exactly that rise, up to the error of the steps.',
  },
  featureImportance: {
    /** `count` is the number of shuffles per feature; `baseline` the unshuffled score. */
    captionAccuracy_one:
      'Permutation importance: the drop in validation accuracy when a feature is shuffled ({{count, number}} shuffle each; the model scores {{baseline}} unshuffled)',
    captionAccuracy_other:
      'Permutation importance: the drop in validation accuracy when a feature is shuffled ({{count, number}} shuffles each; the model scores {{baseline}} unshuffled)',
    captionR2_one:
      'Permutation importance: the drop in validation R² when a feature is shuffled ({{count, number}} shuffle each; the model scores {{baseline}} unshuffled)',
    captionR2_other:
      'Permutation importance: the drop in validation R² when a feature is shuffled ({{count, number}} shuffles each; the model scores {{baseline}} unshuffled)',
    /** `features` lists each feature's name and drop. */
    label: 'Permutation importance of each feature: {{features}}',
    separator: ', ',
    /** A drop in accuracy, in percentage points. */
    points: '{{value}} pts',
    hint: 'Near zero: the model hardly uses the feature (or another feature carries the same information). Below zero: shuffling it happened to help, which is noise.',
  },
} as const;

export default results;
