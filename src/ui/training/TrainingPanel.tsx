import { useId } from 'react';
import { BACKEND_CHOICES } from '../../engine/client/protocol';
import type { BackendChoice } from '../../engine/client/protocol';
import { LIMITS, OPTIMIZERS } from '../../experiment/experiment';
import type { LossName, OptimizerName } from '../../experiment/experiment';
import { LOSSES_FOR_TASK } from '../../experiment/adapt';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { LOSS_LABELS } from '../../experiment/loss-labels';
import { isLocked } from '../../store/lock';
import { isRunActive } from '../../store/run-events';
import { isRaceActive } from '../../store/race-state';
import { isSearchActive } from '../../store/search-state';
import { NumberField } from '../shared/NumberField';
import { SearchToggle } from '../shared/SearchToggle';
import { TrainingOptions } from './TrainingOptions';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';
import { OPTIMIZER_LABELS } from '../shared/optimizer-labels';
import { useIssue } from '../shared/use-issue';

export const BACKEND_LABELS: Record<BackendChoice, string> = {
  auto: 'Auto',
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WebAssembly',
  cpu: 'CPU',
};

/** The training numbers a search can vary, each with its field and a Search toggle. */
const SEARCHABLE_NUMBERS = [
  { field: 'learningRate', label: 'Learning rate', step: 0.001 },
  { field: 'batchSize', label: 'Batch size', step: 1 },
  { field: 'epochs', label: 'Epochs', step: 1 },
] as const;

export function TrainingPanel() {
  const training = useAppState((s) => s.spec.training);
  const edit = useAppState((s) => s.edit);
  const backendChoice = useAppState((s) => s.backendChoice);
  const setBackendChoice = useAppState((s) => s.setBackendChoice);
  const status = useAppState((s) => s.run.status);
  const issueCount = useAppState((s) => s.specIssues.length);
  const firstIssue = useAppState((s) => s.specIssues[0]);
  const blockedId = useId();
  const train = useAppState((s) => s.train);
  const stop = useAppState((s) => s.stop);
  const pause = useAppState((s) => s.pause);
  const resume = useAppState((s) => s.resume);
  const locked = useAppState(isLocked);
  const searching = useAppState((s) => isSearchActive(s.search.status));
  const racing = useAppState((s) => isRaceActive(s.race.status));
  const optimizerId = useId();
  const lossId = useId();
  const task = useAppState((s) => specDatasetInfo(s.spec.dataset).task);
  const lossIssue = useIssue('training.loss');
  // The current loss stays listed even when it does not fit (e.g. from a link), next to its error.
  const losses = LOSSES_FOR_TASK[task].includes(training.loss)
    ? LOSSES_FOR_TASK[task]
    : [training.loss, ...LOSSES_FOR_TASK[task]];
  const backendId = useId();
  const active = isRunActive(status);
  const issues = {
    learningRate: useIssue('training.learningRate'),
    batchSize: useIssue('training.batchSize'),
    epochs: useIssue('training.epochs'),
    seed: useIssue('training.seed'),
  };

  return (
    <section className="panel" aria-labelledby="training-heading">
      <h2 id="training-heading">Training</h2>
      <div className="fields">
        <div className="searchable">
          <div className="field">
            <label htmlFor={optimizerId}>Optimizer</label>
            <select
              id={optimizerId}
              value={training.optimizer}
              disabled={locked}
              onChange={(e) =>
                edit({ type: 'setOptimizer', optimizer: e.target.value as OptimizerName })
              }
            >
              {OPTIMIZERS.map((name) => (
                <option key={name} value={name}>
                  {OPTIMIZER_LABELS[name]}
                </option>
              ))}
            </select>
          </div>
          <SearchToggle target="training.optimizer" name="optimizer" />
        </div>
        <div className="field">
          <label htmlFor={lossId}>Loss</label>
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
        {SEARCHABLE_NUMBERS.map(({ field, label, step }) => (
          <div className="searchable" key={field}>
            <NumberField
              label={label}
              value={training[field]}
              min={LIMITS[field].min}
              max={LIMITS[field].max}
              step={step}
              error={issues[field]}
              disabled={locked}
              onChange={(value) => edit({ type: 'setTrainingNumber', field, value })}
            />
            <SearchToggle target={`training.${field}`} name={label.toLowerCase()} />
          </div>
        ))}
        <NumberField
          label="Training seed"
          value={training.seed}
          min={0}
          max={4294967295}
          step={1}
          hint="Same seed, same weights and shuffles"
          error={issues.seed}
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
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={train}
          disabled={locked || issueCount > 0}
          aria-describedby={firstIssue ? blockedId : undefined}
        >
          Train
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={resume}>
            Resume
          </button>
        ) : (
          <button type="button" onClick={pause} disabled={status !== 'training'}>
            Pause
          </button>
        )}
        <button type="button" onClick={stop} disabled={!active || status === 'stopping'}>
          Stop
        </button>
        <button
          type="button"
          className="quiet"
          onClick={() => edit({ type: 'reset' })}
          disabled={locked}
        >
          Reset to defaults
        </button>
      </div>
      {searching && (
        <p className="hint">A search is running: it trains on the workers until it ends.</p>
      )}
      {racing && (
        <p className="hint">A strategy race is running: it trains on the workers until it ends.</p>
      )}
      {firstIssue && (
        <p className="field-error" id={blockedId}>
          Cannot train yet: {problemText(firstIssue)}
          {issueCount > 1 &&
            ` (and ${issueCount - 1} more ${issueCount === 2 ? 'problem' : 'problems'} marked in red)`}
        </p>
      )}
    </section>
  );
}
