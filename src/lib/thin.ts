/**
 * At most `max` items, evenly spaced, the first and the last always kept: what a chart draws of a
 * long series when it has fewer pixels than points. The array itself when it is short enough.
 */
export function thinEvenly<T>(items: readonly T[], max: number): readonly T[] {
  if (items.length <= max || max < 2) return items;
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)] as T);
}
