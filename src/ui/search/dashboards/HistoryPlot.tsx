import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatObjective } from '../search-view';
import { countAxis } from './axes';
import { PlotFrame } from './PlotFrame';
import { useObjectiveAxis } from './use-objective-axis';
import { bestSoFar } from './study-points';
import type { StudyView } from './use-study';

interface HistoryPlotProps {
  study: StudyView;
  log: boolean;
  shown: ReadonlySet<number> | null;
  onSelect(number: number): void;
}

/** Optuna's optimisation history: each trial's value by trial number, and the best so far. */
export function HistoryPlot({ study, log, shown, onSelect }: HistoryPlotProps) {
  const { t } = useTranslation('dashboards');
  const { scored, direction, objective, objectiveLabel } = study;
  const last = Math.max(1, ...scored.map((trial) => trial.number + 1));
  const trialLabel = t('history.trialAxis');
  const x = useMemo(() => countAxis(trialLabel, last), [trialLabel, last]);
  const y = useObjectiveAxis(scored, objectiveLabel, log);
  const steps = useMemo(() => bestSoFar(scored, direction), [scored, direction]);
  return (
    <figure className="dashboard-plot">
      <PlotFrame label={t('history.label', { objective: objectiveLabel })} x={x} y={y}>
        {(scale) => {
          const px = (number: number) => scale.x(x.at(number + 1) as number);
          const py = (value: number) => scale.y(y.at(value) ?? 0);
          const path = steps
            .map((step, i) => {
              const next = steps[i + 1];
              const end = next ? px(next.number) : px(last - 1);
              return `${i === 0 ? 'M' : 'L'}${px(step.number)},${py(step.value)}H${end}`;
            })
            .join('');
          return (
            <>
              {steps.length > 0 && <path className="best-so-far" d={path} />}
              {scored.map((trial) => (
                <circle
                  key={trial.number}
                  className={`trial-point ${trial.state}${shown && !shown.has(trial.number) ? ' faded' : ''}`}
                  cx={px(trial.number)}
                  cy={py(trial.value)}
                  r={4.5}
                  onClick={() => onSelect(trial.number)}
                >
                  <title>
                    {t(
                      trial.state === 'complete' ? 'history.pointComplete' : 'history.pointPruned',
                      {
                        number: trial.number + 1,
                        value: formatObjective(objective, trial.value),
                      },
                    )}
                  </title>
                </circle>
              ))}
            </>
          );
        }}
      </PlotFrame>
      <figcaption className="chart-legend">
        <span>
          <svg width="12" height="12" aria-hidden="true">
            <circle className="trial-point complete" cx="6" cy="6" r="4.5" />
          </svg>
          {t('history.legendComplete')}
        </span>
        <span>
          <svg width="12" height="12" aria-hidden="true">
            <circle className="trial-point pruned" cx="6" cy="6" r="4.5" />
          </svg>
          {t('history.legendPruned')}
        </span>
        <span>
          <svg width="18" height="12" aria-hidden="true">
            <path className="best-so-far" d="M1,6H17" />
          </svg>
          {t('history.legendBest')}
        </span>
      </figcaption>
    </figure>
  );
}
