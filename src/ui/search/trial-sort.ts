import type { TrialState } from '../../search/types';
import type { Direction, ParamValue } from '../../experiment/search-schema';
import type { SearchTrialView } from '../../store/search-state';

import { trialDuration } from './search-view';

/** Sorting the trials table: by number, state, value, duration or any searched parameter. */

export type SortColumn =
  'number' | 'state' | 'bestValue' | 'epochs' | 'duration' | `param:${string}`;
export type SortDirection = 'ascending' | 'descending';
export interface TrialSort {
  column: SortColumn;
  direction: SortDirection;
}

export const paramColumn = (target: string): SortColumn => `param:${target}`;

/** States in the order a trial lives through them, failures last. */
const STATE_ORDER: Readonly<Record<TrialState, number>> = {
  running: 0,
  waiting: 1,
  complete: 2,
  pruned: 3,
  diverged: 4,
  failed: 5,
};

function sortValue(
  trial: SearchTrialView,
  column: SortColumn,
  now: number,
): ParamValue | null | undefined {
  switch (column) {
    case 'number':
      return trial.number;
    case 'state':
      return STATE_ORDER[trial.state];
    case 'bestValue':
      return trial.bestValue;
    case 'epochs':
      return trial.history.length;
    case 'duration':
      return trialDuration(trial, now);
    default:
      return trial.params[column.slice('param:'.length)];
  }
}

const TYPE_ORDER = { number: 0, string: 1, boolean: 2 } as const;

function compareValues(a: ParamValue, b: ParamValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'en');
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return (
    TYPE_ORDER[typeof a as keyof typeof TYPE_ORDER] -
    TYPE_ORDER[typeof b as keyof typeof TYPE_ORDER]
  );
}

const isMissing = (v: ParamValue | null | undefined): v is null | undefined =>
  v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

/** A stable sort; missing values (inactive parameters, no value yet) go last in both directions. */
export function sortTrials(
  trials: readonly SearchTrialView[],
  { column, direction }: TrialSort,
  now: number,
): SearchTrialView[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return trials
    .map((trial) => ({ trial, value: sortValue(trial, column, now) }))
    .sort((a, b) => {
      if (isMissing(a.value)) return isMissing(b.value) ? 0 : 1;
      if (isMissing(b.value)) return -1;
      return sign * compareValues(a.value, b.value);
    })
    .map(({ trial }) => trial);
}

/** The direction a column sorts in when first chosen: the objective better-first, others ascending. */
export function firstDirection(column: SortColumn, direction: Direction): SortDirection {
  return column === 'bestValue' && direction === 'maximize' ? 'descending' : 'ascending';
}
