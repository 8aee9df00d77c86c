import type { RunState } from '../../store/run-events';
import { useAppState } from '../shared/store-context';
import { formatSeconds } from '../shared/format';
import { problemText } from '../shared/problem-text';
import { ModelDownload } from './ModelDownload';

// Plain digits (5000, not 5,000): the status line repeats the number typed in the Epochs field.
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function describeRun(run: RunState, backendChoice: string): string {
  const total = run.spec.training.epochs;
  const done = run.history.length;
  switch (run.status) {
    case 'idle':
      return 'Ready. Press Train to start.';
    case 'starting':
      if (run.queuePosition !== null)
        return `Waiting for a free worker (${run.queuePosition} in the queue)…`;
      if (backendChoice === 'auto' && !run.auto)
        return 'Measuring which backend trains this model fastest…';
      return `Starting the ${run.auto?.chosen ?? backendChoice} backend…`;
    case 'training': {
      const batch =
        run.progress && run.info && run.progress.epoch === done + 1
          ? `, batch ${run.progress.batch} of ${run.info.batchesPerEpoch}`
          : '';
      return `Training on ${run.info?.backend ?? '…'}: epoch ${done} of ${total}${batch}.`;
    }
    case 'paused':
      return `Paused at epoch ${done + 1} of ${total}. The model stays in memory; press Resume to go on.`;
    case 'stopping':
      return 'Stopping after the current batch…';
    case 'completed': {
      const finished = `Finished ${plural(done, 'epoch')} in ${formatSeconds(run.elapsedMs ?? 0)} on ${run.info?.backend ?? '?'}.`;
      if (run.finishReason !== 'early-stopped') return finished;
      const best = run.bestEpoch === null ? '' : ` The best epoch was ${run.bestEpoch}`;
      const kept = run.restoredBest ? '; the model keeps its weights.' : '.';
      return `Stopped early after ${plural(done, 'epoch')}: validation loss stopped improving.${best}${best ? kept : ''}`;
    }
    case 'stopped':
      return `Stopped after ${done} of ${plural(total, 'epoch')}.`;
    case 'diverged':
      return `Diverged after ${done} of ${plural(total, 'epoch')}.`;
    case 'failed':
      return 'Training did not run.';
  }
}

/** A live line for screen readers and eyes: what the run is doing now. Errors go in an alert. */
export function RunStatus() {
  const run = useAppState((s) => s.run);
  const backendChoice = useAppState((s) => s.backendChoice);
  const total = run.spec.training.epochs;
  return (
    <div className="run-status">
      <p role="status" aria-label="Training status">
        {describeRun(run, backendChoice)}
      </p>
      {(run.status === 'training' || run.status === 'paused' || run.status === 'stopping') && (
        <progress max={total} value={run.history.length} aria-label="Training progress" />
      )}
      {run.message &&
        (run.status === 'failed' || run.status === 'diverged') &&
        (run.problems.length === 0 ? (
          <p role="alert" className="alert">
            {run.message}
          </p>
        ) : (
          <div role="alert" className="alert">
            <p>{run.message}</p>
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
  const run = useAppState((s) => s.run);
  if (!run.info || run.status === 'training' || run.status === 'starting') return null;
  return (
    <div className="run-about">
      <p className="run-facts">
        {run.info.params.toLocaleString('en')} parameters, {run.info.trainSize.toLocaleString('en')}{' '}
        training and {run.info.validationSize.toLocaleString('en')} validation samples,{' '}
        {run.info.batchesPerEpoch} batches per epoch.
        {run.leakedTensors !== null &&
          (run.leakedTensors === 0
            ? ' Memory: every tensor of the run was freed.'
            : ` Memory: ${run.leakedTensors} tensors were not freed.`)}
      </p>
      {run.model && <ModelDownload model={run.model} />}
    </div>
  );
}
