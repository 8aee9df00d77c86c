import { useTranslation } from 'react-i18next';
import { formatObjective, formatParamValue } from '../search-view';
import { paramAxis } from './axes';
import { cssColor, scaleColor } from './contour';
import { PlotFrame } from './PlotFrame';
import { useObjectiveAxis } from './use-objective-axis';
import type { StudyView } from './use-study';

interface SlicePlotsProps {
  study: StudyView;
  log: boolean;
  shown: ReadonlySet<number> | null;
  onSelect(number: number): void;
}

/**
 * Optuna's slice plot: the objective against each parameter on its own, one small plot each on a
 * shared objective axis; points are coloured by trial number (dark = early), so a sampler closing
 * in on a region shows as late trials gathering there.
 */
export function SlicePlots({ study, log, shown, onSelect }: SlicePlotsProps) {
  const { t } = useTranslation('dashboards');
  const { complete: scored, params, objective, objectiveLabel } = study;
  const y = useObjectiveAxis(scored, objectiveLabel, log);
  const last = Math.max(1, ...scored.map((trial) => trial.number));
  return (
    <div className="slice-plots">
      {params.map((param) => {
        const x = paramAxis(param.label, param.distribution);
        const used = scored.filter((trial) => Object.hasOwn(trial.params, param.target));
        return (
          <figure key={param.target} className="dashboard-plot small">
            <PlotFrame
              label={t('slice.label', { objective: objectiveLabel, param: param.label })}
              x={x}
              y={y}
              width={380}
              height={250}
            >
              {(scale) =>
                used.map((trial) => (
                  <circle
                    key={trial.number}
                    className={`trial-point slice${shown && !shown.has(trial.number) ? ' faded' : ''}`}
                    cx={scale.x(x.at(trial.params[param.target]) ?? 0)}
                    cy={scale.y(y.at(trial.value) ?? 0)}
                    r={4}
                    fill={cssColor(scaleColor(trial.number / last))}
                    onClick={() => onSelect(trial.number)}
                  >
                    <title>
                      {t('slice.point', {
                        number: trial.number + 1,
                        param: param.label,
                        value: formatParamValue(trial.params[param.target]),
                        result: formatObjective(objective, trial.value),
                      })}
                    </title>
                  </circle>
                ))
              }
            </PlotFrame>
          </figure>
        );
      })}
      <p className="chart-legend">
        <span className="color-scale" aria-hidden="true" />
        <span>{t('slice.legend')}</span>
      </p>
    </div>
  );
}
