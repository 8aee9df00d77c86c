import type { ObjectiveMetric } from '../../experiment/search-schema';
import type { SearchTrialView } from '../../store/search-state';
import type { TrialLineStyle } from './trial-lines';

/**
 * One curve as SVG path data, at most two points per pixel column: where several epochs fall in
 * one column only the lowest and the highest value are kept, in the order they came, so a
 * 10,000-epoch curve costs what its width costs and still shows every spike.
 */
export function curvePath(
  history: SearchTrialView['history'],
  objective: ObjectiveMetric,
  x: (epoch: number) => number,
  y: (value: number) => number,
): string {
  const parts: string[] = [];
  let column = Number.NaN;
  let low: { x: number; y: number; at: number } | null = null;
  let high: { x: number; y: number; at: number } | null = null;
  const emit = () => {
    if (!low || !high) return;
    const points = low.at === high.at ? [low] : low.at < high.at ? [low, high] : [high, low];
    for (const p of points) parts.push(`${parts.length === 0 ? 'M' : 'L'}${p.x},${p.y}`);
  };
  history.forEach((metrics, at) => {
    const value = metrics[objective];
    if (value === null || !Number.isFinite(value)) return;
    const px = Math.round(x(metrics.epoch));
    const py = Math.round(y(value) * 2) / 2;
    if (px !== column) {
      emit();
      column = px;
      low = high = null;
    }
    // SVG's y grows downwards: the lowest value is the largest y.
    if (!low || py > low.y) low = { x: px, y: py, at };
    if (!high || py < high.y) high = { x: px, y: py, at };
  });
  emit();
  return parts.join('');
}

const drawn = new WeakMap<SearchTrialView['history'], { key: string; d: string }>();

/**
 * `curvePath`, remembered per history and scale: a trial that has ended keeps its history array,
 * so while others stream its path is not worked out again. `scale` names the scales (any string
 * that changes when they do).
 */
export function cachedCurvePath(
  history: SearchTrialView['history'],
  objective: ObjectiveMetric,
  scale: string,
  x: (epoch: number) => number,
  y: (value: number) => number,
): string {
  const key = `${objective}|${scale}`;
  const known = drawn.get(history);
  if (known?.key === key) return known.d;
  const d = curvePath(history, objective, x, y);
  drawn.set(history, { key, d });
  return d;
}

/** A style's identity, so trials drawn alike share one path element. */
export const styleKey = (style: TrialLineStyle) =>
  `${style.stroke}|${style.strokeWidth}|${style.strokeOpacity}|${style.dash ?? ''}`;

/**
 * The trial whose curve passes closest to a point of the chart (an epoch and a value), among
 * those that reached that epoch; null when none did.
 */
export function nearestTrial(
  trials: readonly SearchTrialView[],
  objective: ObjectiveMetric,
  epoch: number,
  value: number,
): number | null {
  let best: { number: number; distance: number } | null = null;
  for (const trial of trials) {
    const at = trial.history.find((m) => m.epoch === epoch)?.[objective];
    if (at === null || at === undefined || !Number.isFinite(at)) continue;
    const distance = Math.abs(at - value);
    if (!best || distance < best.distance) best = { number: trial.number, distance };
  }
  return best?.number ?? null;
}
