import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFraction } from '../../i18n/format';
import { linearTicks } from './axes';
import type { Axis } from './axes';
import { PlotFrame } from './PlotFrame';
import { useObjectiveAxis } from './use-objective-axis';
import { empiricalDistribution } from './study-points';
import type { StudyView } from './use-study';

/** A share from 0 to 1, as a percentage axis, in the language on screen. */
const shareAxis = (label: string): Axis => ({
  kind: 'linear',
  label,
  at: (value) => (typeof value === 'number' ? value : null),
  valueAt: (at) => at,
  ticks: linearTicks(0, 1).map((v) => ({ at: v, label: formatFraction(v, 0) })),
});

/**
 * Optuna's empirical distribution function: the share of complete trials whose value is at most
 * x. A curve that rises early (minimising) means most trials found good values: an easy space.
 */
export function EdfPlot({ study, log }: { study: StudyView; log: boolean }) {
  const { t } = useTranslation('dashboards');
  const { scored, objectiveLabel, direction } = study;
  const steps = useMemo(() => empiricalDistribution(scored), [scored]);
  const x = useObjectiveAxis(steps, objectiveLabel, log);
  const y = shareAxis(t('edf.shareAxis'));
  return (
    <figure className="dashboard-plot">
      <PlotFrame label={t('edf.label', { objective: objectiveLabel })} x={x} y={y}>
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
        {t(direction === 'minimize' ? 'edf.minimize' : 'edf.maximize')}
      </figcaption>
    </figure>
  );
}
