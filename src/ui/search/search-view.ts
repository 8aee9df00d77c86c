import type {
  Distribution,
  ObjectiveMetric,
  ParamValue,
  SearchStrategy,
} from '../../experiment/search-schema';
import type { TrialState } from '../../search/types';
import type { SearchState, SearchTrialView } from '../../store/search-state';
import { i18n } from '../i18n/i18n';
import { formatLoss, formatPercent, formatSeconds } from '../shared/format';

/**
 * The search's words, worked out when asked (in the language on screen): the components that
 * call these use useTranslation, so they re-render when the language changes.
 */

/** Optuna numbers trials from 0; people count from 1. "trial 3" inside a sentence. */
export const trialName = (number: number) => i18n.t('search:trial.name', { number: number + 1 });
/** "Trial 3" at the start of a sentence, or as a heading. */
export const trialTitle = (number: number) => i18n.t('search:trial.title', { number: number + 1 });

/** "Grid search", "Bayesian (TPE)". */
export const strategyLabel = (strategy: SearchStrategy) => i18n.t(`search:strategies.${strategy}`);

/** The objective inside a sentence: "validation loss". */
export const objectiveName = (objective: ObjectiveMetric) =>
  i18n.t(`search:objectives.${objective}`);

/** A trial's state as one word: "pruned". */
export const trialStateLabel = (state: TrialState) => i18n.t(`search:states.${state}`);

export function formatObjective(objective: ObjectiveMetric, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return objective === 'valAccuracy' ? formatPercent(value) : formatLoss(value);
}

/** A searched value, compact: whole numbers as they are, others in 3 significant digits. */
export function formatParamValue(value: ParamValue | undefined): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return i18n.t(value ? 'search:values.yes' : 'search:values.no');
  if (typeof value === 'string') return value;
  const size = Math.abs(value);
  if (Number.isInteger(value) && size < 1e6) return String(value);
  if (size !== 0 && (size < 1e-3 || size >= 1e6)) {
    const [mantissa = '', exponent = ''] = value.toExponential(2).split('e');
    return `${Number(mantissa)}e${exponent}`;
  }
  return String(Number(value.toPrecision(3)));
}

/** A distribution in a few words: "0.001 to 0.1, log scale", "relu, tanh". */
export function describeDistribution(distribution: Distribution): string {
  if (distribution.type === 'categorical')
    return distribution.choices
      .map((c) => formatParamValue(c))
      .join(i18n.t('search:distribution.separator'));
  const low = formatParamValue(distribution.low);
  const high = formatParamValue(distribution.high);
  const step = distribution.type === 'int' && distribution.step > 1 ? distribution.step : null;
  if (step === null)
    return i18n.t(distribution.log ? 'search:distribution.rangeLog' : 'search:distribution.range', {
      low,
      high,
    });
  return i18n.t(
    distribution.log ? 'search:distribution.rangeStepLog' : 'search:distribution.rangeStep',
    { low, high, step },
  );
}

/** "4.3 s" under a minute, "2 min 5 s" from there; "—" when not known. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 60_000) return formatSeconds(ms);
  const whole = Math.round(ms / 1000);
  return i18n.t('search:duration.minutes', {
    minutes: Math.floor(whole / 60),
    seconds: whole % 60,
  });
}

/** How long a trial took, or has been running so far (`now` on the scheduler's clock). */
export function trialDuration(trial: SearchTrialView, now: number): number | null {
  if (trial.durationMs !== null) return trial.durationMs;
  if (trial.state !== 'running' || trial.startedAt === null) return null;
  // A clock read before the trial started (it ticks, the trial began since): not yet known.
  return now < trial.startedAt ? null : now - trial.startedAt;
}

/** Where one trial stands, in a few words: "Pruned after 4 epochs". */
export function trialStateSentence(trial: SearchTrialView): string {
  const epochs = i18n.t('search:epochs', { count: trial.history.length });
  const state = i18n.t(`search:stateSentences.${trial.state}`, { epochs });
  return trial.attempts > 1 ? i18n.t('search:stateSentences.retried', { state }) : state;
}

// ---- The status line ----

/** "trial 2, validation loss 0.214": the best trial so far, or null before one completes. */
function bestPart(search: SearchState): string | null {
  const best = search.trials.find((t) => t.number === search.bestNumber);
  if (!best) return null;
  return i18n.t('search:status.best', {
    trial: trialName(best.number),
    objective: objectiveName(search.objective),
    value: formatObjective(search.objective, best.value),
  });
}

/** Where the search's trials stand, before the best so far is added. */
function statusPart(search: SearchState, best: string | null): string {
  const { trials, plannedTrials: planned } = search;
  switch (search.status) {
    case 'idle':
      return i18n.t('search:status.idle');
    case 'running': {
      const running = trials.filter((t) => t.state === 'running');
      const waiting = trials.filter((t) => t.state === 'waiting').length;
      if (running.length === 0 && waiting === 0)
        return i18n.t('search:status.starting', { number: trials.length + 1, planned });
      if (running.length === 0)
        return i18n.t('search:status.queued', { number: trials.length, planned });
      const number = Math.max(...running.map((t) => t.number)) + 1;
      // Only trials a worker is training count as parallel; queued ones are named apart.
      const parts = [
        ...(running.length > 1
          ? [i18n.t('search:status.parallel', { count: running.length })]
          : []),
        ...(waiting > 0 ? [i18n.t('search:status.waiting', { count: waiting })] : []),
      ];
      return parts.length > 0
        ? i18n.t('search:status.runningDetail', {
            number,
            planned,
            detail: parts.join(i18n.t('search:status.separator')),
          })
        : i18n.t('search:status.running', { number, planned });
    }
    case 'paused': {
      const ended = trials.filter((t) => t.state !== 'running' && t.state !== 'waiting').length;
      return i18n.t('search:status.paused', { ended, planned });
    }
    case 'stopping': {
      const running = trials.filter((t) => t.state === 'running').length;
      return i18n.t('search:status.stopping', { count: running });
    }
    case 'finished': {
      if ((search.message !== null || search.problem !== null) && trials.length === 0)
        return i18n.t('search:status.notStarted');
      const outcome = best
        ? i18n.t('search:status.finishedBest', { best })
        : i18n.t('search:status.noneCompleted');
      const count = i18n.t('search:trials', { count: trials.length });
      return search.endReason
        ? i18n.t('search:status.finishedBecause', {
            trials: count,
            reason: i18n.t(`search:status.endReasons.${search.endReason}`),
            outcome,
          })
        : i18n.t('search:status.finished', { trials: count, outcome });
    }
  }
}

/** One sentence on where a search stands, for the status line. */
export function searchStatusSentence(search: SearchState): string {
  const best = bestPart(search);
  const status = statusPart(search, best);
  // A search that is under way names its best trial so far; a finished one says it itself.
  const going =
    search.status === 'running' || search.status === 'paused' || search.status === 'stopping';
  return going && best ? i18n.t('search:status.withBest', { status, best }) : status;
}
