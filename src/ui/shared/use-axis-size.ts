import { useAppState } from './store-context';

/**
 * An axis's room in px (a y-axis's width, an x-axis's height), enough for its labels: presenter
 * mode's type is 1.5× the normal size, so its axes are too. (recharts' `width="auto"` measures
 * the labels on every render, a layout per frame while a run streams.)
 */
export function useAxisSize(base: number): number {
  const presenting = useAppState((s) => s.presenting);
  return presenting ? Math.round(base * 1.5) : base;
}
