import type { RunState } from '../../store/run-events';
import { i18n } from '../i18n/i18n';
import { formatSeconds } from '../shared/format';

/**
 * What the run is doing now, in one line, in the language on screen. Epoch counts are plain
 * digits (5000, not 5,000): the status line repeats the number typed in the Epochs field.
 * Called at render time by a component that re-renders when the language changes.
 */
export function describeRun(run: RunState, backendChoice: string): string {
  const t = i18n.getFixedT(null, 'training');
  const total = run.spec.training.epochs;
  const done = run.history.length;
  switch (run.status) {
    case 'idle':
      return t('status.idle');
    case 'starting':
      if (run.queuePosition !== null) return t('status.queued', { position: run.queuePosition });
      if (backendChoice === 'auto' && !run.auto) return t('status.measuring');
      return t('status.starting', { backend: run.auto?.chosen ?? backendChoice });
    case 'training': {
      const backend = run.info?.backend ?? '…';
      return run.progress && run.info && run.progress.epoch === done + 1
        ? t('status.trainingBatch', {
            backend,
            done,
            total,
            batch: run.progress.batch,
            batches: run.info.batchesPerEpoch,
          })
        : t('status.training', { backend, done, total });
    }
    case 'paused':
      return t('status.paused', { epoch: done + 1, total });
    case 'stopping':
      return t('status.stopping');
    case 'completed': {
      if (run.finishReason !== 'early-stopped')
        return t('status.finished', {
          count: done,
          time: formatSeconds(run.elapsedMs ?? 0),
          backend: run.info?.backend ?? '?',
        });
      if (run.bestEpoch === null) return t('status.earlyStopped', { count: done });
      return run.restoredBest
        ? t('status.earlyStoppedKept', { count: done, best: run.bestEpoch })
        : t('status.earlyStoppedBest', { count: done, best: run.bestEpoch });
    }
    case 'stopped':
      return t('status.stopped', { done, count: total });
    case 'diverged':
      return t('status.diverged', { done, count: total });
    case 'failed':
      return t('status.failed');
  }
}
