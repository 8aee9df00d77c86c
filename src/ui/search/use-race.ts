import { useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import type { SearchStrategy } from '../../experiment/search-schema';
import type { Message } from '../../lib/message';
import type { SearchEndReason, SearchStatus, SearchTrialView } from '../../store/search-state';
import { useAppState } from '../shared/store-context';
import { scoredTrials } from './dashboards/study-points';

/** One strategy of the race as its chart and table show it. */
export interface RaceLaneView {
  strategy: SearchStrategy;
  studyId: string;
  plannedTrials: number;
  status: SearchStatus;
  endReason: SearchEndReason | null;
  /** Why its search stopped early (a sampler that failed), in words to look up. */
  message: Message | null;
  /** Its trials with a value. */
  scored: readonly SearchTrialView[];
}

/**
 * The race's strategies, re-rendering only when a trial of one of them ends or a strategy's
 * status changes: not on each of the epochs streaming in from four searches at once.
 */
export function useRaceLanes(): readonly RaceLaneView[] {
  // Strategy names separate the lanes' trials in one flat list that useShallow can compare.
  const flat = useAppState(
    useShallow((s) =>
      s.race.lanes.flatMap((l): (string | SearchTrialView)[] => [
        l.strategy,
        ...scoredTrials(l.search.trials),
      ]),
    ),
  );
  const meta = useAppState(
    useShallow((s) =>
      s.race.lanes.flatMap((l) => [
        l.studyId,
        l.search.plannedTrials,
        l.search.status,
        l.search.endReason,
        l.search.message,
      ]),
    ),
  );
  return useMemo(() => {
    const lanes: RaceLaneView[] = [];
    for (const item of flat) {
      if (typeof item !== 'string') {
        (lanes.at(-1)?.scored as SearchTrialView[] | undefined)?.push(item);
        continue;
      }
      const at = lanes.length * 5;
      lanes.push({
        strategy: item as SearchStrategy,
        studyId: meta[at] as string,
        plannedTrials: meta[at + 1] as number,
        status: meta[at + 2] as SearchStatus,
        endReason: meta[at + 3] as SearchEndReason | null,
        message: meta[at + 4] as Message | null,
        scored: [],
      });
    }
    return lanes;
  }, [flat, meta]);
}
