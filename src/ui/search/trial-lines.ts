import type { Direction, ObjectiveMetric } from '../../experiment/search-schema';
import type { SearchTrialView } from '../../store/search-state';
import { objectiveAt } from './trial-values';

/** The chart of every trial's curve: its line styles and its tooltip. */

export const BEST_COLOR = '#15803d';
const SELECTED_COLOR = '#111827';
const PALETTE = ['#2563eb', '#7c3aed', '#0891b2', '#db2777', '#ea580c', '#4f46e5', '#0d9488'];
const PRUNED_DASH = '5 4';

export interface TrialLineStyle {
  stroke: string;
  strokeWidth: number;
  strokeOpacity: number;
  /** Dashed for pruned trials; null draws a solid line. */
  dash: string | null;
  /** Drawing order: higher ranks are drawn later, on top. */
  rank: number;
}

/** How much a curve stands out: best thickest, running bold, ended muted, failures faint. */
export const LINE_STYLES = {
  best: { stroke: BEST_COLOR, strokeWidth: 4, strokeOpacity: 1, dash: null, rank: 5 },
  selected: { stroke: SELECTED_COLOR, strokeWidth: 3, strokeOpacity: 1, dash: null, rank: 4 },
  running: {
    stroke: PALETTE[0] as string,
    strokeWidth: 2.5,
    strokeOpacity: 1,
    dash: null,
    rank: 3,
  },
  ended: {
    stroke: PALETTE[0] as string,
    strokeWidth: 1.5,
    strokeOpacity: 0.45,
    dash: null,
    rank: 1,
  },
  faint: { stroke: '#94a3b8', strokeWidth: 1, strokeOpacity: 0.3, dash: null, rank: 0 },
} as const satisfies Record<string, TrialLineStyle>;
export type LineRole = keyof typeof LINE_STYLES;

function lineRole(
  trial: SearchTrialView,
  bestNumber: number | null,
  selectedNumber: number | null,
): LineRole {
  if (trial.number === bestNumber) return 'best';
  if (trial.number === selectedNumber) return 'selected';
  if (trial.state === 'running') return 'running';
  return trial.state === 'failed' || trial.state === 'diverged' ? 'faint' : 'ended';
}

/** A role's style, dashed as a pruned curve is (a pruned trial can still be selected). */
export const roleStyle = (role: LineRole, pruned = false): TrialLineStyle => ({
  ...LINE_STYLES[role],
  dash: pruned ? PRUNED_DASH : null,
});

/** How a trial's curve is drawn; running and ended curves take a colour of their own. */
export function trialLineStyle(
  trial: SearchTrialView,
  bestNumber: number | null,
  selectedNumber: number | null,
): TrialLineStyle {
  const role = lineRole(trial, bestNumber, selectedNumber);
  const style = roleStyle(role, trial.state === 'pruned');
  return role === 'running' || role === 'ended'
    ? { ...style, stroke: PALETTE[trial.number % PALETTE.length] as string }
    : style;
}

/** The trials with their line styles, in drawing order (emphasised lines last, on top). */
export function styledLines(
  trials: readonly SearchTrialView[],
  bestNumber: number | null,
  selectedNumber: number | null,
): { trial: SearchTrialView; style: TrialLineStyle }[] {
  return trials
    .filter((trial) => trial.history.length > 0)
    .map((trial) => ({ trial, style: trialLineStyle(trial, bestNumber, selectedNumber) }))
    .sort((a, b) => a.style.rank - b.style.rank);
}

export interface TooltipEntry {
  number: number;
  value: number;
  role: 'best' | 'selected' | 'running';
}

/**
 * What the tooltip lists at one epoch: the best, the selected and the running trials (every
 * curve would be too many), better values first.
 */
export function tooltipEntries(
  epoch: number,
  trials: readonly SearchTrialView[],
  objective: ObjectiveMetric,
  {
    bestNumber,
    selectedNumber,
    direction,
  }: {
    bestNumber: number | null;
    selectedNumber: number | null;
    direction: Direction;
  },
): TooltipEntry[] {
  const entries: TooltipEntry[] = [];
  for (const trial of trials) {
    const value = objectiveAt(trial.history, epoch, objective);
    if (value === null) continue;
    const role = lineRole(trial, bestNumber, selectedNumber);
    if (role === 'best' || role === 'selected' || role === 'running')
      entries.push({ number: trial.number, value, role });
  }
  const sign = direction === 'minimize' ? 1 : -1;
  return entries.sort((a, b) => sign * (a.value - b.value));
}
