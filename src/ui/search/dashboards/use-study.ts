import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/shallow';
import type { Direction, Distribution, ObjectiveMetric } from '../../../experiment/search-schema';
import { useAppState } from '../../shared/store-context';
import { messageText } from '../../i18n/message-text';
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
  /** "Validation loss": the objective's axis label, in the language on screen. */
  objectiveLabel: string;
  /** "validation loss": the objective inside a sentence. */
  objectiveName: string;
}

/**
 * The shown search as the dashboards need it. Trials re-render it only when one finishes (or its
 * record changes), not on every epoch of a running one: running trials have no value yet.
 */
export function useStudy(): StudyView {
  const { t } = useTranslation('search');
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
        // The label in the language on screen: `t` changes with it, so the words follow.
        return spec
          ? [{ ...column, label: messageText(column.label), distribution: spec.distribution }]
          : [];
      }),
    [columns, searched, t],
  );
  const complete = useMemo(() => scored.filter((trial) => trial.state === 'complete'), [scored]);
  return {
    scored,
    complete,
    params,
    direction,
    objective,
    objectiveLabel: t(`objectiveTitles.${objective}`),
    objectiveName: t(`objectives.${objective}`),
  };
}
