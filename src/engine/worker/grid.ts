import type { Dataset } from '../../data/types';

type Range = [number, number];

/** Room left around the data on each side of the grid, as a share of its reach from the centre. */
const GRID_PADDING = 0.1;
const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * A square around the points, centred on a round number, reaching a round distance past the
 * farthest point in every direction: the same padding on all four sides, equal units on both axes.
 */
export function gridBounds(sets: readonly Dataset[]): { x: Range; y: Range } {
  const [xLo, xHi] = columnExtent(sets, 0);
  const [yLo, yHi] = columnExtent(sets, 1);
  const span = Math.max(xHi - xLo, yHi - yLo);
  const step = span > 0 ? niceCeil(span / 10) : 1;
  const cx = tidy(Math.round((xLo + xHi) / 2 / step) * step);
  const cy = tidy(Math.round((yLo + yHi) / 2 / step) * step);
  const reach = Math.max(xHi - cx, cx - xLo, yHi - cy, cy - yLo);
  const half = reach > 0 ? niceCeil(reach * (1 + GRID_PADDING)) : 1;
  return { x: [tidy(cx - half), tidy(cx + half)], y: [tidy(cy - half), tidy(cy + half)] };
}

/** The (x, y) centres of a size×size grid of cells over [x, y], row by row, row 0 at y min. */
export function gridInputs(x: Range, y: Range, size: number): Float32Array {
  const inputs = new Float32Array(size * size * 2);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      inputs[2 * (row * size + col)] = cellCentre(x, col, size);
      inputs[2 * (row * size + col) + 1] = cellCentre(y, row, size);
    }
  }
  return inputs;
}

/** The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is at least `value` (> 0). */
export function niceCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const nice = NICE_STEPS.find((s) => s * power >= value * (1 - 1e-9)) ?? 10;
  return tidy(nice * power);
}

export function columnExtent(sets: readonly Dataset[], column: number): Range {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { features, featureCount, count } of sets) {
    for (let i = 0; i < count; i++) {
      const v = features[i * featureCount + column] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : [0, 0];
}

/** Drops float noise such as 0.30000000000000004. */
const tidy = (value: number) => Number(value.toPrecision(12));

const cellCentre = ([lo, hi]: Range, index: number, size: number) =>
  lo + ((index + 0.5) * (hi - lo)) / size;
