// Over 350 lines on purpose: one English sentence per problem code, in one table, so that every
// code has its wording (a compile check) and the translation issue has one place to start from.
import type { DatasetName } from '../../data/catalog';
import { DATASET_NAMES, datasetEntry } from '../../data/catalog';
import { LOSS_LABELS } from '../../experiment/loss-labels';
import type { LossName } from '../../experiment/experiment';
import type {
  DatasetRef,
  DescribedFallback,
  DescribedValue,
  ItemNoun,
  Problem,
  ProblemCode,
  ProblemOf,
} from '../../experiment/problem';

/**
 * What a problem's sentence may need beyond its parameters: the label of a searched field
 * (`model.layers.1.units` → "Layer 2 (Dense): units"), which depends on the spec it is in.
 */
export interface ProblemContext {
  targetLabel?(target: string): string;
}

/**
 * The one place a problem becomes an English sentence. Every code has its sentence in SENTENCES;
 * the wording is the app's (the translation work replaces this table, not the callers).
 */
export function problemText(problem: Problem, context: ProblemContext = {}): string {
  const sentence = SENTENCES[problem.code] as (p: Problem, c: ProblemContext) => string;
  return sentence(problem, context);
}

type Sentences = { [C in ProblemCode]: (problem: ProblemOf<C>, context: ProblemContext) => string };

/** How a field is named in sentences, and the unit its numbers count (epochs), if any. */
interface FieldText {
  label: string;
  unit?: readonly [singular: string, plural: string];
}

const EPOCHS = ['epoch', 'epochs'] as const;

/**
 * Field names by their path (list indices as `*`), or by their last name for fields that mean
 * the same wherever they are (a layer's `units`).
 */
const FIELDS: Readonly<Record<string, FieldText>> = {
  version: { label: 'Spec version' },
  'dataset.name': { label: 'Dataset' },
  'dataset.numPoints': { label: 'Number of points' },
  'dataset.noise': { label: 'Noise' },
  'dataset.testShift': { label: 'Test shift' },
  'dataset.standardize': { label: 'Standardize' },
  'dataset.csv': { label: 'CSV' },
  'dataset.csv.fileName': { label: 'File name' },
  'dataset.csv.hash': { label: 'CSV hash' },
  'dataset.csv.target': { label: 'Column to predict' },
  'dataset.csv.task': { label: 'Task' },
  'dataset.csv.missing': { label: 'Missing values' },
  'dataset.csv.shape': { label: 'CSV shape' },
  'dataset.csv.shape.task': { label: 'Task' },
  'dataset.csv.shape.inputSize': { label: 'Input size' },
  'dataset.csv.shape.outputSize': { label: 'Output size' },
  model: { label: 'Model' },
  'model.layers': { label: 'Layers' },
  'model.layers.*': { label: 'Layer' },
  'model.layers.*.type': { label: 'Layer type' },
  'model.layers.*.targetShape.*': { label: 'Each dimension' },
  'training.optimizer': { label: 'Optimizer' },
  'training.learningRate': { label: 'Learning rate' },
  'training.loss': { label: 'Loss' },
  'training.batchSize': { label: 'Batch size' },
  'training.epochs': { label: 'Epochs' },
  'training.validationSplit': { label: 'Validation split' },
  'training.testSplit': { label: 'Test split' },
  'training.schedule': { label: 'Schedule' },
  'training.schedule.kind': { label: 'Schedule' },
  'training.schedule.factor': { label: 'Decay factor' },
  'training.schedule.everyEpochs': { label: 'Decay interval', unit: EPOCHS },
  'training.earlyStopping': { label: 'Early stopping' },
  'training.earlyStopping.enabled': { label: 'Early stopping' },
  'training.earlyStopping.patience': { label: 'Patience', unit: EPOCHS },
  'training.earlyStopping.minDelta': { label: 'Minimum improvement' },
  'training.earlyStopping.restoreBestWeights': { label: 'Keep the best weights' },
  search: { label: 'Search' },
  'search.strategy': { label: 'Strategy' },
  'search.params': { label: 'Searched parameters' },
  'search.params.*': { label: 'Searched parameter' },
  'search.params.*.target': { label: 'Searched field' },
  'search.params.*.distribution': { label: 'Range' },
  'search.params.*.distribution.type': { label: 'Range type' },
  'search.params.*.distribution.low': { label: 'Low' },
  'search.params.*.distribution.high': { label: 'High' },
  'search.params.*.distribution.step': { label: 'Step' },
  'search.params.*.distribution.log': { label: 'Log scale' },
  'search.params.*.distribution.choices': { label: 'Choices' },
  'search.params.*.distribution.choices.*': { label: 'Each choice' },
  'search.params.*.gridPoints': { label: 'Grid points' },
  'search.params.*.condition': { label: 'Condition' },
  'search.params.*.condition.param': { label: 'Condition parameter' },
  'search.params.*.condition.in': { label: 'Condition values' },
  'search.params.*.condition.in.*': { label: 'Each condition value' },
  'search.objective': { label: 'Objective' },
  'search.pruner': { label: 'Pruner' },
  'search.pruner.kind': { label: 'Pruner' },
  'search.pruner.startupTrials': { label: 'Pruner start-up trials' },
  'search.pruner.warmupSteps': { label: 'Warm-up epochs' },
  'search.pruner.minResource': { label: 'Min epochs' },
  'search.pruner.reductionFactor': { label: 'Reduction factor' },
  'search.pruner.rungValue': { label: 'Rank trials by' },
  'search.cv': { label: 'Folds' },
  'search.maxTrials': { label: 'Maximum trials' },
  'search.maxMinutes': { label: 'Max minutes' },
  'search.concurrency': { label: 'Parallel trials' },
  'search.startupTrials': { label: 'Start-up trials' },
  // By last name: a layer's settings, and the seeds.
  seed: { label: 'Seed' },
  units: { label: 'Units' },
  activation: { label: 'Activation' },
  kernelL1: { label: 'L1' },
  kernelL2: { label: 'L2' },
  rate: { label: 'Rate' },
  targetShape: { label: 'Target shape' },
  filters: { label: 'Filters' },
  kernelSize: { label: 'Kernel size' },
  strides: { label: 'Strides' },
  padding: { label: 'Padding' },
  poolSize: { label: 'Pool size' },
  returnSequences: { label: 'Return sequences' },
};

function fieldText(field: string): FieldText {
  const last = field.split('.').findLast((key) => key !== '*') ?? field;
  return FIELDS[field] ?? FIELDS[last] ?? { label: last || 'The experiment' };
}

const label = (field: string) => fieldText(field).label;

/** "1 epoch", "10000 epochs", or just the number for a field without a unit. */
function amount(field: string, n: number): string {
  const unit = fieldText(field).unit;
  return unit ? `${n} ${n === 1 ? unit[0] : unit[1]}` : String(n);
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Small counts as words, as the sentences read ("at least one layer"). */
const word = (n: number) => WORDS[n] ?? String(n);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const EXPECTED: Readonly<Record<string, string>> = {
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of settings',
  string: 'text',
};

/** Sentences for one field that read better than the general ones. */
const FIELD_SENTENCES: Readonly<Record<string, Partial<Sentences>>> = {
  'model.layers': {
    'too-few-items': ({ params }) =>
      `The model needs at least ${word(params.min)} ${plural(params.min, 'layer', 'layers')}`,
    'too-many-items': ({ params }) => `The model can have at most ${params.max} layers`,
  },
  'model.layers.*.targetShape': {
    'wrong-type': () => 'Target shape must be a list of sizes',
    'too-few-items': ({ params }) =>
      `Target shape needs at least ${word(params.min)} ${plural(params.min, 'dimension', 'dimensions')}`,
    'too-many-items': ({ params }) =>
      `Target shape can have at most ${word(params.max)} ${plural(params.max, 'dimension', 'dimensions')}`,
  },
  'model.layers.*.padding': { 'not-allowed': () => 'Padding must be "valid" or "same"' },
  'dataset.csv.hash': { 'bad-format': () => 'CSV hash must be hexadecimal' },
  'search.params': {
    'too-many-items': ({ params }) => `Search at most ${params.max} parameters`,
  },
  'search.params.*.distribution.choices': {
    'too-few-items': ({ params }) =>
      `Give at least ${word(params.min)} ${plural(params.min, 'choice', 'choices')}`,
    'too-many-items': ({ params }) => `Give at most ${params.max} choices`,
  },
};

/** A schema sentence: the field's own, if it has one, or the general one. */
function schema<C extends keyof typeof GENERAL>(code: C) {
  type Sentence = (problem: ProblemOf<C>, context: ProblemContext) => string;
  return (problem: ProblemOf<C>, context: ProblemContext): string => {
    const { field } = (problem as { params: { field: string } }).params;
    const own = FIELD_SENTENCES[field]?.[code] as Sentence | undefined;
    return (own ?? (GENERAL[code] as Sentence))(problem, context);
  };
}

const GENERAL = {
  'wrong-type': ({ params: { field, expected } }: ProblemOf<'wrong-type'>) =>
    `${label(field)} must be ${EXPECTED[expected] ?? expected}`,
  'not-whole': ({ params: { field } }: ProblemOf<'not-whole'>) => {
    const unit = fieldText(field).unit;
    return `${label(field)} must be a whole number${unit ? ` of ${unit[1]}` : ''}`;
  },
  'too-small': ({ params: { field, min } }: ProblemOf<'too-small'>) =>
    `${label(field)} must be at least ${amount(field, min)}`,
  'too-big': ({ params: { field, max } }: ProblemOf<'too-big'>) =>
    `${label(field)} must be at most ${amount(field, max)}`,
  'too-few-items': ({ params: { field, min } }: ProblemOf<'too-few-items'>) =>
    `${label(field)} needs at least ${min} ${plural(min, 'item', 'items')}`,
  'too-many-items': ({ params: { field, max } }: ProblemOf<'too-many-items'>) =>
    `${label(field)} can have at most ${max} ${plural(max, 'item', 'items')}`,
  'too-short': ({ params: { field, min } }: ProblemOf<'too-short'>) =>
    `${label(field)} needs at least ${min} ${plural(min, 'character', 'characters')}`,
  'too-long': ({ params: { field, max } }: ProblemOf<'too-long'>) =>
    `${label(field)} can have at most ${max} ${plural(max, 'character', 'characters')}`,
  'not-allowed': ({ params: { field, allowed } }: ProblemOf<'not-allowed'>) =>
    allowed.includes(', ')
      ? `${label(field)} must be one of ${allowed}`
      : `${label(field)} must be ${allowed}`,
  'bad-format': ({ params: { field } }: ProblemOf<'bad-format'>) =>
    `${label(field)} is not in the right format`,
  invalid: ({ params: { field } }: ProblemOf<'invalid'>) => `${label(field)} is not valid`,
};

function datasetLabel({ dataset, file }: DatasetRef): string {
  if (dataset === 'csv' && file) return `CSV: ${file}`;
  return (DATASET_NAMES as readonly string[]).includes(dataset)
    ? datasetEntry(dataset as DatasetName).info.label
    : String(dataset);
}

const lossLabel = (loss: LossName) => LOSS_LABELS[loss] ?? String(loss);
const units = (n: number) => `${n} ${plural(n, 'unit', 'units')}`;

function describedValue({ valueKind, value }: DescribedValue): string {
  switch (valueKind) {
    case 'missing':
      return 'missing';
    case 'null':
      return 'empty (null)';
    case 'list':
      return 'a list';
    case 'group':
      return 'a group of settings';
    case 'type':
      return `a ${value}`;
    default:
      return value;
  }
}

function describedFallback({ fallbackKind, fallback }: DescribedFallback): string {
  if (fallbackKind === 'none') return 'none';
  return fallbackKind === 'literal' ? fallback : 'the default';
}

const nouns = (item: ItemNoun) => `${item}s`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Why a repair happened, with where inside the repaired value it was ("units: …"). */
function reasonText(problem: Problem, context: ProblemContext): string {
  const { reason } = problem;
  if (!reason) return 'it is not valid';
  const text = problemText(reason, context);
  return reason.path ? `${reason.path}: ${text}` : text;
}

const targetLabel = (target: string, context: ProblemContext) =>
  context.targetLabel?.(target) ?? target;

const count = (n: number) => n.toLocaleString('en-US');
const SHOWING_DEFAULT = 'Showing the default experiment.';

const SENTENCES: Sentences = {
  'wrong-type': schema('wrong-type'),
  'not-whole': schema('not-whole'),
  'too-small': schema('too-small'),
  'too-big': schema('too-big'),
  'too-few-items': schema('too-few-items'),
  'too-many-items': schema('too-many-items'),
  'too-short': schema('too-short'),
  'too-long': schema('too-long'),
  'not-allowed': schema('not-allowed'),
  'bad-format': schema('bad-format'),
  invalid: schema('invalid'),
  'low-above-high': () => 'Low must not be above high',
  'log-needs-positive-low': () => 'A log scale needs a low above 0',
  'log-needs-low-of-one': () => 'A log scale needs a low of at least 1',
  'log-needs-step-one': () => 'A log scale needs a step of 1',

  'dataset-size': ({ params }) =>
    `${datasetLabel(params)} needs between ${params.min} and ${params.max} ${params.dataset === 'mnist' ? 'images' : 'points'}`,
  'noise-too-high': ({ params }) =>
    `Noise must be at most ${params.max} for ${datasetLabel(params)}`,
  'no-test-shift': ({ params }) => `${datasetLabel(params)} has no shifted test set; choose "none"`,
  'csv-missing': () => 'Upload a CSV file and choose the column to predict',
  'splits-too-large': ({ params: { maxPercent } }) =>
    `Validation and test together may take at most ${maxPercent}% of the data, leaving ${100 - maxPercent}% to train on`,
  'layer-shape': ({ params }) => params.detail,
  'model-build': ({ params }) => params.detail,
  'output-not-dense': ({ params }) =>
    `The last layer must be a Dense layer with ${units(params.outputSize)} to give ${datasetLabel(params)}'s ${params.task === 'regression' ? 'prediction' : 'class probabilities'}. Add one at the end.`,
  'output-not-flat': ({ params }) =>
    `The model's output has shape (${params.shape}) but ${datasetLabel(params)} needs (${params.outputSize}): add a Flatten or GlobalAveragePooling2D before the last Dense layer.`,
  'binary-units': ({ params }) =>
    `${datasetLabel(params)} has two classes, so the last layer needs 1 unit (the probability of class 1), not ${params.units}.`,
  'binary-loss': ({ params }) =>
    `${datasetLabel(params)} has two classes: use binary cross-entropy with one sigmoid unit.`,
  'binary-activation': ({ params }) =>
    `Binary cross-entropy needs probabilities: give the last layer a sigmoid activation instead of ${params.activation}.`,
  'multiclass-units': ({ params }) =>
    `${datasetLabel(params)} has ${params.classes} classes, so the last layer needs ${params.classes} units (one per class), not ${params.units}.`,
  'multiclass-loss': ({ params }) =>
    `${lossLabel(params.loss)} does not fit ${params.classes} classes: use sparse categorical cross-entropy.`,
  'multiclass-activation': ({ params }) =>
    `Categorical cross-entropy needs one probability per class: give the last layer a softmax activation instead of ${params.activation}.`,
  'regression-units': ({ params }) =>
    `${datasetLabel(params)} predicts one number, so the last layer needs ${params.outputSize} unit, not ${params.units}.`,
  'regression-loss': ({ params }) =>
    `${datasetLabel(params)} is a regression task: use mean squared error, mean absolute error or Huber, not ${lossLabel(params.loss).toLowerCase()}.`,
  'regression-softmax': () =>
    'A softmax output always sums to 1, so it cannot predict a number: use a linear activation on the last layer.',

  'objective-needs-classes': () => 'A regression dataset has no accuracy; choose validation loss',
  'unknown-target': ({ params }) =>
    `"${params.target}" is not a field of this model or its training settings`,
  'searched-twice': ({ params }, c) => `${targetLabel(params.target, c)} is searched twice`,
  'needs-choices': ({ params }, c) =>
    `${targetLabel(params.target, c)}: choose among values, not a range`,
  'choice-not-allowed': ({ params }, c) =>
    `${targetLabel(params.target, c)}: "${params.value}" is not one of its values`,
  'choice-out-of-range': ({ params }, c) =>
    `${targetLabel(params.target, c)}: ${params.value} is outside ${params.min}–${params.max}`,
  'needs-int-range': ({ params }, c) =>
    `${targetLabel(params.target, c)}: a whole-number field needs an int range`,
  'range-outside-limits': ({ params }, c) =>
    `${targetLabel(params.target, c)}: the range must stay within ${params.min}–${params.max}`,
  'repeats-overlap': () => 'Repeated blocks must not overlap',
  'condition-order': ({ params }, c) =>
    `${targetLabel(params.target, c)} can only depend on a parameter listed above it`,
  'experiment-has-problems': (p, c) =>
    `The experiment has problems to fix first: ${p.reason ? problemText(p.reason, c) : 'it is not valid'}.`,
  'search-space-empty': () => 'Add at least one parameter to search.',

  'link-damaged': () => `The link is damaged: it could not be decompressed. ${SHOWING_DEFAULT}`,
  'link-waits-for-training': () =>
    'The link you opened will open as soon as the training or the search ends: the builder is locked until then.',
  'link-too-long': ({ params }) =>
    `The link is too long (${count(params.length)} characters; the limit is ${count(params.max)}). ${SHOWING_DEFAULT}`,
  'link-too-large': ({ params }) =>
    `The link unpacks to more than ${count(params.max)} characters, too many for an experiment. ${SHOWING_DEFAULT}`,
  'unknown-backend': ({ params }) =>
    `The link asks for a backend named "${params.value}", which does not exist; using Auto instead. Choose from ${params.choices}.`,
  'unknown-lesson': ({ params }) =>
    `The link asks for a lesson named "${params.value}", which does not exist. Open one from the Lessons menu.`,
  'unknown-control': ({ params }) =>
    `The link asks to hide a control named "${params.value}", which does not exist; it was ignored.`,
  'storage-unavailable': () =>
    'This browser keeps nothing for this page (its storage is off or blocked, as in some private windows): runs and searches are lost when the tab closes.',
  'storage-write-failed': ({ params }) =>
    `Saving in this browser failed (${params.reason}): what is on screen is not kept past this tab. To make room, trim or delete old runs and searches under "Saved in this browser", or this site's data in the browser's settings.`,
  'study-unreadable': () =>
    'The search saved in this browser could not be read, so it was not reopened.',
  'study-trials-skipped': ({ params }) =>
    params.count === 1
      ? `Trial ${params.first + 1} of the saved search could not be read and was left out.`
      : `Trial ${params.first + 1} of the saved search could not be read: it and the ${params.count - 1} after it were left out.`,
  'search-resumed': ({ params }) =>
    `The search goes on where it stopped, with its ${params.trials} trials so far.${
      params.interrupted === 0
        ? ''
        : ` ${params.interrupted === 1 ? '1 trial was' : `${params.interrupted} trials were`} training when the page closed: ${params.interrupted === 1 ? 'it runs' : 'they run'} again.`
    }`,
  'search-followed': () =>
    'This search is running in another tab of TrainTab: this tab shows it as it goes, and takes it over if that tab closes.',
  'study-file-not-json': () =>
    'This file is not a saved search: it is not JSON. Nothing was imported.',
  'study-file-invalid': ({ params }) =>
    `This file is not a saved search TrainTab can read: its "${params.field}" is missing or wrong. Nothing was imported.`,
  unreadable: () => `The experiment could not be read. ${SHOWING_DEFAULT}`,
  'not-settings': ({ params }) =>
    `The experiment was ${describedValue(params)}, not a group of settings. ${SHOWING_DEFAULT}`,
  'newer-version': ({ params }) =>
    `This link was made by a newer version of TrainTab (version ${params.version}) than this one ` +
    `(version ${params.current}), so it cannot be opened here. Showing the default experiment; ` +
    'reloading the page may fetch the newer TrainTab.',
  'still-invalid': (p, c) =>
    `The repaired experiment was still invalid (${reasonText(p, c)}). ${SHOWING_DEFAULT}`,
  'output-fitted': ({ params }) =>
    `The model's output layer and loss were fitted to ${datasetLabel(params)}.`,
  'version-missing': ({ path, params }) =>
    `${path} was missing; reading the experiment as version ${params.assumed}.`,
  'version-invalid': ({ path, params }) =>
    `${path} was ${describedValue(params)}, which is not a TrainTab version; reading the experiment as version ${params.assumed}.`,
  'section-missing': ({ path }) => `${path} was missing; using the defaults.`,
  'section-not-settings': ({ path, params }) =>
    `${path} was ${describedValue(params)}, not a group of settings; using the defaults.`,
  'value-missing': ({ path, params }) => `${path} was missing; using ${describedFallback(params)}.`,
  'value-replaced': (p, c) =>
    `${p.path} was ${describedValue(p.params)} (${reasonText(p, c)}); using ${describedFallback(p.params)}.`,
  'list-missing': ({ path, params }) =>
    `${path} was missing; using the default ${nouns(params.item)}.`,
  'list-not-list': ({ path, params }) =>
    `${path} was ${describedValue(params)}, not a list of ${nouns(params.item)}; using the default ${nouns(params.item)}.`,
  'item-dropped': (p, c) =>
    `${capitalize(p.params.item)} ${p.params.index} of ${p.path} was dropped (${reasonText(p, c)}).`,
  'more-items-dropped': ({ path, params }) =>
    `…and ${params.count} more ${nouns(params.item)} of ${path} were dropped.`,
  'list-truncated': (p, c) =>
    `${p.path} had too many ${nouns(p.params.item)} (${reasonText(p, c)}); keeping the first ${p.params.kept}.`,
  'list-empty': ({ path, params }) =>
    `No valid ${nouns(params.item)} were left in ${path}; using the default ${nouns(params.item)}.`,
  'list-still-invalid': (p, c) =>
    `${p.path} was still invalid after the repairs (${reasonText(p, c)}); using the default ${nouns(p.params.item)}.`,
};
