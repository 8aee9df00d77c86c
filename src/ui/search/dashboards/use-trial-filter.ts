import { useMemo } from 'react';
import { paramAxis, valueAxis } from './axes';
import type { TrialFilter } from './trial-filter';
import { OBJECTIVE_KEY, filteredTrials } from './trial-filter';
import type { StudyView } from './use-study';

/**
 * The numbers of the trials the filter keeps, or null when nothing filters. Brushes hold values
 * (or a categorical axis' bands), so the axes here need no log scale to match the plots'.
 */
export function useTrialFilter(study: StudyView, filter: TrialFilter): ReadonlySet<number> | null {
  const { scored, params, objectiveLabel, direction } = study;
  const axes = useMemo(
    () => ({
      ...Object.fromEntries(params.map((p) => [p.target, paramAxis(p.label, p.distribution)])),
      [OBJECTIVE_KEY]: valueAxis(
        objectiveLabel,
        scored.map((t) => t.value),
      ),
    }),
    [params, scored, objectiveLabel],
  );
  return useMemo(
    () => filteredTrials(scored, axes, filter, direction),
    [scored, axes, filter, direction],
  );
}
