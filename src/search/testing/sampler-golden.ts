import { createRng } from '../../lib/rng';
import type { Direction, SearchStrategy } from '../../experiment/search-schema';
import type { Params, SampleContext, SearchSpace, TrialRecord } from '../types';
import { BENCH_FUNCTIONS } from './bench-functions';
import { CONFORMANCE_SPACE, syntheticObjective, trialRecord } from './sampler-conformance';

/**
 * A scripted search for pinning samplers' proposals: `concurrency` trials run at once, a seeded
 * schedule picks which of them ends next (so trials finish out of order, as they do on a pool),
 * running trials report an epoch each round, and outcomes mix complete, pruned, failed and
 * diverged (or, with `allComplete`, are all complete).
 */
export interface GoldenScenario {
  name: string;
  space: SearchSpace;
  direction: Direction;
  trials: number;
  concurrency: number;
  objective: (params: Params) => number;
  allComplete: boolean;
}

const hartmann6 = BENCH_FUNCTIONS.find((f) => f.name === 'hartmann6')!;

export const GOLDEN_SCENARIOS: readonly GoldenScenario[] = [
  {
    name: 'mixed space, 3 in parallel, mixed outcomes',
    space: CONFORMANCE_SPACE,
    direction: 'minimize',
    trials: 60,
    concurrency: 3,
    objective: syntheticObjective,
    allComplete: false,
  },
  {
    name: 'mixed space, 2 in parallel, maximised',
    space: CONFORMANCE_SPACE,
    direction: 'maximize',
    trials: 30,
    concurrency: 2,
    objective: (params) => -syntheticObjective(params),
    allComplete: false,
  },
  {
    // 100 sequential trials take the GP through full fits at 10, 20, 40 and 80 trials and warm
    // refits in between; the grid runs out at its 2⁶ = 64 points.
    name: 'Hartmann-6, sequential',
    space: hartmann6.space,
    direction: 'minimize',
    trials: 100,
    concurrency: 1,
    objective: hartmann6.evaluate,
    allComplete: true,
  },
];

/** The sampler settings the golden proposals were recorded with. */
export const GOLDEN_SAMPLER = { seed: 2024, startupTrials: 10 } as const;
export const GOLDEN_STRATEGIES: readonly SearchStrategy[] = ['grid', 'random', 'tpe', 'gp'];

/** How trial `number` ends: mostly complete, every seventh trial failed, pruned or diverged. */
function finish(record: TrialRecord, value: number, allComplete: boolean): TrialRecord {
  const { number, params } = record;
  const reported = [...record.intermediate.values()];
  if (!allComplete) {
    if (number % 7 === 3) return trialRecord(number, params, 'failed', null, reported);
    if (number % 7 === 6) return trialRecord(number, params, 'diverged', null, [...reported, NaN]);
    if (number % 7 === 5) {
      const curve = [...reported, value + 1];
      return trialRecord(number, params, 'pruned', value + 1, curve);
    }
  }
  return trialRecord(number, params, 'complete', value, [...reported, value]);
}

/**
 * Runs a scenario against `ask` (a sampler's `sample`, or anything that answers the same
 * contexts later) and returns every proposal in trial order; stops early at null.
 */
export async function runGoldenScenario(
  scenario: GoldenScenario,
  ask: (context: SampleContext) => Params | null | Promise<Params | null>,
): Promise<Params[]> {
  const schedule = createRng(7);
  const history: TrialRecord[] = [];
  const proposals: Params[] = [];
  const running: number[] = [];
  let exhausted = false;
  while (!exhausted || running.length > 0) {
    while (
      !exhausted &&
      running.length < scenario.concurrency &&
      history.length < scenario.trials
    ) {
      const number = history.length;
      const params = await ask({
        space: scenario.space,
        trials: Object.freeze([...history]),
        number,
        direction: scenario.direction,
      });
      if (params === null) {
        exhausted = true;
        break;
      }
      proposals.push(params);
      history.push(trialRecord(number, params, 'running', null));
      running.push(number);
    }
    if (history.length >= scenario.trials) exhausted = true;
    if (running.length === 0) break;
    // Every running trial reports an epoch (the objective plus a decaying excess), then one ends.
    for (const number of running) {
      const record = history[number]!;
      const value = scenario.objective(record.params);
      const reported = [...record.intermediate.values()];
      history[number] = trialRecord(number, record.params, 'running', null, [
        ...reported,
        value + 1 / (reported.length + 1),
      ]);
    }
    const [ending] = running.splice(schedule.int(running.length), 1) as [number];
    const record = history[ending]!;
    history[ending] = finish(record, scenario.objective(record.params), scenario.allComplete);
  }
  return proposals;
}
