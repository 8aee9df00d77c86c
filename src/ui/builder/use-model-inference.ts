import { useMemo } from 'react';
import { specDatasetInfo } from '../../experiment/dataset-info';
import type { LayerSpec } from '../../experiment/layers';
import type { ModelInference } from '../../experiment/shape-inference';
import { isUnder } from '../../experiment/problem';
import { inferModel } from '../../experiment/shape-inference';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';

// Several panels ask for the same stack's inference in one render: compute it once per stack.
let last: {
  inputShape: readonly number[];
  layers: readonly LayerSpec[];
  result: ModelInference;
} | null = null;
function inferOnce(inputShape: readonly number[], layers: readonly LayerSpec[]): ModelInference {
  if (last?.layers !== layers || last.inputShape.join() !== inputShape.join()) {
    last = { inputShape, layers, result: inferModel(inputShape, layers) };
  }
  return last.result;
}

/** Shapes, parameter counts and problems of the current stack, recomputed only when it changes. */
export function useModelInference() {
  const layers = useAppState((s) => s.spec.model.layers);
  const dataset = useAppState((s) => s.spec.dataset);
  const issues = useAppState((s) => s.specIssues);
  const inputShape = useMemo(() => specDatasetInfo(dataset).inputShape, [dataset]);
  const result = inferOnce(inputShape, layers);
  return {
    result,
    inputShape,
    /**
     * The spec's problem with a layer (a setting out of range, a shape that does not fit, wrong
     * output units), or else the layer's own shape error from inference.
     */
    errorAt(index: number): string | null {
      const issue = issues.find((i) => isUnder(i.path, `model.layers.${index}`));
      if (issue) return problemText(issue);
      return result.layers[index]?.error ?? null;
    },
  };
}
