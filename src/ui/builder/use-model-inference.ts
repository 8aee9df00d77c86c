import { useAppState } from '../shared/store-context';

/** Shapes, parameter counts and problems of the current stack, as the store worked them out. */
export function useModelInference() {
  const result = useAppState((s) => s.inference);
  const inputShape = useAppState((s) => s.inputShape);
  const issues = useAppState((s) => s.specIssues);
  return {
    result,
    inputShape,
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
