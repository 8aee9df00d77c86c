import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKEND_CHOICES } from '../../engine/client/protocol';
import type { BackendChoice } from '../../engine/client/protocol';
import type { LossName } from '../../experiment/experiment';
import { LOSSES_FOR_TASK } from '../../experiment/adapt';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { lossLabel } from '../shared/catalog-text';
import { isLocked } from '../../store/lock';
import { NumberField } from '../shared/NumberField';
import { useAppState } from '../shared/store-context';
import { useIssue } from '../shared/use-issue';
import { TrainingOptions } from './TrainingOptions';
import { FieldLabel } from '../shared/FieldLabel';

/** The backends by name, the same in every language; "auto" is a word (training:backendAuto). */
const BACKEND_NAMES: Record<Exclude<BackendChoice, 'auto'>, string> = {
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WebAssembly',
  cpu: 'CPU',
};

/** Loss, seed, backend, schedule and early stopping: open by choice, out of a lesson's way. */
export function MoreTrainingOptions() {
  const { t } = useTranslation('training');
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
  const setLoss = (loss: LossName) => edit({ type: 'setLoss', loss });
  const setSeed = (value: number) => edit({ type: 'setTrainingNumber', field: 'seed', value });
  const reset = () => edit({ type: 'reset' });
  return (
    <details className="more-training" open={lossIssue || seedIssue ? true : undefined}>
      <summary>{t('more')}</summary>
      <div className="fields">
        <div className="field">
          <FieldLabel htmlFor={lossId} term="loss">
            {t('fields.loss')}
          </FieldLabel>
          <select
            id={lossId}
            value={training.loss}
            disabled={locked}
            aria-invalid={lossIssue ? true : undefined}
            aria-describedby={lossIssue ? `${lossId}-error` : undefined}
            onChange={(e) => setLoss(e.target.value as LossName)}
          >
            {losses.map((loss) => (
              <option key={loss} value={loss}>
                {lossLabel(loss)}
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
          label={t('fields.seed')}
          value={training.seed}
          min={0}
          max={4294967295}
          step={1}
          hint={t('fields.seedHint')}
          error={seedIssue}
          disabled={locked}
          onChange={setSeed}
        />
        <div className="field">
          <label htmlFor={backendId}>{t('fields.backend')}</label>
          <select
            id={backendId}
            aria-describedby={`${backendId}-hint`}
            value={backendChoice}
            disabled={locked}
            onChange={(e) => setBackendChoice(e.target.value as BackendChoice)}
          >
            {BACKEND_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === 'auto' ? t('backendAuto') : BACKEND_NAMES[choice]}
              </option>
            ))}
          </select>
          <small id={`${backendId}-hint`} className="hint">
            {t('fields.backendHint')}
          </small>
        </div>
      </div>
      <TrainingOptions />
      <button type="button" className="quiet" onClick={reset} disabled={locked}>
        {t('reset')}
      </button>
    </details>
  );
}
