import type { Direction } from '../../experiment/search-schema';
import { Study } from '../study';
import type { Pruner } from '../types';

/** A sampler for replays: the curves stand in for training, so no parameters are needed. */
const NO_PARAMS = { sample: () => ({}) };

/**
 * Replays learning curves through a Study the way an objective would: trial k reports curve k step
 * by step, asking shouldPrune after each report; it is told pruned when told to stop, else complete
 * with its last value. Returns each trial's pruned step, or null for trials that ran to the end.
 */
export function replayCurves(
  pruner: Pruner,
  curves: readonly (readonly number[])[],
  {
    direction = 'minimize',
    studyName = 'replay',
  }: { direction?: Direction; studyName?: string } = {},
): (number | null)[] {
  const study = new Study({
    name: studyName,
    direction,
    space: { params: [] },
    sampler: NO_PARAMS,
    pruner,
  });
  return curves.map((curve) => {
    const trial = study.ask();
    if (trial === null) throw new Error('The replay sampler never runs out');
    for (const [step, value] of curve.entries()) {
      trial.report(step, value);
      if (trial.shouldPrune()) {
        study.tell(trial.number, { state: 'pruned' });
        return step;
      }
    }
    study.tell(trial.number, { state: 'complete', value: curve[curve.length - 1] ?? Number.NaN });
    return null;
  });
}
