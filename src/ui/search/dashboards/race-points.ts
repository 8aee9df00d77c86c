import type { Direction } from '../../../experiment/search-schema';
import type { SearchTrialView } from '../../../store/search-state';
import { isBetter, scoredTrials } from './study-points';

/** A trial of one strategy in the race: when it ended (s after the race began) and its value. */
export interface RacePoint {
  number: number;
  state: 'complete' | 'pruned';
  value: number;
  /** Seconds from the race's start to the trial's end; null if its times are unknown. */
  seconds: number | null;
}

/** A best-so-far step: from the `count`-th finished trial (or `seconds`) on, the best is `value`. */
export interface RaceStep {
  count: number;
  seconds: number | null;
  value: number;
}

export interface LaneProgress {
  points: RacePoint[];
  /** The best so far, one step per complete trial, in the order the trials ended. */
  steps: RaceStep[];
  best: { value: number; number: number; count: number; seconds: number | null } | null;
}

/**
 * One strategy's trials in the order they finished, and its best value so far after each: the
 * race's chart draws these against trials and against wall time.
 */
export function laneProgress(
  trials: readonly SearchTrialView[],
  raceStart: number,
  direction: Direction,
): LaneProgress {
  const points = scoredTrials(trials)
    .map((trial): RacePoint => {
      const ended =
        trial.startedAt !== null && trial.durationMs !== null
          ? (trial.startedAt + trial.durationMs - raceStart) / 1000
          : null;
      return {
        number: trial.number,
        state: trial.state as RacePoint['state'],
        value: trial.value,
        seconds: ended,
      };
    })
    // Trials end in the order of their times; a reopened one (no times) keeps its number's place.
    .sort((a, b) =>
      a.seconds !== null && b.seconds !== null ? a.seconds - b.seconds : a.number - b.number,
    );
  const steps: RaceStep[] = [];
  let best: LaneProgress['best'] = null;
  points.forEach((point, index) => {
    if (point.state !== 'complete') return;
    if (best === null || isBetter(direction, point.value, best.value))
      best = { value: point.value, number: point.number, count: index + 1, seconds: point.seconds };
    steps.push({ count: index + 1, seconds: point.seconds, value: best.value });
  });
  return { points, steps, best };
}
