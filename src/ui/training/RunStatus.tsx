import { useTranslation } from 'react-i18next';
import { MessageText } from '../i18n/message-text';
import { useAppState } from '../shared/store-context';
import { problemText } from '../shared/problem-text';
import { ModelDownload } from './ModelDownload';
import { describeRun } from './run-status-text';

/** A live line for screen readers and eyes: what the run is doing now. Errors go in an alert. */
export function RunStatus() {
  const { t } = useTranslation('training');
  const run = useAppState((s) => s.run);
  const backendChoice = useAppState((s) => s.backendChoice);
  const total = run.spec.training.epochs;
  return (
    <div className="run-status">
      <p role="status" aria-label={t('status.label')}>
        {describeRun(run, backendChoice)}
      </p>
      {(run.status === 'training' || run.status === 'paused' || run.status === 'stopping') && (
        <progress max={total} value={run.history.length} aria-label={t('status.progress')} />
      )}
      {run.message &&
        (run.status === 'failed' || run.status === 'diverged') &&
        (run.problems.length === 0 ? (
          <p role="alert" className="alert">
            <MessageText message={run.message} />
          </p>
        ) : (
          <div role="alert" className="alert">
            <p>
              <MessageText message={run.message} />
            </p>
            <ul>
              {run.problems.map((problem, index) => (
                <li key={index}>{problemText(problem)}</li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}

/** The finished run's facts and its model to download: below the charts, read when wanted. */
export function RunFacts() {
  const { t } = useTranslation('training');
  const run = useAppState((s) => s.run);
  if (!run.info || run.status === 'training' || run.status === 'starting') return null;
  const facts = t('facts.run', {
    params: run.info.params,
    train: run.info.trainSize,
    validation: run.info.validationSize,
    batches: run.info.batchesPerEpoch,
  });
  return (
    <div className="run-about">
      <p className="run-facts">
        {run.leakedTensors === null
          ? facts
          : run.leakedTensors === 0
            ? t('facts.freed', { facts })
            : t('facts.leaked', { facts, count: run.leakedTensors })}
      </p>
      {run.model && <ModelDownload model={run.model} />}
    </div>
  );
}
