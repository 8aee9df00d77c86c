import { crc32 } from './crc32';
import { createSuccessiveHalvingPruner } from './successive-halving-pruner';
import type { Pruner } from './types';

export interface HyperbandOptions {
  minResource: number;
  /** The last step a trial can reach (epochs); Optuna's max_resource. */
  maxResource: number;
  reductionFactor: number;
  bootstrapCount?: number;
}

/**
 * Optuna's HyperbandPruner: successive halving brackets that stop trials from different rungs
 * on. A trial's bracket comes from crc32(`${studyName}_${number}`), weighted by each bracket's
 * trial budget, and each bracket's pruner sees only the trials of its own bracket.
 */
export function createHyperbandPruner({
  minResource,
  maxResource,
  reductionFactor,
  bootstrapCount = 0,
}: HyperbandOptions): Pruner {
  const budgets = hyperbandBudgets(minResource, maxResource, reductionFactor);
  const pruners = budgets.map((_, id) =>
    createSuccessiveHalvingPruner({
      minResource,
      reductionFactor,
      minEarlyStoppingRate: id,
      bootstrapCount,
    }),
  );

  // Asked for every trial at every epoch: each trial's crc32 is worked out once.
  const brackets = new Map<string, number>();
  const bracketOf = (studyName: string, number: number) => {
    const key = `${studyName}_${number}`;
    let id = brackets.get(key);
    if (id === undefined) {
      id = hyperbandBracket(budgets, studyName, number);
      brackets.set(key, id);
    }
    return id;
  };

  return {
    shouldPrune: (context) => {
      if (pruners.length === 0) return false;
      const id = bracketOf(context.study.name, context.trial.number);
      const trials = context.trials.filter((t) => bracketOf(context.study.name, t.number) === id);
      return (pruners[id] as Pruner).shouldPrune({ ...context, trials });
    },
  };
}

/**
 * Powers k of a factor for which Python's math.log(factor ** k, factor), on glibc, falls just
 * below k: Optuna then floors to k - 1 and builds one bracket fewer, and so do we.
 */
const LOG_FALLS_SHORT: Readonly<Record<number, readonly number[]>> = {
  3: [5, 10, 13, 15, 17, 20, 23, 26, 27, 29, 30, 31],
  9: [5, 10, 13, 15],
  10: [3, 6, 9, 12, 13, 15],
};

/**
 * Optuna's bracket count, floor(log(max / min, factor)) + 1, and each bracket's trial budget,
 * ceil(brackets * factor^s / (s + 1)) with s = brackets - 1 - id.
 */
export function hyperbandBudgets(
  minResource: number,
  maxResource: number,
  reductionFactor: number,
): number[] {
  if (maxResource < minResource) return [];
  // Exact in integers, where Math.log would differ from glibc's log in the last bit.
  let power = 0;
  while (minResource * reductionFactor ** (power + 1) <= maxResource) power += 1;
  if (
    minResource * reductionFactor ** power === maxResource &&
    LOG_FALLS_SHORT[reductionFactor]?.includes(power)
  ) {
    power -= 1;
  }
  const brackets = power + 1;
  return Array.from({ length: brackets }, (_, id) => {
    const s = brackets - 1 - id;
    return Math.ceil((brackets * reductionFactor ** s) / (s + 1));
  });
}

/** The bracket of trial `number`: crc32 of `${studyName}_${number}` modulo the total budget. */
export function hyperbandBracket(
  budgets: readonly number[],
  studyName: string,
  number: number,
): number {
  const total = budgets.reduce((sum, budget) => sum + budget, 0);
  let n = crc32(`${studyName}_${number}`) % total;
  for (const [id, budget] of budgets.entries()) {
    n -= budget;
    if (n < 0) return id;
  }
  throw new Error('Hyperband has no brackets');
}
