import { useMemo } from 'react';
import { linearTicks } from './axes';
import type { Axis } from './axes';
import { PlotFrame } from './PlotFrame';
import { useObjectiveAxis } from './use-objective-axis';
import { empiricalDistribution } from './study-points';
import type { StudyView } from './use-study';

/** A share from 0 to 1, as a percentage axis. */
const SHARE_AXIS: Axis = {
  kind: 'linear',
  label: 'Share of complete trials',
  at: (value) => (typeof value === 'number' ? value : null),
  valueAt: (at) => at,
  ticks: linearTicks(0, 1).map((v) => ({ at: v, label: `${Math.round(v * 100)}%` })),
};

/**
 * Optuna's empirical distribution function: the share of complete trials whose value is at most
 * x. A curve that rises early (minimising) means most trials found good values: an easy space.
 */
export function EdfPlot({ study, log }: { study: StudyView; log: boolean }) {
  const { scored, objectiveLabel, direction } = study;
  const steps = useMemo(() => empiricalDistribution(scored), [scored]);
  const x = useObjectiveAxis(steps, objectiveLabel, log);
  return (
    <figure className="dashboard-plot">
      <PlotFrame label={`Empirical distribution of ${objectiveLabel}`} x={x} y={SHARE_AXIS}>
        {(scale) => {
          const px = (value: number) => scale.x(x.at(value) ?? 0);
          const d = steps
            .map((step, i) => {
              const before = i === 0 ? 0 : (steps[i - 1]?.share ?? 0);
              return `${i === 0 ? 'M' : 'L'}${px(step.value)},${scale.y(before)}V${scale.y(step.share)}`;
            })
            .join('');
          return steps.length > 0 && <path className="edf-line" d={d} />;
        }}
      </PlotFrame>
      <figcaption className="hint">
        {direction === 'minimize'
          ? 'A curve that climbs early means many trials found low values.'
          : 'A curve that climbs late means many trials found high values.'}
      </figcaption>
    </figure>
  );
}
