import { describe, expect, it } from 'vitest';
import type { PredictionsOf } from '../../engine/client/protocol';
import {
  HEAT_STRENGTH,
  cellColor,
  confusionRows,
  confusionShade,
  diverging,
  gridToRgba,
  hexToRgb,
  mixWithWhite,
  regressionScale,
} from './heatmap';
import { CLASS_COLORS } from '../shared/plot-scale';

const grid = (size: number, outputs: number, values: number[]): PredictionsOf<'grid'> => ({
  kind: 'grid',
  epoch: 1,
  size,
  x: [-1, 1],
  y: [-1, 1],
  outputs,
  values: Float32Array.from(values),
});

const pixel = (rgba: Uint8ClampedArray, size: number, imageRow: number, col: number) =>
  Array.from(rgba.subarray((imageRow * size + col) * 4, (imageRow * size + col) * 4 + 4));

describe('gridToRgba', () => {
  it('puts grid row 0 (y min) at the bottom of the image', () => {
    // Row 0 is sure of class 0 (orange), row 1 sure of class 1 (blue).
    const rgba = gridToRgba(grid(2, 1, [0, 0, 1, 1]), 'binary');
    const orange = [...mixWithWhite(hexToRgb(CLASS_COLORS[0]!), HEAT_STRENGTH), 255];
    const blue = [...mixWithWhite(hexToRgb(CLASS_COLORS[1]!), HEAT_STRENGTH), 255];
    expect(pixel(rgba, 2, 1, 0)).toEqual(orange);
    expect(pixel(rgba, 2, 1, 1)).toEqual(orange);
    expect(pixel(rgba, 2, 0, 0)).toEqual(blue);
  });

  it('keeps columns in x order', () => {
    const rgba = gridToRgba(grid(2, 1, [0, 1, 0, 1]), 'binary');
    expect(pixel(rgba, 2, 0, 0)).not.toEqual(pixel(rgba, 2, 0, 1));
    expect(pixel(rgba, 2, 0, 0)).toEqual(pixel(rgba, 2, 1, 0));
  });
});

describe('cellColor', () => {
  it('is white where a binary model is undecided', () => {
    expect(cellColor(Float32Array.of(0.5), 0, 1, 'binary')).toEqual([255, 255, 255]);
  });

  it('gives the colour of the most likely class, paler when the model is less sure', () => {
    const sure = cellColor(Float32Array.of(0, 0, 1), 0, 3, 'multiclass');
    expect(sure).toEqual(mixWithWhite(hexToRgb(CLASS_COLORS[2]!), HEAT_STRENGTH));
    const unsure = cellColor(Float32Array.of(0.3, 0.45, 0.25), 0, 3, 'multiclass');
    const blue = hexToRgb(CLASS_COLORS[1]!);
    expect(unsure).toEqual(mixWithWhite(blue, ((0.45 - 1 / 3) / (2 / 3)) * HEAT_STRENGTH));
    expect(cellColor(Float32Array.of(1 / 3, 1 / 3, 1 / 3), 0, 3, 'multiclass')).toEqual([
      255, 255, 255,
    ]);
  });

  it('scales regression values to the given reach', () => {
    expect(cellColor(Float32Array.of(4), 0, 1, 'regression', 4)).toEqual(diverging(1));
    expect(cellColor(Float32Array.of(-2), 0, 1, 'regression', 4)).toEqual(diverging(-0.5));
    expect(cellColor(Float32Array.of(0), 0, 1, 'regression')).toEqual([255, 255, 255]);
  });

  it('reads one cell of several', () => {
    const values = Float32Array.of(0.9, 0.1, 0.2, 0.8);
    expect(cellColor(values, 2, 2, 'multiclass')).toEqual(
      mixWithWhite(hexToRgb(CLASS_COLORS[1]!), 0.6 * HEAT_STRENGTH),
    );
  });
});

describe('regressionScale', () => {
  it('is the targets’ reach, never below 1', () => {
    expect(regressionScale([0.2, -0.5])).toBe(1);
    expect(regressionScale([3, -7])).toBe(7);
  });
});

describe('confusionRows', () => {
  it('gives shares of each row and the recall of each class', () => {
    const rows = confusionRows({
      classNames: ['a', 'b', 'c'],
      matrix: [3, 1, 0, 0, 0, 0, 2, 0, 2],
    });
    expect(rows.map((r) => r.recall)).toEqual([0.75, null, 0.5]);
    expect(rows.map((r) => r.total)).toEqual([4, 0, 4]);
    expect(rows[0]!.cells).toEqual([
      { count: 3, share: 0.75 },
      { count: 1, share: 0.25 },
      { count: 0, share: 0 },
    ]);
  });
});

/** WCAG 2 relative luminance and contrast ratio. */
const luminance = (rgb: readonly number[]) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};
/** The page's text colour (--ink), which the cells' numbers are written in. */
const INK = hexToRgb('#0f172a');

describe('confusionShade', () => {
  const shares = Array.from({ length: 101 }, (_, i) => i / 100).slice(1);

  it('leaves empty cells unshaded', () => {
    expect(confusionShade(0, true)).toBeNull();
    expect(confusionShade(0, false)).toBeNull();
  });

  it('keeps the text on every shade readable (WCAG AA, 4.5:1)', () => {
    for (const right of [true, false]) {
      for (const share of shares) {
        const shade = confusionShade(share, right)!;
        expect(contrast(shade, INK), `share ${share}, right ${right}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('darkens as the share grows, blue for right answers and orange for wrong ones', () => {
    for (const right of [true, false]) {
      const lightness = shares.map((share) => luminance(confusionShade(share, right)!));
      for (let i = 1; i < lightness.length; i++)
        expect(lightness[i]).toBeLessThanOrEqual(lightness[i - 1]!);
    }
    const [r, , b] = confusionShade(1, true)!;
    expect(b).toBeGreaterThan(r);
    const [r2, , b2] = confusionShade(1, false)!;
    expect(r2).toBeGreaterThan(b2);
  });
});
