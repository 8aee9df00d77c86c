import { useId } from 'react';
import { LIMITS, OPTIMIZERS } from '../../experiment/experiment';
import type { OptimizerName } from '../../experiment/experiment';
import { isLocked } from '../../store/lock';
import { isRunActive } from '../../store/run-events';
import { isRaceActive } from '../../store/race-state';
import { isSearchActive } from '../../store/search-state';
import { useHidden } from '../shared/use-hidden';
import { NumberField } from '../shared/NumberField';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';
import { OPTIMIZER_LABELS } from '../shared/optimizer-labels';
import { useIssue } from '../shared/use-issue';
import { MoreTrainingOptions } from './MoreTrainingOptions';
import { PaceControls } from './PaceControls';
import { FieldLabel } from '../shared/FieldLabel';

/** The training numbers a class changes most, each a field of the bar. */
const KEY_NUMBERS = [
  { field: 'learningRate', label: 'Learning rate', step: 0.001, term: 'learning-rate' },
  { field: 'batchSize', label: 'Batch size', step: 1, term: 'batch' },
  { field: 'epochs', label: 'Epochs', step: 1, term: 'epoch' },
] as const;

/**
 * The train step of the flow, as TensorFlow Playground's top bar: Train, Pause, Step and Stop, the
 * pace, and the settings a lesson turns; the rest folds away under "More training options".
 */
export function RunBar() {
  const training = useAppState((s) => s.spec.training);
  const edit = useAppState((s) => s.edit);
  const status = useAppState((s) => s.run.status);
  const issueCount = useAppState((s) => s.specIssues.length);
  const firstIssue = useAppState((s) => s.specIssues[0]);
  const train = useAppState((s) => s.train);
  const stop = useAppState((s) => s.stop);
  const pause = useAppState((s) => s.pause);
  const resume = useAppState((s) => s.resume);
  const locked = useAppState(isLocked);
  const searching = useAppState((s) => isSearchActive(s.search.status));
  const racing = useAppState((s) => isRaceActive(s.race.status));
  const comparing = useAppState((s) => s.compare.status === 'running');
  const hidden = {
    optimizer: useHidden('optimizer'),
    learningRate: useHidden('learningRate'),
    batchSize: useHidden('batchSize'),
    epochs: useHidden('epochs'),
    more: useHidden('moreTraining'),
  };
  const blockedId = useId();
  const optimizerId = useId();
  const active = isRunActive(status);
  const issues = {
    learningRate: useIssue('training.learningRate'),
    batchSize: useIssue('training.batchSize'),
    epochs: useIssue('training.epochs'),
  };
  const busy = searching
    ? 'A search is training on the workers until it ends.'
    : racing
      ? 'A strategy race is training on the workers until it ends.'
      : comparing
        ? 'A side-by-side comparison is training until it ends.'
        : null;

  return (
    <section className="run-bar" aria-label="Train">
      <div className="run-buttons">
        <button
          type="button"
          className="primary train-button"
          onClick={train}
          disabled={locked || issueCount > 0}
          aria-describedby={firstIssue ? blockedId : undefined}
        >
          <span aria-hidden="true">▶ </span>Train
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
        <PaceControls />
        <button type="button" onClick={stop} disabled={!active || status === 'stopping'}>
          Stop
        </button>
      </div>
      <div className="run-fields">
        {!hidden.optimizer && (
          <div className="field">
            <FieldLabel htmlFor={optimizerId} term="optimizer">
              Optimizer
            </FieldLabel>
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
        )}
        {KEY_NUMBERS.filter(({ field }) => !hidden[field]).map(({ field, label, step, term }) => (
          <NumberField
            key={field}
            label={label}
            term={term}
            value={training[field]}
            min={LIMITS[field].min}
            max={LIMITS[field].max}
            step={step}
            error={issues[field]}
            disabled={locked}
            onChange={(value) => edit({ type: 'setTrainingNumber', field, value })}
          />
        ))}
      </div>
      {!hidden.more && <MoreTrainingOptions />}
      {busy && <p className="hint run-bar-note">{busy}</p>}
      {firstIssue && (
        <p className="field-error run-bar-note" id={blockedId}>
          Cannot train yet: {problemText(firstIssue)}
          {issueCount > 1 &&
            ` (and ${issueCount - 1} more ${issueCount === 2 ? 'problem' : 'problems'} marked in red)`}
        </p>
      )}
    </section>
  );
}
