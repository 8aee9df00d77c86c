import { useTranslation } from 'react-i18next';
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

/** Each entry's line, drawn as the chart draws it. */
const SWATCHES = {
  best: roleStyle('best'),
  selected: roleStyle('selected'),
  running: roleStyle('running'),
  complete: roleStyle('ended'),
  pruned: roleStyle('ended', true),
  failed: roleStyle('faint'),
};

const drawnIn = (trials: readonly SearchTrialView[], ...states: SearchTrialView['state'][]) =>
  trials.some((t) => states.includes(t.state) && t.history.length > 0);

/**
 * What each line style means, naming the best and the selected trial. It reads only what it
 * shows, so epochs streaming in do not redraw it.
 */
export function SearchTrialsLegend({ selected, format }: SearchTrialsLegendProps) {
  const { t } = useTranslation('search');
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
          <LineSwatch {...SWATCHES.best} />
          {bestValue === null
            ? t('legend.best', { trial: trialName(bestNumber) })
            : t('legend.bestValue', { trial: trialName(bestNumber), value: format(bestValue) })}
        </li>
      )}
      {selected !== null && selected !== bestNumber && (
        <li>
          <LineSwatch {...SWATCHES.selected} />
          {t('legend.selected', { trial: trialName(selected) })}
        </li>
      )}
      {legend.running && (
        <li>
          <LineSwatch {...SWATCHES.running} />
          {t('legend.running')}
        </li>
      )}
      {legend.complete && (
        <li>
          <LineSwatch {...SWATCHES.complete} />
          {t('legend.complete')}
        </li>
      )}
      {legend.pruned && (
        <li>
          <LineSwatch {...SWATCHES.pruned} />
          {t('legend.pruned')}
        </li>
      )}
      {legend.failed && (
        <li>
          <LineSwatch {...SWATCHES.failed} />
          {t('legend.failed')}
        </li>
      )}
    </ul>
  );
}
