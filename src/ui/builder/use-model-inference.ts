import { isUnder } from '../../experiment/problem';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';

/** Shapes, parameter counts and problems of the current stack, as the store worked them out. */
export function useModelInference() {
  const result = useAppState((s) => s.inference);
  const inputShape = useAppState((s) => s.inputShape);
  const issues = useAppState((s) => s.specIssues);
  return {
    result,
    inputShape,
    /**
     * The spec's problem with a layer (a setting out of range, a shape that does not fit, wrong
     * output units), or else the layer's own shape error from inference.
     */
    errorAt(index: number): string | null {
      const issue = issues.find((i) => isUnder(i.path, `model.layers.${index}`));
      const problem = issue ?? result.layers[index]?.error;
      return problem ? problemText(problem) : null;
    },
  };
}
