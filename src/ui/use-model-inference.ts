import { useMemo } from 'react';
import { formatShape } from '../spec/layer-catalog';
import { specDatasetInfo } from '../spec/dataset-info';
import { inferModel } from '../spec/shape-inference';
import { useAppState } from './store-context';

/** Shapes, parameter counts and problems of the current stack, recomputed only when it changes. */
export function useModelInference() {
  const layers = useAppState((s) => s.spec.model.layers);
  const dataset = useAppState((s) => s.spec.dataset);
  const issues = useAppState((s) => s.specIssues);
  const inputShape = useMemo(() => specDatasetInfo(dataset).inputShape, [dataset]);
  const result = useMemo(() => inferModel(inputShape, layers), [inputShape, layers]);
  return {
    result,
    inputText: formatShape(inputShape),
    /** The shape error of a layer, or the spec's complaint about it (e.g. wrong output units). */
    errorAt(index: number): string | null {
      const own = result.layers[index]?.error ?? null;
      if (own) return own;
      const prefix = `model.layers.${index}`;
      return (
        issues.find((i) => i.path === prefix || i.path.startsWith(`${prefix}.`))?.message ?? null
      );
    },
  };
}
