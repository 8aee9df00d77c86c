import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('search');
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
      <p>{t('chart.epoch', { epoch })}</p>
      {entries.length === 0 ? (
        <p>{t('chart.selectHint')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.number}>
              {t(`chart.tooltip.${entry.role}`, {
                trial: trialTitle(entry.number),
                value: format(entry.value),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
