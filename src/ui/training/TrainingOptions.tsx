import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, LR_SCHEDULES } from '../../experiment/experiment';
import type { EarlyStopping, LrSchedule, LrScheduleKind } from '../../experiment/experiment';
import { isLocked } from '../../store/lock';
import { NumberField } from '../shared/NumberField';
import { useAppState } from '../shared/store-context';
import { useIssue } from '../shared/use-issue';

/** The learning-rate schedule and early stopping: what changes while a run trains. */
export function TrainingOptions() {
  const { t } = useTranslation('training');
  const { schedule, earlyStopping } = useAppState((s) => s.spec.training);
  const edit = useAppState((s) => s.edit);
  const locked = useAppState(isLocked);
  const scheduleId = useId();
  const issues = {
    factor: useIssue('training.schedule.factor'),
    everyEpochs: useIssue('training.schedule.everyEpochs'),
    patience: useIssue('training.earlyStopping.patience'),
    minDelta: useIssue('training.earlyStopping.minDelta'),
  };
  const setSchedule = (change: Partial<LrSchedule>) => edit({ type: 'setSchedule', change });
  const setEarlyStopping = (change: Partial<EarlyStopping>) =>
    edit({ type: 'setEarlyStopping', change });
  const cosine = schedule.kind === 'cosine';
  return (
    <fieldset className="fields training-options" disabled={locked}>
      <legend>{t('schedule.legend')}</legend>
      <div className="field">
        <label htmlFor={scheduleId}>{t('schedule.label')}</label>
        <select
          id={scheduleId}
          value={schedule.kind}
          onChange={(e) => setSchedule({ kind: e.target.value as LrScheduleKind })}
        >
          {LR_SCHEDULES.map((kind) => (
            <option key={kind} value={kind}>
              {t(`schedule.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {schedule.kind !== 'constant' && (
        <NumberField
          label={cosine ? t('schedule.finalRate') : t('schedule.factor')}
          value={schedule.factor}
          min={LIMITS.scheduleFactor.min}
          max={LIMITS.scheduleFactor.max}
          step={0.05}
          hint={cosine ? t('schedule.finalRateHint') : t('schedule.factorHint')}
          error={issues.factor}
          onChange={(factor) => setSchedule({ factor })}
        />
      )}
      {(schedule.kind === 'step' || schedule.kind === 'exponential') && (
        <NumberField
          label={t('schedule.every')}
          value={schedule.everyEpochs}
          min={LIMITS.scheduleEvery.min}
          max={LIMITS.scheduleEvery.max}
          step={1}
          hint={t('schedule.everyHint')}
          error={issues.everyEpochs}
          onChange={(everyEpochs) => setSchedule({ everyEpochs })}
        />
      )}
      <div className="field checkbox">
        <label>
          <input
            type="checkbox"
            checked={earlyStopping.enabled}
            onChange={(e) => setEarlyStopping({ enabled: e.target.checked })}
          />
          {t('earlyStopping.enable')}
        </label>
      </div>
      {earlyStopping.enabled && (
        <>
          <NumberField
            label={t('earlyStopping.patience')}
            value={earlyStopping.patience}
            min={LIMITS.patience.min}
            max={LIMITS.patience.max}
            step={1}
            hint={t('earlyStopping.patienceHint')}
            error={issues.patience}
            onChange={(patience) => setEarlyStopping({ patience })}
          />
          <NumberField
            label={t('earlyStopping.minDelta')}
            value={earlyStopping.minDelta}
            min={LIMITS.minDelta.min}
            max={LIMITS.minDelta.max}
            step={0.001}
            hint={t('earlyStopping.minDeltaHint')}
            error={issues.minDelta}
            onChange={(minDelta) => setEarlyStopping({ minDelta })}
          />
          <div className="field checkbox">
            <label>
              <input
                type="checkbox"
                checked={earlyStopping.restoreBestWeights}
                onChange={(e) => setEarlyStopping({ restoreBestWeights: e.target.checked })}
              />
              {t('earlyStopping.restoreBest')}
            </label>
          </div>
        </>
      )}
    </fieldset>
  );
}
