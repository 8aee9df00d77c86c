// Over 350 lines on purpose: one sentence per problem code, in one table, so that every code has
// its wording (a compile check); the words themselves are in the `problems` namespace.
import type { Message } from '../../lib/message';
import type { LossName } from '../../experiment/experiment';
import { LOSSES } from '../../experiment/experiment';
import type {
  DatasetRef,
  DescribedFallback,
  DescribedValue,
  ItemNoun,
  Problem,
  ProblemCode,
  ProblemOf,
} from '../../experiment/problem';
import { currentLanguage, i18n } from '../i18n/i18n';
import { messageText } from '../i18n/message-text';
import type en from '../i18n/locales/en/problems';
import { datasetLabel as catalogDatasetLabel, lossLabel as catalogLossLabel } from './catalog-text';

/**
 * What a problem's sentence may need beyond its parameters: the label of a searched field
 * (`model.layers.1.units` → "Layer 2 (Dense): units"), which depends on the spec it is in; as
 * text, or as a message to translate.
 */
export interface ProblemContext {
  targetLabel?(target: string): string | Message;
}

/**
 * The one place a problem becomes a sentence, in the language on screen: its words are
 * `problems:codes.<code>` filled with its parameters, or what SENTENCES makes of them (a variant,
 * a field's name, a label). Callers are components, which re-render when the language changes.
 */
export function problemText(problem: Problem, context: ProblemContext = {}): string {
  const sentence = SENTENCES[problem.code] as
    ((p: Problem, c: ProblemContext) => string) | undefined;
  // Most codes are their sentence with their parameters as they are; SENTENCES holds the others.
  if (!sentence)
    return messageText({ code: `problems:codes.${problem.code}`, params: problem.params });
  return sentence(problem, context);
}

/**
 * The codes whose parameters need words first (a field's name, a dataset's label, a nested
 * reason) or whose sentence depends on them. Every code has its sentence in the `problems`
 * namespace (proved there with SameKeys).
 */
type Sentences = {
  [C in ProblemCode]?: (problem: ProblemOf<C>, context: ProblemContext) => string;
};

type FieldKey = keyof (typeof en)['fields'];

/** How a field is named in sentences, and whether its numbers count epochs. */
interface FieldText {
  key: FieldKey;
  inEpochs?: true;
}

/**
 * Field names by their path (list indices as `*`), or by their last name for fields that mean
 * the same wherever they are (a layer's `units`).
 */
const FIELDS: Readonly<Record<string, FieldText>> = {
  version: { key: 'specVersion' },
  'dataset.name': { key: 'dataset' },
  'dataset.numPoints': { key: 'numPoints' },
  'dataset.noise': { key: 'noise' },
  'dataset.testShift': { key: 'testShift' },
  'dataset.standardize': { key: 'standardize' },
  'dataset.csv': { key: 'csv' },
  'dataset.csv.fileName': { key: 'fileName' },
  'dataset.csv.hash': { key: 'csvHash' },
  'dataset.csv.target': { key: 'csvTarget' },
  'dataset.csv.task': { key: 'task' },
  'dataset.csv.missing': { key: 'missingValues' },
  'dataset.csv.shape': { key: 'csvShape' },
  'dataset.csv.shape.task': { key: 'task' },
  'dataset.csv.shape.inputSize': { key: 'inputSize' },
  'dataset.csv.shape.outputSize': { key: 'outputSize' },
  model: { key: 'model' },
  'model.layers': { key: 'layers' },
  'model.layers.*': { key: 'layer' },
  'model.layers.*.type': { key: 'layerType' },
  'model.layers.*.targetShape.*': { key: 'eachDimension' },
  'training.optimizer': { key: 'optimizer' },
  'training.learningRate': { key: 'learningRate' },
  'training.loss': { key: 'loss' },
  'training.batchSize': { key: 'batchSize' },
  'training.epochs': { key: 'epochs' },
  'training.validationSplit': { key: 'validationSplit' },
  'training.testSplit': { key: 'testSplit' },
  'training.schedule': { key: 'schedule' },
  'training.schedule.kind': { key: 'schedule' },
  'training.schedule.factor': { key: 'decayFactor' },
  'training.schedule.everyEpochs': { key: 'decayInterval', inEpochs: true },
  'training.earlyStopping': { key: 'earlyStopping' },
  'training.earlyStopping.enabled': { key: 'earlyStopping' },
  'training.earlyStopping.patience': { key: 'patience', inEpochs: true },
  'training.earlyStopping.minDelta': { key: 'minDelta' },
  'training.earlyStopping.restoreBestWeights': { key: 'restoreBestWeights' },
  search: { key: 'search' },
  'search.strategy': { key: 'strategy' },
  'search.params': { key: 'searchParams' },
  'search.params.*': { key: 'searchParam' },
  'search.params.*.target': { key: 'searchTarget' },
  'search.params.*.distribution': { key: 'range' },
  'search.params.*.distribution.type': { key: 'rangeType' },
  'search.params.*.distribution.low': { key: 'low' },
  'search.params.*.distribution.high': { key: 'high' },
  'search.params.*.distribution.step': { key: 'step' },
  'search.params.*.distribution.log': { key: 'logScale' },
  'search.params.*.distribution.choices': { key: 'choices' },
  'search.params.*.distribution.choices.*': { key: 'eachChoice' },
  'search.params.*.gridPoints': { key: 'gridPoints' },
  'search.params.*.condition': { key: 'condition' },
  'search.params.*.condition.param': { key: 'conditionParam' },
  'search.params.*.condition.in': { key: 'conditionValues' },
  'search.params.*.condition.in.*': { key: 'eachConditionValue' },
  'search.objective': { key: 'objective' },
  'search.pruner': { key: 'pruner' },
  'search.pruner.kind': { key: 'pruner' },
  'search.pruner.startupTrials': { key: 'prunerStartupTrials' },
  'search.pruner.warmupSteps': { key: 'warmupEpochs' },
  'search.pruner.minResource': { key: 'minEpochs' },
  'search.pruner.reductionFactor': { key: 'reductionFactor' },
  'search.pruner.rungValue': { key: 'rankTrialsBy' },
  'search.cv': { key: 'folds' },
  'search.maxTrials': { key: 'maxTrials' },
  'search.maxMinutes': { key: 'maxMinutes' },
  'search.concurrency': { key: 'parallelTrials' },
  'search.startupTrials': { key: 'startupTrials' },
  // By last name: a layer's settings, and the seeds.
  seed: { key: 'seed' },
  units: { key: 'units' },
  activation: { key: 'activation' },
  kernelL1: { key: 'kernelL1' },
  kernelL2: { key: 'kernelL2' },
  rate: { key: 'rate' },
  targetShape: { key: 'targetShape' },
  filters: { key: 'filters' },
  kernelSize: { key: 'kernelSize' },
  strides: { key: 'strides' },
  padding: { key: 'padding' },
  poolSize: { key: 'poolSize' },
  returnSequences: { key: 'returnSequences' },
};

const lastName = (field: string) => field.split('.').findLast((key) => key !== '*') ?? field;

function fieldText(field: string): FieldText | undefined {
  return FIELDS[field] ?? FIELDS[lastName(field)];
}

/** A field's name; an unknown field goes by its own key (an identifier, not a word). */
function label(field: string): string {
  const text = fieldText(field);
  if (text) return i18n.t(`problems:fields.${text.key}`);
  return lastName(field) || i18n.t('problems:fields.experiment');
}

const inEpochs = (field: string) => fieldText(field)?.inEpochs === true;

type Digit = keyof (typeof en)['numberWords'];
/** Small counts as words, as some sentences read them ("at least one layer"). */
const word = (n: number): string =>
  Number.isInteger(n) && n >= 0 && n <= 9
    ? i18n.t(`problems:numberWords.${String(n) as Digit}`)
    : String(n);

type Expected = keyof (typeof en)['expected'];
const EXPECTED: readonly string[] = ['number', 'boolean', 'array', 'object', 'string'];
const expectedText = (expected: string) =>
  EXPECTED.includes(expected) ? i18n.t(`problems:expected.${expected as Expected}`) : expected;

/** Sentences for one field that read better than the general ones. */
const FIELD_SENTENCES: Readonly<Record<string, Partial<Sentences>>> = {
  'model.layers': {
    'too-few-items': ({ params }) =>
      i18n.t('problems:fieldSentences.layersTooFew', {
        count: params.min,
        number: word(params.min),
      }),
    'too-many-items': ({ params }) =>
      i18n.t('problems:fieldSentences.layersTooMany', { max: params.max }),
  },
  'model.layers.*.targetShape': {
    'wrong-type': () => i18n.t('problems:fieldSentences.targetShapeWrongType'),
    'too-few-items': ({ params }) =>
      i18n.t('problems:fieldSentences.targetShapeTooFew', {
        count: params.min,
        number: word(params.min),
      }),
    'too-many-items': ({ params }) =>
      i18n.t('problems:fieldSentences.targetShapeTooMany', {
        count: params.max,
        number: word(params.max),
      }),
  },
  'model.layers.*.padding': {
    'not-allowed': () => i18n.t('problems:fieldSentences.paddingNotAllowed'),
  },
  'dataset.csv.hash': { 'bad-format': () => i18n.t('problems:fieldSentences.csvHashBadFormat') },
  'search.params': {
    'too-many-items': ({ params }) =>
      i18n.t('problems:fieldSentences.searchParamsTooMany', { max: params.max }),
  },
  'search.params.*.distribution.choices': {
    'too-few-items': ({ params }) =>
      i18n.t('problems:fieldSentences.choicesTooFew', {
        count: params.min,
        number: word(params.min),
      }),
    'too-many-items': ({ params }) =>
      i18n.t('problems:fieldSentences.choicesTooMany', { max: params.max }),
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
    i18n.t('problems:codes.wrong-type', { field: label(field), expected: expectedText(expected) }),
  'not-whole': ({ params: { field } }: ProblemOf<'not-whole'>) =>
    inEpochs(field)
      ? i18n.t('problems:inEpochs.not-whole', { field: label(field) })
      : i18n.t('problems:codes.not-whole', { field: label(field) }),
  'too-small': ({ params: { field, min } }: ProblemOf<'too-small'>) =>
    inEpochs(field)
      ? i18n.t('problems:inEpochs.too-small', { field: label(field), count: min })
      : i18n.t('problems:codes.too-small', { field: label(field), min }),
  'too-big': ({ params: { field, max } }: ProblemOf<'too-big'>) =>
    inEpochs(field)
      ? i18n.t('problems:inEpochs.too-big', { field: label(field), count: max })
      : i18n.t('problems:codes.too-big', { field: label(field), max }),
  'too-few-items': ({ params: { field, min } }: ProblemOf<'too-few-items'>) =>
    i18n.t('problems:codes.too-few-items', { field: label(field), count: min }),
  'too-many-items': ({ params: { field, max } }: ProblemOf<'too-many-items'>) =>
    i18n.t('problems:codes.too-many-items', { field: label(field), count: max }),
  'too-short': ({ params: { field, min } }: ProblemOf<'too-short'>) =>
    i18n.t('problems:codes.too-short', { field: label(field), count: min }),
  'too-long': ({ params: { field, max } }: ProblemOf<'too-long'>) =>
    i18n.t('problems:codes.too-long', { field: label(field), count: max }),
  'not-allowed': ({ params: { field, allowed } }: ProblemOf<'not-allowed'>) =>
    allowed.includes(', ')
      ? i18n.t('problems:codes.not-allowed', { field: label(field), allowed })
      : i18n.t('problems:variants.mustBe', { field: label(field), allowed }),
  'bad-format': ({ params: { field } }: ProblemOf<'bad-format'>) =>
    i18n.t('problems:codes.bad-format', { field: label(field) }),
  invalid: ({ params: { field } }: ProblemOf<'invalid'>) =>
    i18n.t('problems:codes.invalid', { field: label(field) }),
};

/** "Circle", "MNIST digits"; an uploaded CSV by its file: "CSV: houses.csv". */
const datasetLabel = ({ dataset, file }: DatasetRef): string =>
  catalogDatasetLabel(
    dataset === 'csv' && file ? { name: dataset, fileName: file } : { name: dataset },
  );

const lossLabel = (loss: LossName) =>
  (LOSSES as readonly string[]).includes(loss) ? catalogLossLabel(loss) : String(loss);

function describedValue({ valueKind, value }: DescribedValue): string {
  switch (valueKind) {
    case 'missing':
    case 'null':
    case 'list':
    case 'group':
      return i18n.t(`problems:values.${valueKind}`);
    case 'type':
      return i18n.t('problems:values.type', { type: value });
    default:
      return value;
  }
}

function describedFallback({ fallbackKind, fallback }: DescribedFallback): string {
  if (fallbackKind === 'none') return i18n.t('problems:fallbacks.none');
  return fallbackKind === 'literal' ? fallback : i18n.t('problems:fallbacks.defaults');
}

/** A list's items ("layers"), and one of them as a sentence starts with it ("Layer"). */
const items = (item: ItemNoun) => i18n.t(`problems:listItems.${item}`);
const oneItem = (item: ItemNoun) => i18n.t(`problems:listItem.${item}`);

/** Why a repair happened, with where inside the repaired value it was ("units: …"). */
function reasonText(problem: Problem, context: ProblemContext): string {
  const { reason } = problem;
  if (!reason) return i18n.t('problems:reasons.notValid');
  const text = problemText(reason, context);
  return reason.path ? i18n.t('problems:reasons.at', { path: reason.path, reason: text }) : text;
}

function targetLabel(target: string, context: ProblemContext): string {
  const label = context.targetLabel?.(target) ?? target;
  return typeof label === 'string' ? label : messageText(label);
}

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

  'dataset-size': ({ params }) =>
    i18n.t(
      params.dataset === 'mnist'
        ? 'problems:variants.datasetSizeImages'
        : 'problems:codes.dataset-size',
      { dataset: datasetLabel(params), min: params.min, max: params.max },
    ),
  'noise-too-high': ({ params }) =>
    i18n.t('problems:codes.noise-too-high', { max: params.max, dataset: datasetLabel(params) }),
  'no-test-shift': ({ params }) =>
    i18n.t('problems:codes.no-test-shift', { dataset: datasetLabel(params) }),
  'splits-too-large': ({ params: { maxPercent } }) =>
    i18n.t('problems:codes.splits-too-large', { maxPercent, trainPercent: 100 - maxPercent }),
  'output-not-dense': ({ params }) =>
    i18n.t(
      params.task === 'regression'
        ? 'problems:variants.outputNotDenseRegression'
        : 'problems:codes.output-not-dense',
      { count: params.outputSize, dataset: datasetLabel(params) },
    ),
  'output-not-flat': ({ params }) =>
    i18n.t('problems:codes.output-not-flat', {
      shape: params.shape,
      dataset: datasetLabel(params),
      outputSize: params.outputSize,
    }),
  'binary-units': ({ params }) =>
    i18n.t('problems:codes.binary-units', { dataset: datasetLabel(params), units: params.units }),
  'binary-loss': ({ params }) =>
    i18n.t('problems:codes.binary-loss', { dataset: datasetLabel(params) }),
  'multiclass-units': ({ params }) =>
    i18n.t('problems:codes.multiclass-units', {
      dataset: datasetLabel(params),
      classes: params.classes,
      units: params.units,
    }),
  'multiclass-loss': ({ params }) =>
    i18n.t('problems:codes.multiclass-loss', {
      loss: lossLabel(params.loss),
      classes: params.classes,
    }),
  'regression-units': ({ params }) =>
    i18n.t('problems:codes.regression-units', {
      dataset: datasetLabel(params),
      outputSize: params.outputSize,
      units: params.units,
    }),
  'regression-loss': ({ params }) =>
    i18n.t('problems:codes.regression-loss', {
      dataset: datasetLabel(params),
      // Mid-sentence a label loses its capital in English; Chinese has none (Huber keeps its).
      loss:
        currentLanguage() === 'en' ? lossLabel(params.loss).toLowerCase() : lossLabel(params.loss),
    }),

  'needs-image': ({ params }) =>
    i18n.t('problems:codes.needs-image', {
      layer: params.layer,
      shape: params.shape,
      fix: messageText(params.fix),
    }),

  'searched-twice': ({ params }, c) =>
    i18n.t('problems:codes.searched-twice', { target: targetLabel(params.target, c) }),
  'needs-choices': ({ params }, c) =>
    i18n.t('problems:codes.needs-choices', { target: targetLabel(params.target, c) }),
  'choice-not-allowed': ({ params }, c) =>
    i18n.t('problems:codes.choice-not-allowed', {
      target: targetLabel(params.target, c),
      value: params.value,
    }),
  'choice-out-of-range': ({ params }, c) =>
    i18n.t('problems:codes.choice-out-of-range', {
      target: targetLabel(params.target, c),
      value: params.value,
      min: params.min,
      max: params.max,
    }),
  'needs-int-range': ({ params }, c) =>
    i18n.t('problems:codes.needs-int-range', { target: targetLabel(params.target, c) }),
  'range-outside-limits': ({ params }, c) =>
    i18n.t('problems:codes.range-outside-limits', {
      target: targetLabel(params.target, c),
      min: params.min,
      max: params.max,
    }),
  'condition-order': ({ params }, c) =>
    i18n.t('problems:codes.condition-order', { target: targetLabel(params.target, c) }),
  'experiment-has-problems': (p, c) =>
    i18n.t('problems:codes.experiment-has-problems', {
      reason: p.reason ? problemText(p.reason, c) : i18n.t('problems:reasons.notValid'),
    }),

  'study-trials-skipped': ({ params }) =>
    params.count === 1
      ? i18n.t('problems:variants.oneTrialSkipped', { trial: params.first + 1 })
      : i18n.t('problems:codes.study-trials-skipped', {
          trial: params.first + 1,
          after: params.count - 1,
        }),
  'search-resumed': ({ params }) =>
    params.interrupted === 0
      ? i18n.t('problems:codes.search-resumed', { trials: params.trials })
      : i18n.t('problems:variants.searchResumedInterrupted', {
          trials: params.trials,
          count: params.interrupted,
        }),
  'not-settings': ({ params }) =>
    i18n.t('problems:codes.not-settings', { value: describedValue(params) }),
  'still-invalid': (p, c) => i18n.t('problems:codes.still-invalid', { reason: reasonText(p, c) }),
  'output-fitted': ({ params }) =>
    i18n.t('problems:codes.output-fitted', { dataset: datasetLabel(params) }),
  'version-missing': ({ path, params }) =>
    i18n.t('problems:codes.version-missing', { path, assumed: params.assumed }),
  'version-invalid': ({ path, params }) =>
    i18n.t('problems:codes.version-invalid', {
      path,
      value: describedValue(params),
      assumed: params.assumed,
    }),
  'section-missing': ({ path }) => i18n.t('problems:codes.section-missing', { path }),
  'section-not-settings': ({ path, params }) =>
    i18n.t('problems:codes.section-not-settings', { path, value: describedValue(params) }),
  'value-missing': ({ path, params }) =>
    i18n.t('problems:codes.value-missing', { path, fallback: describedFallback(params) }),
  'value-replaced': (p, c) =>
    i18n.t('problems:codes.value-replaced', {
      path: p.path,
      value: describedValue(p.params),
      reason: reasonText(p, c),
      fallback: describedFallback(p.params),
    }),
  'list-missing': ({ path, params }) =>
    i18n.t('problems:codes.list-missing', { path, items: items(params.item) }),
  'list-not-list': ({ path, params }) =>
    i18n.t('problems:codes.list-not-list', {
      path,
      value: describedValue(params),
      items: items(params.item),
    }),
  'item-dropped': (p, c) =>
    i18n.t('problems:codes.item-dropped', {
      item: oneItem(p.params.item),
      index: p.params.index,
      path: p.path,
      reason: reasonText(p, c),
    }),
  'more-items-dropped': ({ path, params }) =>
    i18n.t('problems:codes.more-items-dropped', {
      more: params.count,
      items: items(params.item),
      path,
    }),
  'list-truncated': (p, c) =>
    i18n.t('problems:codes.list-truncated', {
      path: p.path,
      items: items(p.params.item),
      reason: reasonText(p, c),
      kept: p.params.kept,
    }),
  'list-empty': ({ path, params }) =>
    i18n.t('problems:codes.list-empty', { path, items: items(params.item) }),
  'list-still-invalid': (p, c) =>
    i18n.t('problems:codes.list-still-invalid', {
      path: p.path,
      reason: reasonText(p, c),
      items: items(p.params.item),
    }),
};
