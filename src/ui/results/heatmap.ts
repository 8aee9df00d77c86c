import type { Task } from '../../data/types';
import type { PredictionsOf } from '../../engine/client/protocol';
import { CLASS_COLORS } from '../shared/plot-scale';

export type Rgb = readonly [number, number, number];

/** How far from white the most confident cell goes, so the points drawn over it stay visible. */
export const HEAT_STRENGTH = 0.6;
const ORANGE: Rgb = [245, 147, 34];
const BLUE: Rgb = [8, 119, 189];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `amount` 0 is white, 1 is the colour itself. */
export function mixWithWhite([r, g, b]: Rgb, amount: number): Rgb {
  const t = Math.max(0, Math.min(1, amount));
  const mix = (c: number) => Math.round(255 + (c - 255) * t);
  return [mix(r), mix(g), mix(b)];
}

/** Orange below 0, white at 0, blue above, for a value in [-1, 1], as in TensorFlow Playground. */
export const diverging = (t: number): Rgb =>
  mixWithWhite(t < 0 ? ORANGE : BLUE, Math.min(1, Math.abs(t)) * HEAT_STRENGTH);

/** Regression values are coloured on [-scale, scale]: the targets' reach, or 1 (the points' own scale). */
export function regressionScale(targets: ArrayLike<number>): number {
  let reach = 1;
  for (let i = 0; i < targets.length; i++) reach = Math.max(reach, Math.abs(targets[i] as number));
  return reach;
}

/** The colour of one grid cell whose outputs start at `offset`. */
export function cellColor(
  values: Float32Array,
  offset: number,
  outputs: number,
  task: Task,
  scale = 1,
): Rgb {
  const first = values[offset] as number;
  if (task === 'binary') return diverging(2 * first - 1);
  if (task === 'regression') return diverging(first / scale);
  let best = 0;
  for (let k = 1; k < outputs; k++) {
    if ((values[offset + k] as number) > (values[offset + best] as number)) best = k;
  }
  // Lightness says how sure the model is: white where it is no surer than a uniform guess.
  const chance = 1 / outputs;
  const confidence = ((values[offset + best] as number) - chance) / (1 - chance);
  return mixWithWhite(hexToRgb(CLASS_COLORS[best] ?? '#333333'), confidence * HEAT_STRENGTH);
}

/**
 * RGBA pixels of a size×size image of the grid, one pixel per cell. Image rows run downwards and
 * y runs up, so grid row 0 (y min) becomes the bottom image row.
 */
export function gridToRgba(
  grid: PredictionsOf<'grid'>,
  task: Task,
  scale = 1,
): Uint8ClampedArray<ArrayBuffer> {
  const { size, outputs, values } = grid;
  const pixels = new Uint8ClampedArray(size * size * 4);
  for (let row = 0; row < size; row++) {
    const imageRow = size - 1 - row;
    for (let col = 0; col < size; col++) {
      const [r, g, b] = cellColor(values, (row * size + col) * outputs, outputs, task, scale);
      pixels.set([r, g, b, 255], (imageRow * size + col) * 4);
    }
  }
  return pixels;
}

/**
 * The shade of a confusion-matrix cell: blue for right answers, orange for wrong ones, darker for
 * a larger share of the row. It stops short of the full colour, so the page's dark text on it
 * keeps a contrast of at least 4.5:1 (white text would fail on the mid blues and every orange).
 */
export function confusionShade(share: number, right: boolean): Rgb | null {
  return share === 0 ? null : mixWithWhite(right ? BLUE : ORANGE, 0.12 + 0.68 * share);
}

export interface ConfusionRow {
  name: string;
  cells: { count: number; share: number }[];
  total: number;
  /** Share of this class's examples predicted right; null when there are none. */
  recall: number | null;
}

/** The matrix by actual class, each count with its share of the row, which sets its shade. */
export function confusionRows({
  classNames,
  matrix,
}: Pick<PredictionsOf<'confusion'>, 'classNames' | 'matrix'>): ConfusionRow[] {
  const n = classNames.length;
  return classNames.map((name, actual) => {
    const counts = matrix.slice(actual * n, actual * n + n);
    const total = counts.reduce((a, b) => a + b, 0);
    return {
      name,
      cells: counts.map((count) => ({ count, share: total > 0 ? count / total : 0 })),
      total,
      recall: total > 0 ? (counts[actual] as number) / total : null,
    };
  });
}
