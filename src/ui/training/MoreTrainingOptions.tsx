import { useId } from 'react';
import { BACKEND_CHOICES } from '../../engine/client/protocol';
import type { BackendChoice } from '../../engine/client/protocol';
import type { LossName } from '../../experiment/experiment';
import { LOSSES_FOR_TASK } from '../../experiment/adapt';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { LOSS_LABELS } from '../../experiment/loss-labels';
import { isLocked } from '../../store/lock';
import { NumberField } from '../shared/NumberField';
import { useAppState } from '../shared/store-context';
import { useIssue } from '../shared/use-issue';
import { TrainingOptions } from './TrainingOptions';
import { FieldLabel } from '../shared/FieldLabel';

export const BACKEND_LABELS: Record<BackendChoice, string> = {
  auto: 'Auto',
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WebAssembly',
  cpu: 'CPU',
};

/** Loss, seed, backend, schedule and early stopping: open by choice, out of a lesson's way. */
export function MoreTrainingOptions() {
  const training = useAppState((s) => s.spec.training);
  const edit = useAppState((s) => s.edit);
  const backendChoice = useAppState((s) => s.backendChoice);
  const setBackendChoice = useAppState((s) => s.setBackendChoice);
  const locked = useAppState(isLocked);
  const task = useAppState((s) => specDatasetInfo(s.spec.dataset).task);
  const lossIssue = useIssue('training.loss');
  const seedIssue = useIssue('training.seed');
  const lossId = useId();
  const backendId = useId();
  // The current loss stays listed even when it does not fit (e.g. from a link), next to its error.
  const losses = LOSSES_FOR_TASK[task].includes(training.loss)
    ? LOSSES_FOR_TASK[task]
    : [training.loss, ...LOSSES_FOR_TASK[task]];
  return (
    <details className="more-training" open={lossIssue || seedIssue ? true : undefined}>
      <summary>More training options</summary>
      <div className="fields">
        <div className="field">
          <FieldLabel htmlFor={lossId} term="loss">
            Loss
          </FieldLabel>
          <select
            id={lossId}
            value={training.loss}
            disabled={locked}
            aria-invalid={lossIssue ? true : undefined}
            aria-describedby={lossIssue ? `${lossId}-error` : undefined}
            onChange={(e) => edit({ type: 'setLoss', loss: e.target.value as LossName })}
          >
            {losses.map((loss) => (
              <option key={loss} value={loss}>
                {LOSS_LABELS[loss]}
              </option>
            ))}
          </select>
          {lossIssue && (
            <small id={`${lossId}-error`} className="field-error">
              {lossIssue}
            </small>
          )}
        </div>
        <NumberField
          label="Training seed"
          value={training.seed}
          min={0}
          max={4294967295}
          step={1}
          hint="Same seed, same weights and shuffles"
          error={seedIssue}
          disabled={locked}
          onChange={(value) => edit({ type: 'setTrainingNumber', field: 'seed', value })}
        />
        <div className="field">
          <label htmlFor={backendId}>Backend</label>
          <select
            id={backendId}
            aria-describedby={`${backendId}-hint`}
            value={backendChoice}
            disabled={locked}
            onChange={(e) => setBackendChoice(e.target.value as BackendChoice)}
          >
            {BACKEND_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {BACKEND_LABELS[choice]}
              </option>
            ))}
          </select>
          <small id={`${backendId}-hint`} className="hint">
            Auto times a few training steps of this model on each backend and picks the fastest
          </small>
        </div>
      </div>
      <TrainingOptions />
      <button
        type="button"
        className="quiet"
        onClick={() => edit({ type: 'reset' })}
        disabled={locked}
      >
        Reset to defaults
      </button>
    </details>
  );
}
