import { useShallow } from 'zustand/shallow';
import type { Direction, ObjectiveMetric } from '../../experiment/search-schema';
import { useAppState } from '../shared/store-context';
import { tooltipEntries } from './trial-lines';
import { trialTitle } from './search-view';
import { useSelectedTrial } from './selected-trial';

interface SearchTrialsTooltipProps {
  epoch: number;
  objective: ObjectiveMetric;
  direction: Direction;
  format(value: number): string;
}

const ROLE_WORDS = { best: ' (best)', selected: ' (selected)', running: ' (running)' } as const;

/**
 * The epoch's values of the trials that stand out; every curve would be too many to list. It
 * reads the trials itself, so it stays current while they stream and the chart does not redraw.
 */
export function SearchTrialsTooltip({
  epoch,
  objective,
  direction,
  format,
}: SearchTrialsTooltipProps) {
  const { selected } = useSelectedTrial();
  const { trials, bestNumber } = useAppState(
    useShallow((s) => ({ trials: s.search.trials, bestNumber: s.search.bestNumber })),
  );
  const entries = tooltipEntries(epoch, trials, objective, {
    bestNumber,
    selectedNumber: selected,
    direction,
  });
  return (
    <div className="chart-tooltip">
      <p>Epoch {epoch}</p>
      {entries.length === 0 ? (
        <p>Select a trial to follow its value here.</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.number}>
              {trialTitle(entry.number)}
              {ROLE_WORDS[entry.role]}: {format(entry.value)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
