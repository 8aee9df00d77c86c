import { datasetInfo } from '../data/catalog';
import type { ExperimentSpec } from './experiment';
import { experimentSpecSchema } from './experiment';

/** One problem with a spec, located by a dotted path such as `model.layers.2.units`. */
export interface SpecIssue {
  path: string;
  message: string;
}

export type SpecValidation =
  { ok: true; spec: ExperimentSpec } | { ok: false; issues: SpecIssue[] };

/** Checks a spec's shape and values, then whether the model can learn the chosen dataset's task. */
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
  const issues = checkModelFitsTask(parsed.data);
  return issues.length === 0 ? { ok: true, spec: parsed.data } : { ok: false, issues };
}

function checkModelFitsTask(spec: ExperimentSpec): SpecIssue[] {
  const info = datasetInfo(spec.dataset.name);
  const layers = spec.model.layers;
  const lastIndex = layers.length - 1;
  const last = layers[lastIndex];
  const issues: SpecIssue[] = [];
  if (!last) return issues;
  const at = `model.layers.${lastIndex}`;

  if (info.task === 'binary') {
    if (last.units !== 1) {
      issues.push({
        path: `${at}.units`,
        message: `The ${info.label} dataset has two classes, so the last layer needs 1 unit (the probability of class 1), not ${last.units}.`,
      });
    }
    if (spec.training.loss === 'binaryCrossentropy' && last.activation !== 'sigmoid') {
      issues.push({
        path: `${at}.activation`,
        message: `Binary cross-entropy needs probabilities: give the last layer a sigmoid activation instead of ${last.activation}.`,
      });
    }
  }
  return issues;
}
