import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
import { optimizerLabel } from '../shared/optimizer-labels';
import { useIssue } from '../shared/use-issue';
import { MoreTrainingOptions } from './MoreTrainingOptions';
import { PaceControls } from './PaceControls';
import { FieldLabel } from '../shared/FieldLabel';

/** The training numbers a class changes most, each a field of the bar. */
const KEY_NUMBERS = [
  { field: 'learningRate', step: 0.001, term: 'learning-rate' },
  { field: 'batchSize', step: 1, term: 'batch' },
  { field: 'epochs', step: 1, term: 'epoch' },
] as const;
type KeyNumber = (typeof KEY_NUMBERS)[number]['field'];

/**
 * The train step of the flow, as TensorFlow Playground's top bar: Train, Pause, Step and Stop, the
 * pace, and the settings a lesson turns; the rest folds away under "More training options".
 */
export function RunBar() {
  const { t } = useTranslation('training');
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
    ? t('bar.busy.search')
    : racing
      ? t('bar.busy.race')
      : comparing
        ? t('bar.busy.compare')
        : null;
  const setNumber = (field: KeyNumber) => (value: number) =>
    edit({ type: 'setTrainingNumber', field, value });
  const setOptimizer = (optimizer: OptimizerName) => edit({ type: 'setOptimizer', optimizer });
  const blocked = firstIssue
    ? issueCount > 1
      ? t('bar.blockedMore', { problem: problemText(firstIssue), count: issueCount - 1 })
      : t('bar.blocked', { problem: problemText(firstIssue) })
    : null;

  return (
    <section className="run-bar" aria-label={t('bar.train')}>
      <div className="run-buttons">
        <button
          type="button"
          className="primary train-button"
          onClick={train}
          disabled={locked || issueCount > 0}
          aria-describedby={firstIssue ? blockedId : undefined}
        >
          <span aria-hidden="true">▶ </span>
          {t('bar.train')}
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={resume}>
            {t('bar.resume')}
          </button>
        ) : (
          <button type="button" onClick={pause} disabled={status !== 'training'}>
            {t('bar.pause')}
          </button>
        )}
        <PaceControls />
        <button type="button" onClick={stop} disabled={!active || status === 'stopping'}>
          {t('bar.stop')}
        </button>
      </div>
      <div className="run-fields">
        {!hidden.optimizer && (
          <div className="field">
            <FieldLabel htmlFor={optimizerId} term="optimizer">
              {t('fields.optimizer')}
            </FieldLabel>
            <select
              id={optimizerId}
              value={training.optimizer}
              disabled={locked}
              onChange={(e) => setOptimizer(e.target.value as OptimizerName)}
            >
              {OPTIMIZERS.map((name) => (
                <option key={name} value={name}>
                  {optimizerLabel(name)}
                </option>
              ))}
            </select>
          </div>
        )}
        {KEY_NUMBERS.filter(({ field }) => !hidden[field]).map(({ field, step, term }) => (
          <NumberField
            key={field}
            label={t(`fields.${field}`)}
            term={term}
            value={training[field]}
            min={LIMITS[field].min}
            max={LIMITS[field].max}
            step={step}
            error={issues[field]}
            disabled={locked}
            onChange={setNumber(field)}
          />
        ))}
      </div>
      {!hidden.more && <MoreTrainingOptions />}
      {busy && <p className="hint run-bar-note">{busy}</p>}
      {blocked && (
        <p className="field-error run-bar-note" id={blockedId}>
          {blocked}
        </p>
      )}
    </section>
  );
}
