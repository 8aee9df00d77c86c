import { useMemo } from 'react';
import type { Axis } from './axes';
import { valueAxis } from './axes';

/** An axis over the trials' values, rebuilt only when the trials, the label or the scale change. */
export function useObjectiveAxis(
  trials: readonly { value: number }[],
  label: string,
  log: boolean,
): Axis {
  return useMemo(
    () =>
      valueAxis(
        label,
        trials.map((t) => t.value),
        log,
      ),
    [trials, label, log],
  );
}
