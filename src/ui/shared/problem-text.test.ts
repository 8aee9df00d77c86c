import LZString from 'lz-string';
import { afterEach, describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import { LIMITS, SPEC_VERSION } from '../../experiment/experiment';
import type { Problem, ProblemCode, ProblemOf } from '../../experiment/problem';
import { PROBLEM_CODES, problem } from '../../experiment/problem';
import { restoreSpec } from '../../experiment/restore';
import { switchDataset } from '../../experiment/adapt';
import type { ExperimentSpec } from '../../experiment/experiment';
import type { SearchParamSpec } from '../../experiment/search-schema';
import { searchIssues, targetLabel } from '../../experiment/search-targets';
import { validateSpec } from '../../experiment/validate';
import {
  decodeSpecFromHash,
  encodeSpecToHash,
  LINK_PREFIX,
  MAX_LINK_PAYLOAD_CHARS,
  MAX_UNPACKED_CHARS,
} from '../../experiment/share-link';
import { imageFix } from '../../experiment/shape-messages';
import { i18n } from '../i18n/i18n';
import { messageText } from '../i18n/message-text';
import { problemText } from './problem-text';

type Json = Record<string, unknown>;

const defaultJson = (): Json => JSON.parse(JSON.stringify(DEFAULT_SPEC)) as Json;

/** A JSON copy of the default spec with one dotted path set (or deleted, for undefined). */
const withValue = (path: string, value: unknown): Json => {
  const spec = defaultJson();
  const keys = path.split('.');
  const last = keys.pop()!;
  let target: Json = spec;
  for (const key of keys) target = target[key] as Json;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return spec;
};

const restoredTexts = (input: unknown) => restoreSpec(input).problems.map((p) => problemText(p));
const pack = (value: unknown): string =>
  LINK_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(value));
const linkTexts = (hash: string) => decodeSpecFromHash(hash).problems.map((p) => problemText(p));
const validLayer = () => structuredClone(DEFAULT_SPEC.model.layers[0]!);

const DAMAGED =
  'The link is damaged: it could not be decompressed. Showing the default experiment.';

const labelOf = (target: string) =>
  ({ 'model.layers.1.units': 'Layer 2 (Dense): units', 'training.optimizer': 'Optimizer' })[
    target
  ] ?? target;
const iris = { dataset: 'iris', file: '' } as const;
const circle = { dataset: 'circle', file: '' } as const;

/** One problem of each code, and the sentence it reads as: the app's wording. */
const SENTENCES: { [C in ProblemCode]: [ProblemOf<C>, string] } = {
  'wrong-type': [
    problem('wrong-type', 'training.epochs', { field: 'training.epochs', expected: 'number' }),
    'Epochs must be a number',
  ],
  'not-whole': [
    problem('not-whole', 'training.schedule.everyEpochs', {
      field: 'training.schedule.everyEpochs',
    }),
    'Decay interval must be a whole number of epochs',
  ],
  'too-small': [
    problem('too-small', 'training.earlyStopping.patience', {
      field: 'training.earlyStopping.patience',
      min: 1,
    }),
    'Patience must be at least 1 epoch',
  ],
  'too-big': [
    problem('too-big', 'model.layers.2.units', { field: 'model.layers.*.units', max: 4096 }),
    'Units must be at most 4096',
  ],
  'too-few-items': [
    problem('too-few-items', 'model.layers', { field: 'model.layers', min: 1 }),
    'The model needs at least one layer',
  ],
  'too-many-items': [
    problem('too-many-items', 'model.layers.0.targetShape', {
      field: 'model.layers.*.targetShape',
      max: 3,
    }),
    'Target shape can have at most three dimensions',
  ],
  'too-short': [
    problem('too-short', 'dataset.csv.target', { field: 'dataset.csv.target', min: 1 }),
    'Column to predict needs at least 1 character',
  ],
  'too-long': [
    problem('too-long', 'search.params.0.target', { field: 'search.params.*.target', max: 100 }),
    'Searched field can have at most 100 characters',
  ],
  'not-allowed': [
    problem('not-allowed', 'model.layers.0.padding', {
      field: 'model.layers.*.padding',
      allowed: 'valid, same',
    }),
    'Padding must be "valid" or "same"',
  ],
  'bad-format': [
    problem('bad-format', 'dataset.csv.hash', { field: 'dataset.csv.hash' }),
    'CSV hash must be hexadecimal',
  ],
  invalid: [
    problem('invalid', 'search.params.0.distribution', { field: 'search.params.*.distribution' }),
    'Range is not valid',
  ],
  'low-above-high': [
    problem('low-above-high', 'search.params.0.distribution', {
      field: 'search.params.*.distribution',
    }),
    'Low must not be above high',
  ],
  'log-needs-positive-low': [
    problem('log-needs-positive-low', 'search.params.0.distribution', {
      field: 'search.params.*.distribution',
    }),
    'A log scale needs a low above 0',
  ],
  'log-needs-low-of-one': [
    problem('log-needs-low-of-one', 'search.params.0.distribution', {
      field: 'search.params.*.distribution',
    }),
    'A log scale needs a low of at least 1',
  ],
  'log-needs-step-one': [
    problem('log-needs-step-one', 'search.params.0.distribution', {
      field: 'search.params.*.distribution',
    }),
    'A log scale needs a step of 1',
  ],
  'dataset-size': [
    problem('dataset-size', 'dataset.numPoints', { dataset: 'curve', file: '', min: 5, max: 500 }),
    '1-D curve needs between 5 and 500 points',
  ],
  'noise-too-high': [
    problem('noise-too-high', 'dataset.noise', { ...circle, max: 0.5 }),
    'Noise must be at most 0.5 for Circle',
  ],
  'no-test-shift': [
    problem('no-test-shift', 'dataset.testShift', iris),
    'Iris has no shifted test set; choose "none"',
  ],
  'csv-missing': [
    problem('csv-missing', 'dataset.csv', {}),
    'Upload a CSV file and choose the column to predict',
  ],
  'splits-too-large': [
    problem('splits-too-large', 'training.testSplit', { maxPercent: 80 }),
    'Validation and test together may take at most 80% of the data, leaving 20% to train on',
  ],
  'layer-needs-dimension': [
    problem('layer-needs-dimension', 'model.layers.0', { layer: 'Dense' }),
    'Dense needs an input with at least one dimension.',
  ],
  'flatten-already-flat': [
    problem('flatten-already-flat', 'model.layers.0', { shape: '(64)' }),
    'Flatten needs an input with 2 or more dimensions but receives (64), which is already flat. Remove the Flatten.',
  ],
  'reshape-size-mismatch': [
    problem('reshape-size-mismatch', 'model.layers.0', {
      target: '(5, 5)',
      targetSize: 25,
      shape: '(28, 28, 1)',
      size: 784,
    }),
    'Reshape to (5, 5) holds 25 values but its input (28, 28, 1) holds 784. Choose sizes that multiply to 784.',
  ],
  'kernel-too-large': [
    problem('kernel-too-large', 'model.layers.0', {
      layer: 'Conv2D',
      size: 5,
      shape: '(4, 4, 1)',
      max: 4,
    }),
    'Conv2D\'s 5×5 kernel is larger than its input (4, 4, 1), so with padding "valid" nothing is left. Use a kernel of at most 4, or padding "same".',
  ],
  'window-too-large': [
    problem('window-too-large', 'model.layers.1', {
      layer: 'MaxPooling2D',
      size: 3,
      shape: '(2, 2, 16)',
      max: 2,
    }),
    'MaxPooling2D\'s 3×3 window is larger than its input (2, 2, 16), so with padding "valid" nothing is left. Use a window of at most 2, or padding "same".',
  ],
  'sequence-from-values': [
    problem('sequence-from-values', 'model.layers.0', {
      layer: 'LSTM',
      shape: '(64)',
      target: '(64, 1)',
    }),
    'LSTM needs a sequence (timesteps, features) but receives (64). Add a Reshape to (64, 1) first, so each value is one timestep.',
  ],
  'sequence-from-rows': [
    problem('sequence-from-rows', 'model.layers.0', {
      layer: 'GRU',
      shape: '(28, 28, 1)',
      target: '(28, 28)',
    }),
    'GRU needs a sequence (timesteps, features) but receives (28, 28, 1). Add a Reshape to (28, 28) first, so each row is one timestep.',
  ],
  'needs-image': [
    problem('needs-image', 'model.layers.1', {
      layer: 'Conv2D',
      shape: '(64)',
      fix: imageFix('remove-flatten', {}),
    }),
    'Conv2D needs a 3-D input (height, width, channels) but receives (64). Remove the Flatten or add a Reshape.',
  ],
  'input-shape-invalid': [
    problem('input-shape-invalid', 'model', { shape: '(0)' }),
    'The input shape (0) is not valid: every size must be a whole number of at least 1.',
  ],
  'too-many-params': [
    problem('too-many-params', 'model', { params: 50_004_000, limit: 50_000_000 }),
    'This model has 50,004,000 parameters, more than the 50,000,000 a browser tab can train. Use fewer units or filters, or add pooling before Flatten.',
  ],
  'output-not-dense': [
    problem('output-not-dense', 'model.layers.2', {
      ...iris,
      task: 'multiclass',
      outputSize: 3,
    }),
    "The last layer must be a Dense layer with 3 units to give Iris's class probabilities. Add one at the end.",
  ],
  'output-not-flat': [
    problem('output-not-flat', 'model.layers.2', {
      dataset: 'mnist',
      file: '',
      shape: '26, 26, 10',
      outputSize: 10,
    }),
    "The model's output has shape (26, 26, 10) but MNIST digits needs (10): add a Flatten or GlobalAveragePooling2D before the last Dense layer.",
  ],
  'binary-units': [
    problem('binary-units', 'model.layers.2.units', { ...circle, units: 2 }),
    'Circle has two classes, so the last layer needs 1 unit (the probability of class 1), not 2.',
  ],
  'binary-loss': [
    problem('binary-loss', 'training.loss', circle),
    'Circle has two classes: use binary cross-entropy with one sigmoid unit.',
  ],
  'binary-activation': [
    problem('binary-activation', 'model.layers.2.activation', { activation: 'relu' }),
    'Binary cross-entropy needs probabilities: give the last layer a sigmoid activation instead of relu.',
  ],
  'multiclass-units': [
    problem('multiclass-units', 'model.layers.2.units', { ...iris, classes: 3, units: 2 }),
    'Iris has 3 classes, so the last layer needs 3 units (one per class), not 2.',
  ],
  'multiclass-loss': [
    problem('multiclass-loss', 'training.loss', { loss: 'binaryCrossentropy', classes: 3 }),
    'Binary cross-entropy does not fit 3 classes: use sparse categorical cross-entropy.',
  ],
  'multiclass-activation': [
    problem('multiclass-activation', 'model.layers.2.activation', { activation: 'sigmoid' }),
    'Categorical cross-entropy needs one probability per class: give the last layer a softmax activation instead of sigmoid.',
  ],
  'regression-units': [
    problem('regression-units', 'model.layers.2.units', {
      dataset: 'plane',
      file: '',
      outputSize: 1,
      units: 3,
    }),
    'Plane predicts one number, so the last layer needs 1 unit, not 3.',
  ],
  'regression-loss': [
    problem('regression-loss', 'training.loss', {
      dataset: 'plane',
      file: '',
      loss: 'binaryCrossentropy',
    }),
    'Plane is a regression task: use mean squared error, mean absolute error or Huber, not binary cross-entropy.',
  ],
  'regression-softmax': [
    problem('regression-softmax', 'model.layers.2.activation', {}),
    'A softmax output always sums to 1, so it cannot predict a number: use a linear activation on the last layer.',
  ],
  'objective-needs-classes': [
    problem('objective-needs-classes', 'search.objective', {}),
    'A regression dataset has no accuracy; choose validation loss',
  ],
  'unknown-target': [
    problem('unknown-target', 'search.params.0.target', { target: 'model.layers.9.units' }),
    '"model.layers.9.units" is not a field of this model or its training settings',
  ],
  'searched-twice': [
    problem('searched-twice', 'search.params.1.target', { target: 'training.optimizer' }),
    'Optimizer is searched twice',
  ],
  'needs-choices': [
    problem('needs-choices', 'search.params.0.distribution', { target: 'training.optimizer' }),
    'Optimizer: choose among values, not a range',
  ],
  'choice-not-allowed': [
    problem('choice-not-allowed', 'search.params.0.distribution', {
      target: 'training.optimizer',
      value: 'lbfgs',
    }),
    'Optimizer: "lbfgs" is not one of its values',
  ],
  'choice-out-of-range': [
    problem('choice-out-of-range', 'search.params.0.distribution', {
      target: 'model.layers.1.units',
      value: '5000',
      min: 1,
      max: 4096,
    }),
    'Layer 2 (Dense): units: 5000 is outside 1–4096',
  ],
  'needs-int-range': [
    problem('needs-int-range', 'search.params.0.distribution', {
      target: 'model.layers.1.units',
    }),
    'Layer 2 (Dense): units: a whole-number field needs an int range',
  ],
  'range-outside-limits': [
    problem('range-outside-limits', 'search.params.0.distribution', {
      target: 'model.layers.1.units',
      min: 1,
      max: 4096,
    }),
    'Layer 2 (Dense): units: the range must stay within 1–4096',
  ],
  'repeats-overlap': [
    problem('repeats-overlap', 'search.params.1.target', {}),
    'Repeated blocks must not overlap',
  ],
  'condition-order': [
    problem('condition-order', 'search.params.0.condition', { target: 'model.layers.1.units' }),
    'Layer 2 (Dense): units can only depend on a parameter listed above it',
  ],
  'experiment-has-problems': [
    problem(
      'experiment-has-problems',
      '',
      {},
      problem('too-small', 'training.epochs', { field: 'training.epochs', min: 1 }),
    ),
    'The experiment has problems to fix first: Epochs must be at least 1.',
  ],
  'search-space-empty': [
    problem('search-space-empty', 'search.params', {}),
    'Add at least one parameter to search.',
  ],
  'link-damaged': [problem('link-damaged', '', {}), DAMAGED],
  'link-waits-for-training': [
    problem('link-waits-for-training', '', {}),
    'The link you opened will open as soon as the training or the search ends: the builder is locked until then.',
  ],
  'link-too-long': [
    problem('link-too-long', '', { length: 20_001, max: 20_000 }),
    'The link is too long (20,001 characters; the limit is 20,000). Showing the default experiment.',
  ],
  'link-too-large': [
    problem('link-too-large', '', { max: 200_000 }),
    'The link unpacks to more than 200,000 characters, too many for an experiment. Showing the default experiment.',
  ],
  'unknown-backend': [
    problem('unknown-backend', 'backend', { value: 'tpu', choices: 'auto, cpu' }),
    'The link asks for a backend named "tpu", which does not exist; using Auto instead. Choose from auto, cpu.',
  ],
  'unknown-lesson': [
    problem('unknown-lesson', 'lesson', { value: 'alchemy' }),
    'The link asks for a lesson named "alchemy", which does not exist. Open one from the Lessons menu.',
  ],
  'unknown-control': [
    problem('unknown-control', 'hide', { value: 'turbo' }),
    'The link asks to hide a control named "turbo", which does not exist; it was ignored.',
  ],
  'unknown-language': [
    problem('unknown-language', 'lang', { value: 'fr', choices: 'en, zh-CN' }),
    'The link asks for the language "fr", which TrainTab does not speak; it opens in the language chosen before or the browser’s. Choose from en, zh-CN.',
  ],
  'storage-unavailable': [
    problem('storage-unavailable', '', {}),
    'This browser keeps nothing for this page (its storage is off or blocked, as in some private windows): runs and searches are lost when the tab closes.',
  ],
  'storage-write-failed': [
    problem('storage-write-failed', '', { reason: 'QuotaExceededError' }),
    'Saving in this browser failed (QuotaExceededError): what is on screen is not kept past this tab. To make room, trim or delete old runs and searches under "Saved in this browser", or this site\'s data in the browser\'s settings.',
  ],
  'study-unreadable': [
    problem('study-unreadable', '', {}),
    'The search saved in this browser could not be read, so it was not reopened.',
  ],
  'study-trials-skipped': [
    problem('study-trials-skipped', '', { count: 3, first: 4 }),
    'Trial 5 of the saved search could not be read: it and the 2 after it were left out.',
  ],
  'search-resumed': [
    problem('search-resumed', '', { trials: 4, interrupted: 1 }),
    'The search goes on where it stopped, with its 4 trials so far. 1 trial was training when the page closed: it runs again.',
  ],
  'search-followed': [
    problem('search-followed', '', {}),
    'This search is running in another tab of TrainTab: this tab shows it as it goes, and takes it over if that tab closes.',
  ],
  'study-file-not-json': [
    problem('study-file-not-json', '', {}),
    'This file is not a saved search: it is not JSON. Nothing was imported.',
  ],
  'study-file-invalid': [
    problem('study-file-invalid', '', { field: 'trials.3.state' }),
    'This file is not a saved search TrainTab can read: its "trials.3.state" is missing or wrong. Nothing was imported.',
  ],
  unreadable: [
    problem('unreadable', '', {}),
    'The experiment could not be read. Showing the default experiment.',
  ],
  'not-settings': [
    problem('not-settings', '', { valueKind: 'type', value: 'function' }),
    'The experiment was a function, not a group of settings. Showing the default experiment.',
  ],
  'newer-version': [
    problem('newer-version', 'version', { version: 3, current: 2 }),
    'This link was made by a newer version of TrainTab (version 3) than this one (version 2), so it cannot be opened here. Showing the default experiment; reloading the page may fetch the newer TrainTab.',
  ],
  'still-invalid': [
    problem(
      'still-invalid',
      '',
      {},
      problem('too-few-items', 'model.layers', { field: 'model.layers', min: 1 }),
    ),
    'The repaired experiment was still invalid (model.layers: The model needs at least one layer). Showing the default experiment.',
  ],
  'output-fitted': [
    problem('output-fitted', 'model', iris),
    "The model's output layer and loss were fitted to Iris.",
  ],
  'version-missing': [
    problem('version-missing', 'version', { assumed: 1 }),
    'version was missing; reading the experiment as version 1.',
  ],
  'version-invalid': [
    problem('version-invalid', 'version', { valueKind: 'literal', value: '1.5', assumed: 1 }),
    'version was 1.5, which is not a TrainTab version; reading the experiment as version 1.',
  ],
  'section-missing': [
    problem('section-missing', 'training', {}),
    'training was missing; using the defaults.',
  ],
  'section-not-settings': [
    problem('section-not-settings', 'search.pruner', { valueKind: 'null', value: '' }),
    'search.pruner was empty (null), not a group of settings; using the defaults.',
  ],
  'value-missing': [
    problem('value-missing', 'dataset.csv', { fallbackKind: 'none', fallback: '' }),
    'dataset.csv was missing; using none.',
  ],
  'value-replaced': [
    problem(
      'value-replaced',
      'training.earlyStopping.patience',
      { valueKind: 'literal', value: '0.5', fallbackKind: 'literal', fallback: '10' },
      problem('not-whole', '', { field: 'training.earlyStopping.patience' }),
    ),
    'training.earlyStopping.patience was 0.5 (Patience must be a whole number of epochs); using 10.',
  ],
  'list-missing': [
    problem('list-missing', 'model.layers', { item: 'layer' }),
    'model.layers was missing; using the default layers.',
  ],
  'list-not-list': [
    problem('list-not-list', 'search.params', { valueKind: 'group', value: '', item: 'item' }),
    'search.params was a group of settings, not a list of items; using the default items.',
  ],
  'item-dropped': [
    problem(
      'item-dropped',
      'model.layers',
      { item: 'layer', index: 2 },
      problem('not-allowed', 'activation', {
        field: 'model.layers.*.activation',
        allowed: 'relu, tanh',
      }),
    ),
    'Layer 2 of model.layers was dropped (activation: Activation must be one of relu, tanh).',
  ],
  'more-items-dropped': [
    problem('more-items-dropped', 'search.params', { item: 'item', count: 3 }),
    '…and 3 more items of search.params were dropped.',
  ],
  'list-truncated': [
    problem(
      'list-truncated',
      'search.params',
      { item: 'item', kept: 12 },
      problem('too-many-items', '', { field: 'search.params', max: 12 }),
    ),
    'search.params had too many items (Search at most 12 parameters); keeping the first 12.',
  ],
  'list-empty': [
    problem('list-empty', 'model.layers', { item: 'layer' }),
    'No valid layers were left in model.layers; using the default layers.',
  ],
  'list-still-invalid': [
    problem('list-still-invalid', 'model.layers', { item: 'layer' }),
    'model.layers was still invalid after the repairs (it is not valid); using the default layers.',
  ],
};

describe('problemText', () => {
  it('has a sentence for every code', () => {
    expect(Object.keys(SENTENCES).sort()).toEqual([...PROBLEM_CODES].sort());
    for (const [code, [sample, sentence]] of Object.entries(SENTENCES)) {
      expect(sample.code).toBe(code);
      expect(problemText(sample as Problem, { targetLabel: labelOf }), code).toBe(sentence);
    }
  });

  it('names a searched field by its path when no label is given', () => {
    expect(
      problemText(problem('searched-twice', 'search.params.1.target', { target: 'x.y' })),
    ).toBe('x.y is searched twice');
  });

  describe('opening a link', () => {
    it('says what was wrong with a damaged, oversized or newer link', () => {
      expect(linkTexts('#e=not a link!')).toEqual([DAMAGED]);
      expect(linkTexts(`#e=${'A'.repeat(MAX_LINK_PAYLOAD_CHARS + 1)}`)).toEqual([
        'The link is too long (20,001 characters; the limit is 20,000). Showing the default experiment.',
      ]);
      expect(
        linkTexts(pack({ v: SPEC_VERSION, spec: { ...DEFAULT_SPEC, pad: 'x'.repeat(250_000) } })),
      ).toEqual([
        `The link unpacks to more than ${MAX_UNPACKED_CHARS.toLocaleString('en-US')} characters, too many for an experiment. Showing the default experiment.`,
      ]);
      expect(linkTexts(pack({ v: SPEC_VERSION + 1, spec: DEFAULT_SPEC }))).toEqual([
        expect.stringMatching(
          new RegExp(
            `^This link was made by a newer version of TrainTab \\(version ${SPEC_VERSION + 1}\\)`,
          ),
        ),
      ]);
      expect(linkTexts(pack(null))).toEqual([
        'The experiment was empty (null), not a group of settings. Showing the default experiment.',
      ]);
      expect(linkTexts(pack({ v: 1, spec: [1] }))).toEqual([
        'The experiment was a list, not a group of settings. Showing the default experiment.',
      ]);
    });

    it('renders every problem of damaged and mutated links as a short sentence', () => {
      const rng = createRng(7);
      const json = JSON.stringify({ v: SPEC_VERSION, spec: DEFAULT_SPEC });
      const garbage = [null, -1, 'x', [1], { a: 1 }, 1.5, true];
      for (let i = 0; i < 300; i++) {
        const spec = JSON.parse(json) as Json;
        // Breaks one or two fields anywhere in the spec, or cuts the payload short.
        const paths: string[] = [];
        const walk = (value: unknown, path: string) => {
          paths.push(path);
          if (typeof value === 'object' && value !== null)
            for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
        };
        walk(spec, 'spec');
        const hash = (() => {
          if (i % 5 === 0) {
            const payload = encodeSpecToHash(DEFAULT_SPEC).slice(LINK_PREFIX.length);
            return LINK_PREFIX + payload.slice(0, Math.floor(rng.next() * payload.length));
          }
          const envelope: Json = { v: SPEC_VERSION, spec };
          for (let n = 0; n < 2; n++) {
            const path = paths[Math.floor(rng.next() * paths.length)]!.split('.');
            const last = path.pop()!;
            let target: unknown = envelope;
            for (const key of path) target = (target as Json | null)?.[key];
            // An earlier break may have replaced a parent of this path.
            if (typeof target === 'object' && target !== null)
              (target as Json)[last] = garbage[Math.floor(rng.next() * garbage.length)];
          }
          return pack(envelope);
        })();
        for (const text of linkTexts(hash)) {
          expect(text.length).toBeGreaterThan(0);
          expect(text.length).toBeLessThan(600);
          expect(text).not.toMatch(/undefined|\[object|NaN/);
        }
      }
    });
  });

  describe('restoring an experiment, with the wording of the app', () => {
    it('replaces an invalid field with its default and says what was wrong', () => {
      const input = withValue('training.epochs', -3);
      expect(restoredTexts(input)).toEqual([
        'training.epochs was -3 (Epochs must be at least 1); using 100.',
      ]);
    });

    it.each([
      ['dataset.name', 'spiral2', 'dataset.name was "spiral2" (Dataset must be one of'],
      ['dataset.numPoints', '12', 'dataset.numPoints was "12" (Number of points must be a number)'],
      ['dataset.noise', 5, 'dataset.noise was 5 (Noise must be at most 1); using 0.1.'],
      ['dataset.seed', 1.5, 'dataset.seed was 1.5 (Seed must be a whole number); using 1.'],
      ['dataset.standardize', 'yes', 'dataset.standardize was "yes" ('],
      ['dataset.csv', { fileName: 3 }, 'dataset.csv was a group of settings (fileName:'],
      ['training.optimizer', 'warp', 'training.optimizer was "warp" (Optimizer must be one of'],
      [
        'training.batchSize',
        0,
        'training.batchSize was 0 (Batch size must be at least 1); using 32',
      ],
      ['training.validationSplit', null, 'training.validationSplit was empty (null) ('],
    ])('repairs %s on its own', (path, value, message) => {
      const texts = restoredTexts(withValue(path, value));
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain(message);
    });

    it('names the values a choice allows', () => {
      expect(restoredTexts(withValue('dataset.name', 'spiral2'))[0]).toContain(
        'Dataset must be one of circle, xor, gaussians, spiral, moons',
      );
      expect(restoredTexts(withValue('dataset.standardize', 'yes'))[0]).toBe(
        'dataset.standardize was "yes" (Standardize must be true or false); using false.',
      );
    });

    it('fills a missing field with its default and names it', () => {
      expect(restoredTexts(withValue('dataset.noise', undefined))).toEqual([
        'dataset.noise was missing; using 0.1.',
      ]);
    });

    it('shortens long strings', () => {
      expect(restoredTexts(withValue('dataset.name', 'x'.repeat(5000)))[0]!.length).toBeLessThan(
        300,
      );
    });

    it('names dropped layers, their position and why', () => {
      const layers = [validLayer(), { ...validLayer(), units: -1 }, { type: 'warp' }, validLayer()];
      const texts = restoredTexts(withValue('model.layers', layers));
      expect(texts[0]).toMatch(/^Layer 2 of model\.layers was dropped \(units: Units must be/);
      expect(texts[1]).toMatch(/^Layer 3 of model\.layers was dropped \(type: /);
      expect(texts[1]).toContain('type: Layer type must be one of dense, dropout,');
    });

    it('says when no layer was left, too many were given, or many were dropped', () => {
      expect(restoredTexts(withValue('model.layers', []))).toEqual([
        'No valid layers were left in model.layers; using the default layers.',
      ]);
      const many = Array.from({ length: LIMITS.layers.max + 5 }, validLayer);
      expect(restoredTexts(withValue('model.layers', many))[0]).toBe(
        `model.layers had too many layers (The model can have at most ${LIMITS.layers.max} layers); keeping the first ${LIMITS.layers.max}.`,
      );
      const dropped = [validLayer(), ...Array.from({ length: 10_000 }, () => ({ type: 1 }))];
      expect(restoredTexts(withValue('model.layers', dropped))[5]).toBe(
        '…and 9995 more layers of model.layers were dropped.',
      );
      expect(restoredTexts(withValue('model.layers', 'dense'))).toEqual([
        'model.layers was "dense", not a list of layers; using the default layers.',
      ]);
    });

    it('describes sections, versions and the whole input', () => {
      expect(restoredTexts({ nested: { deeper: [null] } })).toEqual([
        'version was missing; reading the experiment as version 1.',
        'dataset was missing; using the defaults.',
        'model was missing; using the defaults.',
        'training was missing; using the defaults.',
      ]);
      expect(restoredTexts(withValue('training.schedule', [1]))).toEqual([
        'training.schedule was a list, not a group of settings; using the defaults.',
      ]);
      expect(restoredTexts(withValue('version', '1'))).toEqual([
        'version was "1", which is not a TrainTab version; reading the experiment as version 1.',
      ]);
      expect(restoredTexts(42)).toEqual([
        'The experiment was 42, not a group of settings. Showing the default experiment.',
      ]);
      expect(restoredTexts(undefined)).toEqual([
        'The experiment was missing, not a group of settings. Showing the default experiment.',
      ]);
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
        },
      );
      expect(restoredTexts(hostile)).toEqual([
        'The experiment could not be read. Showing the default experiment.',
      ]);
    });

    it('says when the output layer and loss were fitted to the dataset', () => {
      const texts = restoredTexts({
        version: 1,
        dataset: { ...DEFAULT_SPEC.dataset, name: 'iris', standardize: true },
        training: { ...DEFAULT_SPEC.training, loss: 'nonsense' },
      });
      expect(texts.at(-1)).toBe("The model's output layer and loss were fitted to Iris.");
      expect(
        problemText(problem('output-fitted', 'model', { dataset: 'csv', file: 'houses.csv' })),
      ).toBe("The model's output layer and loss were fitted to CSV: houses.csv.");
    });
  });

  describe('checking a spec, with the wording of the app', () => {
    const withChanges = (change: (spec: ExperimentSpec) => void): unknown => {
      const spec = structuredClone(DEFAULT_SPEC);
      change(spec);
      return spec;
    };
    const texts = (input: unknown) => {
      const result = validateSpec(input);
      return result.ok ? [] : result.issues.map((issue) => problemText(issue));
    };
    const dense = (units: number, activation: string) => ({
      type: 'dense',
      units,
      activation,
      kernelL1: 0,
      kernelL2: 0,
    });

    it('names the field and its limit', () => {
      expect(texts(withChanges((s) => (s.training.epochs = 20000)))).toEqual([
        'Epochs must be at most 10000',
      ]);
      expect(texts(withChanges((s) => (s.training.epochs = 0)))).toEqual([
        'Epochs must be at least 1',
      ]);
      expect(texts(withChanges((s) => (s.training.batchSize = 0)))).toEqual([
        'Batch size must be at least 1',
      ]);
      expect(texts(withChanges((s) => (s.training.batchSize = 2.5)))).toEqual([
        'Batch size must be a whole number',
      ]);
      expect(texts(withChanges((s) => (s.training.epochs = Number.NaN)))).toEqual([
        'Epochs must be a number',
      ]);
      expect(texts(withChanges((s) => (s.model.layers = [])))).toEqual([
        'The model needs at least one layer',
      ]);
      expect(texts(withChanges((s) => Object.assign(s, { version: 99 })))).toEqual([
        `Spec version must be ${SPEC_VERSION}`,
      ]);
      expect(texts(withChanges((s) => Object.assign(s.model.layers[0]!, { units: 0 })))).toEqual([
        'Units must be at least 1',
      ]);
      expect(texts(withChanges((s) => (s.training.earlyStopping.patience = 0)))).toEqual([
        'Patience must be at least 1 epoch',
      ]);
    });

    it.each([
      ['not an object', 'hello'],
      ['a wrong version', withChanges((s) => Object.assign(s, { version: 99 }))],
      ['an unknown optimizer', withChanges((s) => Object.assign(s.training, { optimizer: 'x' }))],
      [
        'an unknown activation',
        withChanges((s) => Object.assign(s.model.layers[0]!, { activation: 'cube' })),
      ],
      ['too much noise', withChanges((s) => (s.dataset.noise = 2))],
    ])('says in a sentence what is wrong with %s', (_, input) => {
      const all = texts(input);
      expect(all.length).toBeGreaterThan(0);
      for (const text of all) expect(text.length).toBeGreaterThan(10);
    });

    it('says why the output does not fit the dataset', () => {
      expect(
        texts(withChanges((s) => Object.assign(s.model.layers[2]!, { units: 2 })))[0],
      ).toContain('needs 1 unit');
      expect(
        texts(withChanges((s) => Object.assign(s.model.layers[2]!, { activation: 'relu' })))[0],
      ).toContain('sigmoid');
      const iris = switchDataset(DEFAULT_SPEC, 'iris');
      const wrongUnits = {
        ...iris,
        model: { layers: [iris.model.layers[0]!, dense(2, 'softmax')] },
      };
      expect(texts(wrongUnits)).toEqual([
        'Iris has 3 classes, so the last layer needs 3 units (one per class), not 2.',
      ]);
      expect(
        texts({ ...iris, training: { ...iris.training, loss: 'binaryCrossentropy' } }),
      ).toEqual([
        'Binary cross-entropy does not fit 3 classes: use sparse categorical cross-entropy.',
      ]);
      const plane = switchDataset(DEFAULT_SPEC, 'plane');
      expect(texts({ ...plane, model: { layers: [dense(1, 'softmax')] } })[0]).toContain(
        'cannot predict a number',
      );
      expect(
        texts({ ...plane, training: { ...plane.training, loss: 'binaryCrossentropy' } })[0],
      ).toContain('regression task');
    });

    it('checks data settings against the chosen dataset', () => {
      const curve = switchDataset(DEFAULT_SPEC, 'curve');
      expect(texts({ ...curve, dataset: { ...curve.dataset, numPoints: 1000 } })).toEqual([
        '1-D curve needs between 5 and 500 points',
      ]);
      expect(texts({ ...curve, dataset: { ...curve.dataset, testShift: 'region' } })).toEqual([
        '1-D curve has no shifted test set; choose "none"',
      ]);
      expect(
        texts(
          withChanges((s) => ((s.training.validationSplit = 0.5), (s.training.testSplit = 0.4))),
        ),
      ).toEqual([
        'Validation and test together may take at most 80% of the data, leaving 20% to train on',
      ]);
    });

    it("words shape inference's problem with the layer", () => {
      const mnist = switchDataset(DEFAULT_SPEC, 'mnist');
      const conv = { type: 'conv2d', filters: 4, kernelSize: 3, strides: 1, padding: 'valid' };
      const layers = [
        { type: 'flatten' },
        { ...conv, activation: 'relu', kernelL1: 0, kernelL2: 0 },
        dense(10, 'softmax'),
      ];
      expect(texts({ ...mnist, model: { layers } })[0]).toMatch(/^Conv2D needs a 3-D input/);
    });
  });

  describe('checking a search, with the wording of the app', () => {
    const param = (target: string, distribution: SearchParamSpec['distribution']) => ({
      target,
      distribution,
      gridPoints: 3,
      condition: null,
    });
    const withParams = (params: SearchParamSpec[]): ExperimentSpec => ({
      ...DEFAULT_SPEC,
      search: { ...DEFAULT_SPEC.search, params },
    });
    const texts = (spec: ExperimentSpec) =>
      searchIssues(spec).map((issue) =>
        problemText(issue, { targetLabel: (target) => messageText(targetLabel(spec, target)) }),
      );

    it('names the searched field in each problem', () => {
      const spec = withParams([
        param('model.layers.7.units', { type: 'int', low: 1, high: 2, step: 1, log: false }),
        param('model.layers.0.units', { type: 'int', low: 1, high: 9000, step: 1, log: false }),
        param('training.optimizer', { type: 'categorical', choices: ['adam', 'lbfgs'] }),
        param('model.repeat.0-1', { type: 'int', low: 1, high: 2, step: 1, log: false }),
        param('model.repeat.1-1', { type: 'int', low: 1, high: 2, step: 1, log: false }),
      ]);
      expect(texts(spec)).toEqual([
        '"model.layers.7.units" is not a field of this model or its training settings',
        'Layer 1 (Dense): units: the range must stay within 1–4096',
        'Optimizer: "lbfgs" is not one of its values',
        'Repeated blocks must not overlap',
      ]);
    });

    it('refuses accuracy as the objective of a regression', () => {
      const spec = {
        ...DEFAULT_SPEC,
        dataset: { ...DEFAULT_SPEC.dataset, name: 'plane' as const },
        search: { ...DEFAULT_SPEC.search, objective: 'valAccuracy' as const },
      };
      expect(texts(spec)).toEqual(['A regression dataset has no accuracy; choose validation loss']);
    });

    it("words the schema's checks of a range", () => {
      const spec = withParams([
        param('training.learningRate', { type: 'float', low: 0.1, high: 0.01, log: false }),
        param('training.epochs', { type: 'int', low: 0, high: 4, step: 2, log: true }),
        param('training.optimizer', { type: 'categorical', choices: [] }),
      ]);
      const result = validateSpec(spec);
      expect(result.ok ? [] : result.issues.map((issue) => problemText(issue))).toEqual([
        'Low must not be above high',
        'A log scale needs a low of at least 1',
        'A log scale needs a step of 1',
        'Give at least one choice',
      ]);
    });
  });
});

describe('problemText in Chinese', () => {
  afterEach(() => i18n.changeLanguage('en'));

  /** Each problem and its Chinese sentence: fields, units, plurals, variants and reasons. */
  const CHINESE: [Problem, string][] = [
    [problem('too-small', 'training.epochs', { field: 'training.epochs', min: 1 }), '轮次至少为 1'],
    [
      problem('too-big', 'training.earlyStopping.patience', {
        field: 'training.earlyStopping.patience',
        max: 1000,
      }),
      '耐心值最多为 1000 轮',
    ],
    [
      problem('wrong-type', 'dataset.standardize', {
        field: 'dataset.standardize',
        expected: 'boolean',
      }),
      '标准化必须是布尔值（true 或 false）',
    ],
    [
      problem('too-few-items', 'model.layers', { field: 'model.layers', min: 1 }),
      '模型至少需要一层',
    ],
    [
      problem('too-many-items', 'model.layers.0.targetShape', {
        field: 'model.layers.*.targetShape',
        max: 3,
      }),
      '目标形状最多只能有三个维度',
    ],
    [
      problem('too-long', 'search.params.0.target', { field: 'search.params.*.target', max: 100 }),
      '搜索字段最多只能有 100 个字符',
    ],
    [
      problem('dataset-size', 'dataset.numPoints', {
        dataset: 'curve',
        file: '',
        min: 5,
        max: 500,
      }),
      '数据集“一维曲线”需要 5 到 500 个数据点',
    ],
    [
      problem('multiclass-loss', 'training.loss', { loss: 'binaryCrossentropy', classes: 3 }),
      '二元交叉熵不适合 3 个类别：请使用稀疏分类交叉熵。',
    ],
    [
      problem('regression-loss', 'training.loss', {
        dataset: 'plane',
        file: '',
        loss: 'binaryCrossentropy',
      }),
      '数据集“平面”是回归任务：请使用均方误差、平均绝对误差或 Huber 损失，而不是二元交叉熵。',
    ],
    [
      problem('link-too-long', '', { length: 20_001, max: 20_000 }),
      '链接太长（20,001 个字符；上限是 20,000）。正在显示默认实验。',
    ],
    [
      problem('search-resumed', '', { trials: 4, interrupted: 1 }),
      '搜索从停下的地方继续，目前已有 4 个试验。页面关闭时正在训练的 1 个试验会重新运行。',
    ],
    [
      problem('study-trials-skipped', '', { count: 1, first: 4 }),
      '搜索记录中的试验 5 无法读取，已被略过。',
    ],
    [
      problem(
        'experiment-has-problems',
        '',
        {},
        problem('too-small', 'training.epochs', { field: 'training.epochs', min: 1 }),
      ),
      '实验还有问题需要先解决：轮次至少为 1',
    ],
    [
      problem(
        'value-replaced',
        'training.earlyStopping.patience',
        { valueKind: 'literal', value: '0.5', fallbackKind: 'literal', fallback: '10' },
        problem('not-whole', '', { field: 'training.earlyStopping.patience' }),
      ),
      'training.earlyStopping.patience 是 0.5（耐心值必须是整数个轮次）；改用 10。',
    ],
    [
      problem(
        'item-dropped',
        'model.layers',
        { item: 'layer', index: 2 },
        problem('not-allowed', 'activation', {
          field: 'model.layers.*.activation',
          allowed: 'relu, tanh',
        }),
      ),
      'model.layers 的第 2 层已被丢弃（activation：激活函数必须是以下之一：relu, tanh）。',
    ],
    [
      problem('more-items-dropped', 'search.params', { item: 'item', count: 3 }),
      '……另有 search.params 中的 3 项被丢弃。',
    ],
    [
      problem('output-fitted', 'model', { dataset: 'csv', file: 'houses.csv' }),
      '模型的输出层和损失函数已按数据集“CSV：houses.csv”调整。',
    ],
  ];

  it.each(CHINESE)('words %j in Chinese', async (sample, sentence) => {
    await i18n.changeLanguage('zh-CN');
    expect(problemText(sample)).toBe(sentence);
  });

  it('has a Chinese sentence for every code, with every placeholder filled', async () => {
    await i18n.changeLanguage('zh-CN');
    for (const [code, [sample, english]] of Object.entries(SENTENCES)) {
      const chinese = problemText(sample as Problem, { targetLabel: labelOf });
      expect(chinese, code).not.toBe(english);
      expect(chinese, code).not.toMatch(/\{\{|\}\}|undefined|problems:/);
      expect(chinese, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names a searched field with the label the search gives, a message or a text', async () => {
    await i18n.changeLanguage('zh-CN');
    const twice = problem('searched-twice', 'search.params.1.target', { target: 'x' });
    expect(problemText(twice, { targetLabel: () => '优化器' })).toBe('优化器被搜索了两次');
    expect(problemText(twice, { targetLabel: () => ({ code: 'problems:fields.optimizer' }) })).toBe(
      '优化器被搜索了两次',
    );
  });
});
