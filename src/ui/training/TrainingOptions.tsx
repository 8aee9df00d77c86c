import { useId } from 'react';
import { LIMITS, LR_SCHEDULES } from '../../experiment/experiment';
import type { LrScheduleKind } from '../../experiment/experiment';
import { isLocked } from '../../store/lock';
import { NumberField } from '../shared/NumberField';
import { useAppState } from '../shared/store-context';
import { useIssue } from '../shared/use-issue';

const SCHEDULE_LABELS: Record<LrScheduleKind, string> = {
  constant: 'Constant',
  step: 'Step decay',
  exponential: 'Exponential decay',
  cosine: 'Cosine annealing',
};

/** The learning-rate schedule and early stopping: what changes while a run trains. */
export function TrainingOptions() {
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
  return (
    <fieldset className="fields training-options" disabled={locked}>
      <legend>Schedule and early stopping</legend>
      <div className="field">
        <label htmlFor={scheduleId}>Learning-rate schedule</label>
        <select
          id={scheduleId}
          value={schedule.kind}
          onChange={(e) =>
            edit({ type: 'setSchedule', change: { kind: e.target.value as LrScheduleKind } })
          }
        >
          {LR_SCHEDULES.map((kind) => (
            <option key={kind} value={kind}>
              {SCHEDULE_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {schedule.kind !== 'constant' && (
        <NumberField
          label={schedule.kind === 'cosine' ? 'Final rate (× start)' : 'Decay factor'}
          value={schedule.factor}
          min={LIMITS.scheduleFactor.min}
          max={LIMITS.scheduleFactor.max}
          step={0.05}
          hint={
            schedule.kind === 'cosine'
              ? 'The rate eases down to this share of the start'
              : 'Multiply the rate by this…'
          }
          error={issues.factor}
          onChange={(value) => edit({ type: 'setSchedule', change: { factor: value } })}
        />
      )}
      {(schedule.kind === 'step' || schedule.kind === 'exponential') && (
        <NumberField
          label="Every (epochs)"
          value={schedule.everyEpochs}
          min={LIMITS.scheduleEvery.min}
          max={LIMITS.scheduleEvery.max}
          step={1}
          hint="…once per this many epochs"
          error={issues.everyEpochs}
          onChange={(value) => edit({ type: 'setSchedule', change: { everyEpochs: value } })}
        />
      )}
      <div className="field checkbox">
        <label>
          <input
            type="checkbox"
            checked={earlyStopping.enabled}
            onChange={(e) =>
              edit({ type: 'setEarlyStopping', change: { enabled: e.target.checked } })
            }
          />
          Stop early when validation loss stops improving
        </label>
      </div>
      {earlyStopping.enabled && (
        <>
          <NumberField
            label="Patience (epochs)"
            value={earlyStopping.patience}
            min={LIMITS.patience.min}
            max={LIMITS.patience.max}
            step={1}
            hint="Epochs without improvement before stopping"
            error={issues.patience}
            onChange={(value) => edit({ type: 'setEarlyStopping', change: { patience: value } })}
          />
          <NumberField
            label="Minimum improvement"
            value={earlyStopping.minDelta}
            min={LIMITS.minDelta.min}
            max={LIMITS.minDelta.max}
            step={0.001}
            hint="A smaller drop in loss does not count"
            error={issues.minDelta}
            onChange={(value) => edit({ type: 'setEarlyStopping', change: { minDelta: value } })}
          />
          <div className="field checkbox">
            <label>
              <input
                type="checkbox"
                checked={earlyStopping.restoreBestWeights}
                onChange={(e) =>
                  edit({
                    type: 'setEarlyStopping',
                    change: { restoreBestWeights: e.target.checked },
                  })
                }
              />
              Keep the best epoch&apos;s weights
            </label>
          </div>
        </>
      )}
    </fieldset>
  );
}
