import { useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import type { Direction, Distribution, ObjectiveMetric } from '../../../experiment/search-schema';
import { useAppState } from '../../shared/store-context';
import { OBJECTIVE_NAMES } from '../search-view';
import type { ScoredTrial } from './study-points';
import { scoredTrials } from './study-points';

/** A searched parameter as the dashboards draw it. */
export interface StudyParam {
  target: string;
  label: string;
  distribution: Distribution;
}

export interface StudyView {
  /** Trials with a value (complete, pruned), by number. */
  scored: readonly ScoredTrial[];
  /** The complete ones: Optuna's slice, contour and parallel coordinates plot only these. */
  complete: readonly ScoredTrial[];
  params: readonly StudyParam[];
  direction: Direction;
  objective: ObjectiveMetric;
  /** "Validation loss": the objective's axis label. */
  objectiveLabel: string;
}

/**
 * The shown search as the dashboards need it. Trials re-render it only when one finishes (or its
 * record changes), not on every epoch of a running one: running trials have no value yet.
 */
export function useStudy(): StudyView {
  const scored = useAppState(useShallow((s) => scoredTrials(s.search.trials)));
  const { columns, searched, direction, objective } = useAppState(
    useShallow((s) => ({
      columns: s.search.columns,
      searched: s.search.spec?.search.params,
      direction: s.search.direction,
      objective: s.search.objective,
    })),
  );
  const params = useMemo(
    () =>
      columns.flatMap((column) => {
        const spec = searched?.find((p) => p.target === column.target);
        return spec ? [{ ...column, distribution: spec.distribution }] : [];
      }),
    [columns, searched],
  );
  const complete = useMemo(() => scored.filter((t) => t.state === 'complete'), [scored]);
  const name = OBJECTIVE_NAMES[objective];
  return {
    scored,
    complete,
    params,
    direction,
    objective,
    objectiveLabel: name.charAt(0).toUpperCase() + name.slice(1),
  };
}
