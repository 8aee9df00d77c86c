import { datasetEntry } from '../data/catalog';
import { specDatasetInfo } from './dataset-info';
import { LOSS_LABELS } from './loss-labels';
import type { ModelInference } from './shape-inference';
import { inferModel } from './shape-inference';
import type { ExperimentSpec } from './experiment';
import { experimentSpecSchema } from './experiment';

/** One problem with a spec, located by a dotted path such as `model.layers.2.units`. */
export interface SpecIssue {
  path: string;
  message: string;
}

export type SpecValidation =
  { ok: true; spec: ExperimentSpec } | { ok: false; issues: SpecIssue[] };

/** Checks a spec's shape and values, then whether its data settings and model fit the chosen dataset. */
export function validateSpec(input: unknown): SpecValidation {
  const parsed = experimentSpecSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })),
    };
  }
  const spec = parsed.data;
  const inference = inferModel(specDatasetInfo(spec.dataset).inputShape, spec.model.layers);
  const shapeIssues = checkShapes(inference);
  const issues = [
    ...checkDataSettings(spec),
    ...shapeIssues,
    // The output can only be judged once every layer fits.
    ...(shapeIssues.length === 0 ? checkModelFitsTask(spec, inference.outputShape) : []),
  ];
  return issues.length === 0 ? { ok: true, spec: parsed.data } : { ok: false, issues };
}

function checkDataSettings({ dataset, training }: ExperimentSpec): SpecIssue[] {
  const entry = datasetEntry(dataset.name);
  const issues: SpecIssue[] = [];
  const { numPoints, noise } = entry.limits;
  if (
    entry.controls.includes('numPoints') &&
    (dataset.numPoints < numPoints.min || dataset.numPoints > numPoints.max)
  ) {
    issues.push({
      path: 'dataset.numPoints',
      message: `${entry.info.label} needs between ${numPoints.min} and ${numPoints.max} ${dataset.name === 'mnist' ? 'images' : 'points'}`,
    });
  }
  if (entry.controls.includes('noise') && dataset.noise > noise.max) {
    issues.push({
      path: 'dataset.noise',
      message: `Noise must be at most ${noise.max} for ${entry.info.label}`,
    });
  }
  if (dataset.testShift !== 'none' && !entry.controls.includes('testShift')) {
    issues.push({
      path: 'dataset.testShift',
      message: `${entry.info.label} has no shifted test set; choose "none"`,
    });
  }
  if (dataset.name === 'csv' && !dataset.csv) {
    issues.push({
      path: 'dataset.csv',
      message: 'Upload a CSV file and choose the column to predict',
    });
  }
  if (training.validationSplit + training.testSplit > 0.8) {
    issues.push({
      path: 'training.testSplit',
      message:
        'Validation and test together may take at most 80% of the data, leaving 20% to train on',
    });
  }
  return issues;
}

/** Every layer must take its input's shape; the model must fit a browser tab. */
function checkShapes(inference: ModelInference): SpecIssue[] {
  const issues: SpecIssue[] = [];
  if (inference.firstError) {
    issues.push({
      path: `model.layers.${inference.firstError.index}`,
      message: inference.firstError.message,
    });
  }
  if (inference.modelError) issues.push({ path: 'model', message: inference.modelError });
  return issues;
}

function checkModelFitsTask(spec: ExperimentSpec, output: number[] | null): SpecIssue[] {
  const info = specDatasetInfo(spec.dataset);
  const layers = spec.model.layers;
  const lastIndex = layers.length - 1;
  const lastLayer = layers[lastIndex];
  const issues: SpecIssue[] = [];
  if (!lastLayer) return issues;
  const at = `model.layers.${lastIndex}`;
  if (lastLayer.type !== 'dense') {
    return [
      {
        path: at,
        message: `The last layer must be a Dense layer with ${info.outputSize} ${info.outputSize === 1 ? 'unit' : 'units'} to give ${info.label}'s ${info.task === 'regression' ? 'prediction' : 'class probabilities'}. Add one at the end.`,
      },
    ];
  }
  const last = lastLayer;
  if (output && output.length > 1) {
    return [
      {
        path: at,
        message: `The model's output has shape (${output.join(', ')}) but ${info.label} needs (${info.outputSize}): add a Flatten or GlobalAveragePooling2D before the last Dense layer.`,
      },
    ];
  }
  const loss = spec.training.loss;
  const lossIssue = (message: string) => issues.push({ path: 'training.loss', message });

  switch (info.task) {
    case 'binary':
      if (last.units !== 1) {
        issues.push({
          path: `${at}.units`,
          message: `${info.label} has two classes, so the last layer needs 1 unit (the probability of class 1), not ${last.units}.`,
        });
      }
      if (loss === 'sparseCategoricalCrossentropy') {
        lossIssue(`${info.label} has two classes: use binary cross-entropy with one sigmoid unit.`);
      } else if (loss === 'binaryCrossentropy' && last.activation !== 'sigmoid') {
        issues.push({
          path: `${at}.activation`,
          message: `Binary cross-entropy needs probabilities: give the last layer a sigmoid activation instead of ${last.activation}.`,
        });
      }
      break;
    case 'multiclass':
      if (last.units !== info.outputSize) {
        issues.push({
          path: `${at}.units`,
          message: `${info.label} has ${info.outputSize} classes, so the last layer needs ${info.outputSize} units (one per class), not ${last.units}.`,
        });
      }
      if (loss !== 'sparseCategoricalCrossentropy') {
        lossIssue(
          `${LOSS_LABELS[loss]} does not fit ${info.outputSize} classes: use sparse categorical cross-entropy.`,
        );
      } else if (last.activation !== 'softmax') {
        issues.push({
          path: `${at}.activation`,
          message: `Categorical cross-entropy needs one probability per class: give the last layer a softmax activation instead of ${last.activation}.`,
        });
      }
      break;
    case 'regression':
      if (last.units !== info.outputSize) {
        issues.push({
          path: `${at}.units`,
          message: `${info.label} predicts one number, so the last layer needs ${info.outputSize} unit, not ${last.units}.`,
        });
      }
      if (loss === 'binaryCrossentropy' || loss === 'sparseCategoricalCrossentropy') {
        lossIssue(
          `${info.label} is a regression task: use mean squared error, mean absolute error or Huber, not ${LOSS_LABELS[loss].toLowerCase()}.`,
        );
      }
      if (last.activation === 'softmax') {
        issues.push({
          path: `${at}.activation`,
          message:
            'A softmax output always sums to 1, so it cannot predict a number: use a linear activation on the last layer.',
        });
      }
      break;
  }
  return issues;
}
