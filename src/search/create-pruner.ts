import type { PrunerSpec } from '../experiment/search-schema';
import { createHyperbandPruner } from './hyperband-pruner';
import { createMedianPruner } from './median-pruner';
import { createSuccessiveHalvingPruner } from './successive-halving-pruner';
import type { Pruner } from './types';

/** Never stops a trial (Optuna's NopPruner). */
export const NEVER_PRUNE: Pruner = { shouldPrune: () => false };

/** The pruner a spec asks for; `maxSteps` is the epochs a trial trains for when not pruned. */
export function createPruner(spec: PrunerSpec, maxSteps: number): Pruner {
  switch (spec.kind) {
    case 'none':
      return NEVER_PRUNE;
    case 'median':
      return createMedianPruner({
        startupTrials: spec.startupTrials,
        warmupSteps: spec.warmupSteps,
      });
    case 'asha':
      return createSuccessiveHalvingPruner({
        minResource: spec.minResource,
        reductionFactor: spec.reductionFactor,
        // A spec from before the field ranks by the rung's value, as Optuna does.
        rungValue: spec.rungValue ?? 'last',
      });
    case 'hyperband':
      return createHyperbandPruner({
        minResource: spec.minResource,
        maxResource: maxSteps,
        reductionFactor: spec.reductionFactor,
      });
  }
}
