import type { SearchTrialView } from '../../store/search-state';
import type { TrialLineStyle } from './trial-lines';
import { roleStyle } from './trial-lines';
import { trialName } from './search-view';

interface SearchTrialsLegendProps {
  trials: readonly SearchTrialView[];
  bestNumber: number | null;
  selected: number | null;
  format(value: number): string;
}

/** What each line style means, naming the best and the selected trial. */
export function SearchTrialsLegend({
  trials,
  bestNumber,
  selected,
  format,
}: SearchTrialsLegendProps) {
  const best = trials.find((t) => t.number === bestNumber);
  const has = (...states: SearchTrialView['state'][]) =>
    trials.some((t) => states.includes(t.state) && t.history.length > 0);
  return (
    <ul className="trial-legend">
      {best && (
        <li>
          <Swatch style={roleStyle('best')} />
          Best: {trialName(best.number)}
          {best.value !== null && ` (${format(best.value)})`}
        </li>
      )}
      {selected !== null && selected !== bestNumber && (
        <li>
          <Swatch style={roleStyle('selected')} />
          Selected: {trialName(selected)}
        </li>
      )}
      {has('running') && (
        <li>
          <Swatch style={roleStyle('running')} />
          Running
        </li>
      )}
      {has('complete') && (
        <li>
          <Swatch style={roleStyle('ended')} />
          Complete
        </li>
      )}
      {has('pruned') && (
        <li>
          <Swatch style={roleStyle('ended', true)} />
          Pruned (ends where it stopped)
        </li>
      )}
      {has('failed', 'diverged') && (
        <li>
          <Swatch style={roleStyle('faint')} />
          Failed or diverged
        </li>
      )}
    </ul>
  );
}

function Swatch({ style }: { style: TrialLineStyle }) {
  return (
    <svg width="22" height="8" aria-hidden="true" className="swatch">
      <line
        x1="0"
        y1="4"
        x2="22"
        y2="4"
        stroke={style.stroke}
        strokeWidth={style.strokeWidth}
        strokeOpacity={style.strokeOpacity}
        {...(style.dash ? { strokeDasharray: style.dash } : {})}
      />
    </svg>
  );
}
