import { createRng, deriveSeed } from '../lib/rng';
import type { ParamValue } from '../experiment/search-schema';
import { createRandomSampler } from './random-sampler';
import { isActive } from './space';
import { sampleTpeGroup } from './tpe/sample-group';
import { splitTrials } from './tpe/split';
import type { ParamDef, Sampler } from './types';

export interface TpeSamplerOptions {
  seed: number;
  /** Complete or pruned trials drawn at random before the Parzen estimators take over. */
  startupTrials: number;
}

/** The one value a parameter can take, if it has only one. */
function onlyValue(def: ParamDef): ParamValue | undefined {
  const d = def.distribution;
  if (d.type === 'categorical') return d.choices.length === 1 ? d.choices[0] : undefined;
  return d.low === d.high ? d.low : undefined;
}

/**
 * A multivariate TPE, as the newest Optuna's default (multivariate, constant_liar=True, its
 * prior, 24 candidates from l(x), γ(n) = min(⌈0.1 n⌉, 25), its weights and neighbour-gap kernels
 * with the magic clip), with kernels at 0.6 of Optuna's width, half the candidates recombining
 * the good trials' values, and 8 more candidates around the best trial (see sample-group.ts).
 * The unconditional parameters are drawn jointly; each conditional one after them, only when
 * active, from the trials where it was active. Failed and diverged trials have no value and are
 * ignored; pruned ones rank after the complete ones (split.ts).
 */
export function createTpeSampler({ seed, startupTrials }: TpeSamplerOptions): Sampler {
  const random = createRandomSampler({ seed });
  return {
    sample: (context) => {
      const { below, above, finished, best } = splitTrials(context.trials, context.direction);
      if (finished < startupTrials) return random.sample(context);
      const rng = createRng(deriveSeed(seed, `tpe:${context.number}`));
      const params: Record<string, ParamValue> = {};
      // Unconditional parameters are in every trial: they are sampled jointly.
      const joint = context.space.params.filter(
        (def) => !def.condition && onlyValue(def) === undefined,
      );
      if (joint.length > 0) {
        const values = sampleTpeGroup(joint, below, above, best, rng);
        joint.forEach((def, j) => (params[def.name] = values[j] as ParamValue));
      }
      for (const def of context.space.params) {
        if (Object.hasOwn(params, def.name) || !isActive(def, params)) continue;
        params[def.name] =
          onlyValue(def) ?? (sampleTpeGroup([def], below, above, best, rng)[0] as ParamValue);
      }
      return params;
    },
  };
}
