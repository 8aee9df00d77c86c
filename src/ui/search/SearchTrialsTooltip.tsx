import type { Direction } from '../../experiment/search-schema';
import type { SearchTrialView } from '../../store/search-state';
import type { ChartRow } from '../../store/search-curves';
import { tooltipEntries } from './trial-lines';
import { trialTitle } from './search-view';

interface SearchTrialsTooltipProps {
  row: ChartRow | undefined;
  trials: readonly SearchTrialView[];
  bestNumber: number | null;
  selected: number | null;
  direction: Direction;
  format(value: number): string;
}

const ROLE_WORDS = { best: ' (best)', selected: ' (selected)', running: ' (running)' } as const;

/** The epoch's values of the trials that stand out; every curve would be too many to list. */
export function SearchTrialsTooltip({
  row,
  trials,
  bestNumber,
  selected,
  direction,
  format,
}: SearchTrialsTooltipProps) {
  if (!row) return null;
  const entries = tooltipEntries(row, trials, { bestNumber, selectedNumber: selected, direction });
  return (
    <div className="chart-tooltip">
      <p>Epoch {row.epoch}</p>
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
