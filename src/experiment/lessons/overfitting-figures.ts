/** How the lessons tell overfitting from noise, on the per-epoch numbers a run reports. Pure. */

/** Epochs in the trailing moving average that `overfittingFigures` smooths validation loss with. */
export const OVERFITTING_WINDOW = 5;
/** The smoothed validation loss must end at least this many times above its minimum. */
export const OVERFITTING_RATIO = 1.5;
/** ...and its minimum must come before this fraction of the epochs. */
export const OVERFITTING_MIN_BEFORE = 0.6;
/** Fewer epochs than this show nothing either way. */
export const OVERFITTING_MIN_EPOCHS = 10;

export interface OverfittingFigures {
  /** 0-based epoch index of the smallest smoothed validation loss (the first of equals). */
  minIndex: number;
  minValue: number;
  /** The smoothed validation loss at the last epoch. */
  lastValue: number;
  /** lastValue / minValue. */
  ratio: number;
  /**
   * At least OVERFITTING_MIN_EPOCHS epochs, the minimum before OVERFITTING_MIN_BEFORE of them,
   * and the last value at least OVERFITTING_RATIO times the minimum.
   */
  turnedUp: boolean;
}

/**
 * Whether validation loss has clearly turned up, on its trailing moving average over
 * OVERFITTING_WINDOW epochs (over fewer at the start). A loss that is not finite (a diverged
 * run) counts as never turned up. The lessons' end-to-end test uses the same maths.
 */
export function overfittingFigures(valLosses: readonly number[]): OverfittingFigures {
  const smoothed = trailingMean(valLosses, OVERFITTING_WINDOW);
  let minIndex = 0;
  smoothed.forEach((value, i) => {
    if (value < (smoothed[minIndex] as number)) minIndex = i;
  });
  const minValue = smoothed[minIndex] ?? NaN;
  const lastValue = smoothed.at(-1) ?? NaN;
  const ratio = lastValue / minValue;
  const finite = smoothed.every(Number.isFinite) && minValue > 0;
  const turnedUp =
    finite &&
    smoothed.length >= OVERFITTING_MIN_EPOCHS &&
    minIndex < OVERFITTING_MIN_BEFORE * smoothed.length &&
    ratio >= OVERFITTING_RATIO;
  return { minIndex, minValue, lastValue, ratio, turnedUp };
}

/** The mean of each value and the (window − 1) before it, or of as many as there are. */
export function trailingMean(values: readonly number[], window: number): number[] {
  return values.map((_, i) => {
    const from = Math.max(0, i - window + 1);
    let sum = 0;
    for (let j = from; j <= i; j++) sum += values[j] as number;
    return sum / (i + 1 - from);
  });
}
