/** A trial placed on two axes (each in [0, 1]) with its value. */
export interface ContourPoint {
  x: number;
  y: number;
  value: number;
}

/**
 * The objective over a size×size grid of cell centres, interpolated from the trials by inverse
 * distance weighting (power 2), which passes through every trial's value and never overshoots
 * them. Row 0 is at y = 0. Several trials at the same point count as their mean.
 */
export function interpolateSurface(points: readonly ContourPoint[], size: number): Float64Array {
  const grid = new Float64Array(size * size);
  if (points.length === 0) return grid.fill(Number.NaN);
  for (let row = 0; row < size; row++) {
    const y = (row + 0.5) / size;
    for (let col = 0; col < size; col++) {
      const x = (col + 0.5) / size;
      let weights = 0;
      let sum = 0;
      let exact = 0;
      let exactCount = 0;
      for (const p of points) {
        const d2 = (p.x - x) ** 2 + (p.y - y) ** 2;
        if (d2 < 1e-12) {
          exact += p.value;
          exactCount++;
          continue;
        }
        const w = 1 / d2;
        weights += w;
        sum += w * p.value;
      }
      grid[row * size + col] = exactCount > 0 ? exact / exactCount : sum / weights;
    }
  }
  return grid;
}

/** Colours from dark blue (t = 0) through teal and green to yellow (t = 1), as viridis runs. */
const STOPS: readonly [number, number, number][] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** A colour on the viridis-like scale, as [r, g, b] for t in [0, 1] (clamped). */
export function scaleColor(t: number): [number, number, number] {
  const clamped = Number.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0;
  const scaled = clamped * (STOPS.length - 1);
  const index = Math.min(STOPS.length - 2, Math.floor(scaled));
  const f = scaled - index;
  const a = STOPS[index] as [number, number, number];
  const b = STOPS[index + 1] as [number, number, number];
  const mix = (i: 0 | 1 | 2) => Math.round(a[i] + (b[i] - a[i]) * f);
  return [mix(0), mix(1), mix(2)];
}

export const cssColor = ([r, g, b]: [number, number, number]) => `rgb(${r}, ${g}, ${b})`;
