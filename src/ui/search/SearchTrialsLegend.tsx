import { useShallow } from 'zustand/shallow';
import type { SearchTrialView } from '../../store/search-state';
import { LineSwatch } from '../shared/LineSwatch';
import { useAppState } from '../shared/store-context';
import { roleStyle } from './trial-lines';
import { trialName } from './search-view';

interface SearchTrialsLegendProps {
  selected: number | null;
  format(value: number): string;
}

const drawnIn = (trials: readonly SearchTrialView[], ...states: SearchTrialView['state'][]) =>
  trials.some((t) => states.includes(t.state) && t.history.length > 0);

/**
 * What each line style means, naming the best and the selected trial. It reads only what it
 * shows, so epochs streaming in do not redraw it.
 */
export function SearchTrialsLegend({ selected, format }: SearchTrialsLegendProps) {
  const legend = useAppState(
    useShallow(({ search: { trials, bestNumber } }) => ({
      bestNumber,
      bestValue: trials.find((t) => t.number === bestNumber)?.value ?? null,
      running: drawnIn(trials, 'running'),
      complete: drawnIn(trials, 'complete'),
      pruned: drawnIn(trials, 'pruned'),
      failed: drawnIn(trials, 'failed', 'diverged'),
    })),
  );
  const { bestNumber, bestValue } = legend;
  return (
    <ul className="chart-legend">
      {bestNumber !== null && (
        <li>
          <LineSwatch {...roleStyle('best')} />
          Best: {trialName(bestNumber)}
          {bestValue !== null && ` (${format(bestValue)})`}
        </li>
      )}
      {selected !== null && selected !== bestNumber && (
        <li>
          <LineSwatch {...roleStyle('selected')} />
          Selected: {trialName(selected)}
        </li>
      )}
      {legend.running && (
        <li>
          <LineSwatch {...roleStyle('running')} />
          Running
        </li>
      )}
      {legend.complete && (
        <li>
          <LineSwatch {...roleStyle('ended')} />
          Complete
        </li>
      )}
      {legend.pruned && (
        <li>
          <LineSwatch {...roleStyle('ended', true)} />
          Pruned (ends where it stopped)
        </li>
      )}
      {legend.failed && (
        <li>
          <LineSwatch {...roleStyle('faint')} />
          Failed or diverged
        </li>
      )}
    </ul>
  );
}
