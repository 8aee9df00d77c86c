// Problems with an experiment, a link or a file: one sentence per problem code, and field names.
import type { ProblemCode } from '../../../../experiment/problem';
import type {
  ImageFixCode,
  ReshapeTargetCode,
  ShapeWarningCode,
} from '../../../../experiment/shape-messages';
import type { SameKeys } from '../../resource-types';

const problems = {
  /**
   * One sentence per problem code (src/experiment/problem.ts). `{{field}}` is a field's name
   * (below), `{{dataset}}` a dataset's, `{{path}}` a path into the experiment as it was written
   * (model.layers), `{{reason}}` another problem's sentence; `{{count}}` picks the plural form.
   */
  codes: {
    // The schema's checks, said of any field.
    'wrong-type': '{{field}} must be {{expected}}',
    'not-whole': '{{field}} must be a whole number',
    'too-small': '{{field}} must be at least {{min}}',
    'too-big': '{{field}} must be at most {{max}}',
    'too-few-items_one': '{{field}} needs at least {{count}} item',
    'too-few-items_other': '{{field}} needs at least {{count}} items',
    'too-many-items_one': '{{field}} can have at most {{count}} item',
    'too-many-items_other': '{{field}} can have at most {{count}} items',
    'too-short_one': '{{field}} needs at least {{count}} character',
    'too-short_other': '{{field}} needs at least {{count}} characters',
    'too-long_one': '{{field}} can have at most {{count}} character',
    'too-long_other': '{{field}} can have at most {{count}} characters',
    'not-allowed': '{{field}} must be one of {{allowed}}',
    'bad-format': '{{field}} is not in the right format',
    invalid: '{{field}} is not valid',
    'low-above-high': 'Low must not be above high',
    'log-needs-positive-low': 'A log scale needs a low above 0',
    'log-needs-low-of-one': 'A log scale needs a low of at least 1',
    'log-needs-step-one': 'A log scale needs a step of 1',

    // Whether the data settings and the model fit the dataset.
    'dataset-size': '{{dataset}} needs between {{min}} and {{max}} points',
    'noise-too-high': 'Noise must be at most {{max}} for {{dataset}}',
    'no-test-shift': '{{dataset}} has no shifted test set; choose "none"',
    'csv-missing': 'Upload a CSV file and choose the column to predict',
    'splits-too-large':
      'Validation and test together may take at most {{maxPercent}}% of the data, leaving {{trainPercent}}% to train on',
    'output-not-dense_one':
      "The last layer must be a Dense layer with {{count}} unit to give {{dataset}}'s class probabilities. Add one at the end.",
    'output-not-dense_other':
      "The last layer must be a Dense layer with {{count}} units to give {{dataset}}'s class probabilities. Add one at the end.",
    'output-not-flat':
      "The model's output has shape ({{shape}}) but {{dataset}} needs ({{outputSize}}): add a Flatten or GlobalAveragePooling2D before the last Dense layer.",
    'binary-units':
      '{{dataset}} has two classes, so the last layer needs 1 unit (the probability of class 1), not {{units}}.',
    'binary-loss': '{{dataset}} has two classes: use binary cross-entropy with one sigmoid unit.',
    'binary-activation':
      'Binary cross-entropy needs probabilities: give the last layer a sigmoid activation instead of {{activation}}.',
    'multiclass-units':
      '{{dataset}} has {{classes}} classes, so the last layer needs {{classes}} units (one per class), not {{units}}.',
    'multiclass-loss':
      '{{loss}} does not fit {{classes}} classes: use sparse categorical cross-entropy.',
    'multiclass-activation':
      'Categorical cross-entropy needs one probability per class: give the last layer a softmax activation instead of {{activation}}.',
    'regression-units':
      '{{dataset}} predicts one number, so the last layer needs {{outputSize}} unit, not {{units}}.',
    'regression-loss':
      '{{dataset}} is a regression task: use mean squared error, mean absolute error or Huber, not {{loss}}.',
    'regression-softmax':
      'A softmax output always sums to 1, so it cannot predict a number: use a linear activation on the last layer.',

    // Shape inference: a layer that cannot take its input, a model that cannot be built.
    // `{{layer}}` and `{{name}}` are layer type names (Conv2D), `{{shape}}` a shape: (26, 26, 32).
    'layer-needs-dimension': '{{layer}} needs an input with at least one dimension.',
    'flatten-already-flat':
      'Flatten needs an input with 2 or more dimensions but receives {{shape}}, which is already flat. Remove the Flatten.',
    'reshape-size-mismatch':
      'Reshape to {{target}} holds {{targetSize}} values but its input {{shape}} holds {{size}}. Choose sizes that multiply to {{size}}.',
    'kernel-too-large':
      '{{layer}}\'s {{size}}×{{size}} kernel is larger than its input {{shape}}, so with padding "valid" nothing is left. Use a kernel of at most {{max}}, or padding "same".',
    'window-too-large':
      '{{layer}}\'s {{size}}×{{size}} window is larger than its input {{shape}}, so with padding "valid" nothing is left. Use a window of at most {{max}}, or padding "same".',
    'sequence-from-values':
      '{{layer}} needs a sequence (timesteps, features) but receives {{shape}}. Add a Reshape to {{target}} first, so each value is one timestep.',
    'sequence-from-rows':
      '{{layer}} needs a sequence (timesteps, features) but receives {{shape}}. Add a Reshape to {{target}} first, so each row is one timestep.',
    /** `{{fix}}` is one of the image fixes below. */
    'needs-image':
      '{{layer}} needs a 3-D input (height, width, channels) but receives {{shape}}. {{fix}}',
    'input-shape-invalid':
      'The input shape {{shape}} is not valid: every size must be a whole number of at least 1.',
    'too-many-params':
      'This model has {{params, number}} parameters, more than the {{limit, number}} a browser tab can train. Use fewer units or filters, or add pooling before Flatten.',

    // The search section. `{{target}}` is the searched field's name.
    'objective-needs-classes': 'A regression dataset has no accuracy; choose validation loss',
    'unknown-target': '"{{target}}" is not a field of this model or its training settings',
    'searched-twice': '{{target}} is searched twice',
    'needs-choices': '{{target}}: choose among values, not a range',
    'choice-not-allowed': '{{target}}: "{{value}}" is not one of its values',
    'choice-out-of-range': '{{target}}: {{value}} is outside {{min}}–{{max}}',
    'needs-int-range': '{{target}}: a whole-number field needs an int range',
    'range-outside-limits': '{{target}}: the range must stay within {{min}}–{{max}}',
    'repeats-overlap': 'Repeated blocks must not overlap',
    'condition-order': '{{target}} can only depend on a parameter listed above it',
    'experiment-has-problems': 'The experiment has problems to fix first: {{reason}}.',
    'search-space-empty': 'Add at least one parameter to search.',

    // Opening a link or a file, and the address's options.
    'link-damaged':
      'The link is damaged: it could not be decompressed. Showing the default experiment.',
    'link-waits-for-training':
      'The link you opened will open as soon as the training or the search ends: the builder is locked until then.',
    'link-too-long':
      'The link is too long ({{length, number}} characters; the limit is {{max, number}}). Showing the default experiment.',
    'link-too-large':
      'The link unpacks to more than {{max, number}} characters, too many for an experiment. Showing the default experiment.',
    'unknown-backend':
      'The link asks for a backend named "{{value}}", which does not exist; using Auto instead. Choose from {{choices}}.',
    'unknown-lesson':
      'The link asks for a lesson named "{{value}}", which does not exist. Open one from the Lessons menu.',
    'unknown-control':
      'The link asks to hide a control named "{{value}}", which does not exist; it was ignored.',
    'unknown-language':
      'The link asks for the language "{{value}}", which TrainTab does not speak; it opens in the language chosen before or the browser’s. Choose from {{choices}}.',

    // Keeping searches in the browser's storage, and going on after a reload.
    'storage-unavailable':
      'This browser keeps nothing for this page (its storage is off or blocked, as in some private windows): runs and searches are lost when the tab closes.',
    'storage-write-failed':
      'Saving in this browser failed ({{reason}}): what is on screen is not kept past this tab. To make room, trim or delete old runs and searches under "Saved in this browser", or this site\'s data in the browser\'s settings.',
    'study-unreadable':
      'The search saved in this browser could not be read, so it was not reopened.',
    /** Several trials left out: `{{trial}}` is the first, `{{after}}` how many more. */
    'study-trials-skipped':
      'Trial {{trial}} of the saved search could not be read: it and the {{after}} after it were left out.',
    /** No trial was interrupted (see `searchResumedInterrupted` for those that were). */
    'search-resumed': 'The search goes on where it stopped, with its {{trials}} trials so far.',
    'search-followed':
      'This search is running in another tab of TrainTab: this tab shows it as it goes, and takes it over if that tab closes.',
    'study-file-not-json': 'This file is not a saved search: it is not JSON. Nothing was imported.',
    'study-file-invalid':
      'This file is not a saved search TrainTab can read: its "{{field}}" is missing or wrong. Nothing was imported.',

    // Restoring an experiment from a link or a file. `{{value}}` describes what was there.
    unreadable: 'The experiment could not be read. Showing the default experiment.',
    'not-settings':
      'The experiment was {{value}}, not a group of settings. Showing the default experiment.',
    'newer-version':
      'This link was made by a newer version of TrainTab (version {{version}}) than this one (version {{current}}), so it cannot be opened here. Showing the default experiment; reloading the page may fetch the newer TrainTab.',
    'still-invalid':
      'The repaired experiment was still invalid ({{reason}}). Showing the default experiment.',
    'output-fitted': "The model's output layer and loss were fitted to {{dataset}}.",
    'version-missing': '{{path}} was missing; reading the experiment as version {{assumed}}.',
    'version-invalid':
      '{{path}} was {{value}}, which is not a TrainTab version; reading the experiment as version {{assumed}}.',
    'section-missing': '{{path}} was missing; using the defaults.',
    'section-not-settings': '{{path}} was {{value}}, not a group of settings; using the defaults.',
    'value-missing': '{{path}} was missing; using {{fallback}}.',
    'value-replaced': '{{path}} was {{value}} ({{reason}}); using {{fallback}}.',
    // `{{items}}` names the list's items (below); `{{item}}` one of them.
    'list-missing': '{{path}} was missing; using the default {{items}}.',
    'list-not-list':
      '{{path}} was {{value}}, not a list of {{items}}; using the default {{items}}.',
    'item-dropped': '{{item}} {{index}} of {{path}} was dropped ({{reason}}).',
    'more-items-dropped': '…and {{more}} more {{items}} of {{path}} were dropped.',
    'list-truncated': '{{path}} had too many {{items}} ({{reason}}); keeping the first {{kept}}.',
    'list-empty': 'No valid {{items}} were left in {{path}}; using the default {{items}}.',
    'list-still-invalid':
      '{{path}} was still invalid after the repairs ({{reason}}); using the default {{items}}.',
  },

  /** Other wordings of some codes, for the cases their sentence above does not fit. */
  variants: {
    /** not-allowed with a single allowed value. */
    mustBe: '{{field}} must be {{allowed}}',
    /** dataset-size for a dataset of images. */
    datasetSizeImages: '{{dataset}} needs between {{min}} and {{max}} images',
    /** output-not-dense for a regression. */
    outputNotDenseRegression_one:
      "The last layer must be a Dense layer with {{count}} unit to give {{dataset}}'s prediction. Add one at the end.",
    outputNotDenseRegression_other:
      "The last layer must be a Dense layer with {{count}} units to give {{dataset}}'s prediction. Add one at the end.",
    /** study-trials-skipped when only one trial was left out. */
    oneTrialSkipped: 'Trial {{trial}} of the saved search could not be read and was left out.',
    /** search-resumed with trials that were training when the page closed. */
    searchResumedInterrupted_one:
      'The search goes on where it stopped, with its {{trials}} trials so far. {{count}} trial was training when the page closed: it runs again.',
    searchResumedInterrupted_other:
      'The search goes on where it stopped, with its {{trials}} trials so far. {{count}} trials were training when the page closed: they run again.',
  },

  /** Fields counted in epochs (patience, the decay interval): their amounts carry the unit. */
  inEpochs: {
    'not-whole': '{{field}} must be a whole number of epochs',
    'too-small_one': '{{field}} must be at least {{count}} epoch',
    'too-small_other': '{{field}} must be at least {{count}} epochs',
    'too-big_one': '{{field}} must be at most {{count}} epoch',
    'too-big_other': '{{field}} must be at most {{count}} epochs',
  },

  /** Sentences for one field that read better than the general ones. `{{number}}` in words. */
  fieldSentences: {
    layersTooFew_one: 'The model needs at least {{number}} layer',
    layersTooFew_other: 'The model needs at least {{number}} layers',
    layersTooMany: 'The model can have at most {{max}} layers',
    targetShapeWrongType: 'Target shape must be a list of sizes',
    targetShapeTooFew_one: 'Target shape needs at least {{number}} dimension',
    targetShapeTooFew_other: 'Target shape needs at least {{number}} dimensions',
    targetShapeTooMany_one: 'Target shape can have at most {{number}} dimension',
    targetShapeTooMany_other: 'Target shape can have at most {{number}} dimensions',
    paddingNotAllowed: 'Padding must be "valid" or "same"',
    csvHashBadFormat: 'CSV hash must be hexadecimal',
    searchParamsTooMany: 'Search at most {{max}} parameters',
    choicesTooFew_one: 'Give at least {{number}} choice',
    choicesTooFew_other: 'Give at least {{number}} choices',
    choicesTooMany: 'Give at most {{max}} choices',
  },

  /** Small counts as words, as some sentences read them ("at least one layer"). */
  numberWords: {
    '0': 'no',
    '1': 'one',
    '2': 'two',
    '3': 'three',
    '4': 'four',
    '5': 'five',
    '6': 'six',
    '7': 'seven',
    '8': 'eight',
    '9': 'nine',
  },

  /** What a field must be, by the type zod expected (wrong-type). */
  expected: {
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of settings',
    string: 'text',
  },

  /**
   * Field names in sentences, for the paths of src/ui/shared/problem-text.ts (FIELDS), and for a
   * layer's settings wherever they are.
   */
  fields: {
    experiment: 'The experiment',
    specVersion: 'Spec version',
    dataset: 'Dataset',
    numPoints: 'Number of points',
    noise: 'Noise',
    testShift: 'Test shift',
    standardize: 'Standardize',
    csv: 'CSV',
    fileName: 'File name',
    csvHash: 'CSV hash',
    csvTarget: 'Column to predict',
    task: 'Task',
    missingValues: 'Missing values',
    csvShape: 'CSV shape',
    inputSize: 'Input size',
    outputSize: 'Output size',
    model: 'Model',
    layers: 'Layers',
    layer: 'Layer',
    layerType: 'Layer type',
    eachDimension: 'Each dimension',
    optimizer: 'Optimizer',
    learningRate: 'Learning rate',
    loss: 'Loss',
    batchSize: 'Batch size',
    epochs: 'Epochs',
    validationSplit: 'Validation split',
    testSplit: 'Test split',
    schedule: 'Schedule',
    decayFactor: 'Decay factor',
    decayInterval: 'Decay interval',
    earlyStopping: 'Early stopping',
    patience: 'Patience',
    minDelta: 'Minimum improvement',
    restoreBestWeights: 'Keep the best weights',
    search: 'Search',
    strategy: 'Strategy',
    searchParams: 'Searched parameters',
    searchParam: 'Searched parameter',
    searchTarget: 'Searched field',
    range: 'Range',
    rangeType: 'Range type',
    low: 'Low',
    high: 'High',
    step: 'Step',
    logScale: 'Log scale',
    choices: 'Choices',
    eachChoice: 'Each choice',
    gridPoints: 'Grid points',
    condition: 'Condition',
    conditionParam: 'Condition parameter',
    conditionValues: 'Condition values',
    eachConditionValue: 'Each condition value',
    objective: 'Objective',
    pruner: 'Pruner',
    prunerStartupTrials: 'Pruner start-up trials',
    warmupEpochs: 'Warm-up epochs',
    minEpochs: 'Min epochs',
    reductionFactor: 'Reduction factor',
    rankTrialsBy: 'Rank trials by',
    folds: 'Folds',
    maxTrials: 'Maximum trials',
    maxMinutes: 'Max minutes',
    parallelTrials: 'Parallel trials',
    startupTrials: 'Start-up trials',
    seed: 'Seed',
    units: 'Units',
    activation: 'Activation',
    kernelL1: 'L1',
    kernelL2: 'L2',
    rate: 'Rate',
    targetShape: 'Target shape',
    filters: 'Filters',
    kernelSize: 'Kernel size',
    strides: 'Strides',
    padding: 'Padding',
    poolSize: 'Pool size',
    returnSequences: 'Return sequences',
  },

  /** How a value found in a link or a file is described (`{{value}}` above). */
  values: {
    missing: 'missing',
    null: 'empty (null)',
    list: 'a list',
    group: 'a group of settings',
    /** Another type of value, by JavaScript's name for it (function, symbol). */
    type: 'a {{type}}',
  },

  /** What replaced a bad value (`{{fallback}}` above), when it is not a literal. */
  fallbacks: {
    none: 'none',
    defaults: 'the default',
  },

  /** A list's items, in the plural (`{{items}}`) and one of them (`{{item}}`). */
  listItems: {
    layer: 'layers',
    item: 'items',
  },
  listItem: {
    layer: 'Layer',
    item: 'Item',
  },

  /** A repair's reason, and where in the repaired value it was. */
  reasons: {
    at: '{{path}}: {{reason}}',
    notValid: 'it is not valid',
  },

  /** The fix for an image layer given something else (`{{fix}}` in needs-image). */
  imageFixes: {
    'reshape-to': 'Add a Reshape to {{shape}} first.',
    'reshape-to-image': 'Add a Reshape to (height, width, channels) first.',
    'flat-data':
      "The data's input {{shape}} is flat, not an image. Use Dense layers for it, or add a Reshape {{reshape}} right before the {{layer}}.",
    'flat-sequence':
      'Layer {{place}} ({{name}}) made the sequence {{shape}} flat. Add a Reshape {{reshape}} right before the {{layer}}.',
    'remove-flatten': 'Remove the Flatten or add a Reshape.',
    'change-reshape':
      'Layer {{place}} ({{name}}) made the image {{shape}} flat. Give layer {{place}} a target shape of (height, width, channels) instead, such as {{shape}}.',
    'move-above':
      'Layer {{place}} ({{name}}) made the image {{shape}} flat. Move the {{layer}} above layer {{place}}, or add a Reshape {{reshape}} right before it.',
  },

  /** What a Reshape should turn a flat input into (`{{reshape}}` above). */
  reshapeTargets: {
    shape: 'to {{shape}}',
    size: 'to (height, width, channels) whose sizes multiply to {{size}}',
  },

  /** Advice about a model that builds but may not train well, under its layer or the model. */
  warnings: {
    'slow-model':
      'This model has {{params, number}} parameters, so training in the browser will be slow. Fewer units or filters, or pooling before Flatten, would shrink it.',
    'dense-on-image':
      'Dense on the image {{input}} works on its last axis only and gives {{output}}. Add a Flatten before it to connect every value.',
    'saturating-stack':
      '{{layers}} hidden Dense layers use sigmoid or tanh: their gradients shrink at every layer, so the first layers barely learn. Try relu for hidden layers.',
    'linear-hidden':
      'This hidden Dense layer is linear and feeds another Dense layer, and two linear layers in a row are one linear layer. Give it an activation such as relu.',
    'dropout-last':
      "Dropout as the last layer randomly zeroes the model's outputs while training. Move it before the last Dense layer.",
  },
} as const;

export default problems;

// The sentences cover exactly the codes the domain declares.
export const checkedCodes: SameKeys<ProblemCode, typeof problems.codes> = true;
export const checkedImageFixes: SameKeys<ImageFixCode, typeof problems.imageFixes> = true;
export const checkedReshapeTargets: SameKeys<ReshapeTargetCode, typeof problems.reshapeTargets> =
  true;
export const checkedWarnings: SameKeys<ShapeWarningCode, typeof problems.warnings> = true;
