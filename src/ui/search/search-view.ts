import type {
  Distribution,
  ObjectiveMetric,
  ParamValue,
  SearchStrategy,
} from '../../experiment/search-schema';
import type { SearchEndReason, SearchState, SearchTrialView } from '../../store/search-state';
import { formatLoss, formatPercent } from '../shared/format';
import { plural } from '../../lib/count-format';

/** Optuna numbers trials from 0; people count from 1. */
export const trialName = (number: number) => `trial ${number + 1}`;
export const trialTitle = (number: number) => `Trial ${number + 1}`;

/** Why a trial cannot be applied right now: the store ignores edits while anything trains. */
export const LOCKED_HINT = 'The builder unlocks when the search or the training run ends.';

export const STRATEGY_LABELS: Readonly<Record<SearchStrategy, string>> = {
  grid: 'Grid search',
  random: 'Random search',
  gp: 'Bayesian (Gaussian process)',
  tpe: 'Bayesian (TPE)',
};

export const OBJECTIVE_NAMES: Readonly<Record<ObjectiveMetric, string>> = {
  valLoss: 'validation loss',
  valAccuracy: 'validation accuracy',
};

export function formatObjective(objective: ObjectiveMetric, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return objective === 'valAccuracy' ? formatPercent(value) : formatLoss(value);
}

/** A searched value, compact: whole numbers as they are, others in 3 significant digits. */
export function formatParamValue(value: ParamValue | undefined): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
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
    return distribution.choices.map((c) => formatParamValue(c)).join(', ');
  const range = `${formatParamValue(distribution.low)} to ${formatParamValue(distribution.high)}`;
  const step =
    distribution.type === 'int' && distribution.step > 1 ? `, step ${distribution.step}` : '';
  return `${range}${step}${distribution.log ? ', log scale' : ''}`;
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
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
  const epochs = plural(trial.history.length, 'epoch');
  const retried = trial.attempts > 1 ? ', retried after its worker crashed' : '';
  switch (trial.state) {
    case 'waiting':
      return 'Waiting for a free worker';
    case 'running':
      return `Running: ${epochs} so far${retried}`;
    case 'complete':
      return `Complete after ${epochs}${retried}`;
    case 'pruned':
      return `Pruned after ${epochs}${retried}`;
    case 'failed':
      return `Failed after ${epochs}${retried}`;
    case 'diverged':
      return `Diverged after ${epochs}${retried}`;
  }
}

// ---- The status line ----

const END_REASONS: Readonly<Record<SearchEndReason, string>> = {
  exhausted: 'the grid is exhausted',
  'max-trials': 'the trial budget is spent',
  'max-minutes': 'the time budget is spent',
  stopped: 'stopped',
};

function bestPart(search: SearchState): string | null {
  const best = search.trials.find((t) => t.number === search.bestNumber);
  if (!best) return null;
  const name = OBJECTIVE_NAMES[search.objective];
  return `${trialName(best.number)}, ${name} ${formatObjective(search.objective, best.value)}`;
}

/** One sentence on where a search stands, for the status line. */
export function searchStatusSentence(search: SearchState): string {
  const { trials, plannedTrials } = search;
  const running = trials.filter((t) => t.state === 'running');
  const ended = trials.filter((t) => t.state !== 'running' && t.state !== 'waiting').length;
  const best = bestPart(search);
  const bestSoFar = best ? ` · best so far: ${best}` : '';
  switch (search.status) {
    case 'idle':
      return 'No search has run yet.';
    case 'running': {
      const waiting = trials.filter((t) => t.state === 'waiting').length;
      if (running.length === 0 && waiting === 0)
        return `Starting trial ${trials.length + 1} of ${plannedTrials}${bestSoFar}`;
      if (running.length === 0)
        return `Trial ${trials.length} of ${plannedTrials} waiting for a free worker${bestSoFar}`;
      const latest = Math.max(...running.map((t) => t.number));
      // Only trials a worker is training count as parallel; queued ones are named apart.
      const parts = [
        ...(running.length > 1 ? [`${running.length} in parallel`] : []),
        ...(waiting > 0 ? [`${waiting} waiting for a free worker`] : []),
      ];
      const detail = parts.length > 0 ? ` (${parts.join(', ')})` : '';
      return `Trial ${latest + 1} of ${plannedTrials} running${detail}${bestSoFar}`;
    }
    case 'paused':
      return `Paused: ${ended} of ${plannedTrials} trials ended${bestSoFar}`;
    case 'stopping':
      return `Stopping: waiting for ${plural(running.length, 'running trial')} to end${bestSoFar}`;
    case 'finished': {
      if ((search.message !== null || search.problem !== null) && trials.length === 0)
        return 'The search could not start.';
      const why = search.endReason ? `, ${END_REASONS[search.endReason]}` : '';
      const outcome = best ? `Best: ${best}.` : 'No trial completed.';
      return `Finished: ${plural(trials.length, 'trial')}${why}. ${outcome}`;
    }
  }
}
