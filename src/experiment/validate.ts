import { datasetEntry } from '../data/catalog';
import { specDatasetInfo } from './dataset-info';
import type { DatasetRef, Problem } from './problem';
import { problem, schemaProblem } from './problem';
import type { ModelInference } from './shape-inference';
import { inferModel } from './shape-inference';
import type { ExperimentSpec } from './experiment';
import { experimentSpecSchema } from './experiment';

/** One problem with a spec, located by a dotted path such as `model.layers.2.units`. */
export type SpecIssue = Problem;

export type SpecValidation =
  { ok: true; spec: ExperimentSpec } | { ok: false; issues: SpecIssue[] };

/** Checks a spec's shape and values, then whether its data settings and model fit the chosen dataset. */
export function validateSpec(input: unknown): SpecValidation {
  const parsed = experimentSpecSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => schemaProblem(issue)),
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

/** Which dataset a spec uses, as problems name it (a CSV by its file). */
export function datasetRef(dataset: ExperimentSpec['dataset']): DatasetRef {
  return { dataset: dataset.name, file: dataset.csv?.fileName ?? '' };
}

/** The most of the data validation and test may take together. */
const MAX_HELD_OUT = 0.8;

function checkDataSettings({ dataset, training }: ExperimentSpec): SpecIssue[] {
  const entry = datasetEntry(dataset.name);
  const ref = datasetRef(dataset);
  const issues: SpecIssue[] = [];
  const { numPoints, noise } = entry.limits;
  if (
    entry.controls.includes('numPoints') &&
    (dataset.numPoints < numPoints.min || dataset.numPoints > numPoints.max)
  ) {
    issues.push(problem('dataset-size', 'dataset.numPoints', { ...ref, ...numPoints }));
  }
  if (entry.controls.includes('noise') && dataset.noise > noise.max) {
    issues.push(problem('noise-too-high', 'dataset.noise', { ...ref, max: noise.max }));
  }
  if (dataset.testShift !== 'none' && !entry.controls.includes('testShift')) {
    issues.push(problem('no-test-shift', 'dataset.testShift', ref));
  }
  if (dataset.name === 'csv' && !dataset.csv) {
    issues.push(problem('csv-missing', 'dataset.csv', {}));
  }
  if (training.validationSplit + training.testSplit > MAX_HELD_OUT) {
    issues.push(
      problem('splits-too-large', 'training.testSplit', { maxPercent: MAX_HELD_OUT * 100 }),
    );
  }
  return issues;
}

/** Every layer must take its input's shape; the model must fit a browser tab. */
function checkShapes(inference: ModelInference): SpecIssue[] {
  const issues: SpecIssue[] = [];
  // Shape inference reports its findings as problems, already located in the spec.
  if (inference.firstError) issues.push(inference.firstError.problem);
  if (inference.modelError) issues.push(inference.modelError);
  return issues;
}

function checkModelFitsTask(spec: ExperimentSpec, output: number[] | null): SpecIssue[] {
  const info = specDatasetInfo(spec.dataset);
  const ref = datasetRef(spec.dataset);
  const layers = spec.model.layers;
  const lastIndex = layers.length - 1;
  const last = layers[lastIndex];
  const issues: SpecIssue[] = [];
  if (!last) return issues;
  const at = `model.layers.${lastIndex}`;
  if (last.type !== 'dense') {
    return [
      problem('output-not-dense', at, { ...ref, task: info.task, outputSize: info.outputSize }),
    ];
  }
  if (output && output.length > 1) {
    return [
      problem('output-not-flat', at, {
        ...ref,
        shape: output.join(', '),
        outputSize: info.outputSize,
      }),
    ];
  }
  const loss = spec.training.loss;
  const { units, activation } = last;

  switch (info.task) {
    case 'binary':
      if (units !== 1) issues.push(problem('binary-units', `${at}.units`, { ...ref, units }));
      if (loss === 'sparseCategoricalCrossentropy') {
        issues.push(problem('binary-loss', 'training.loss', ref));
      } else if (loss === 'binaryCrossentropy' && activation !== 'sigmoid') {
        issues.push(problem('binary-activation', `${at}.activation`, { activation }));
      }
      break;
    case 'multiclass': {
      const classes = info.outputSize;
      if (units !== classes) {
        issues.push(problem('multiclass-units', `${at}.units`, { ...ref, classes, units }));
      }
      if (loss !== 'sparseCategoricalCrossentropy') {
        issues.push(problem('multiclass-loss', 'training.loss', { loss, classes }));
      } else if (activation !== 'softmax') {
        issues.push(problem('multiclass-activation', `${at}.activation`, { activation }));
      }
      break;
    }
    case 'regression':
      if (units !== info.outputSize) {
        issues.push(
          problem('regression-units', `${at}.units`, {
            ...ref,
            outputSize: info.outputSize,
            units,
          }),
        );
      }
      if (loss === 'binaryCrossentropy' || loss === 'sparseCategoricalCrossentropy') {
        issues.push(problem('regression-loss', 'training.loss', { ...ref, loss }));
      }
      if (activation === 'softmax') {
        issues.push(problem('regression-softmax', `${at}.activation`, {}));
      }
      break;
  }
  return issues;
}
