import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH } from '../experiment/search-schema';
import { createSampler } from './create-sampler';
import { forceScalar, simdAvailable } from './gp/simd';
import {
  GOLDEN_SAMPLER,
  GOLDEN_SCENARIOS,
  GOLDEN_STRATEGIES,
  runGoldenScenario,
} from './testing/sampler-golden';
import type { Params } from './types';

/**
 * Every sampler's proposals for a fixed seed and history, pinned exactly: recorded from the
 * samplers as they were before the search moved into a worker and the GP got incremental
 * factorisations (commit cfa9dc1), and required bit for bit ever since. No tolerance, not even
 * for the GP: its incremental Cholesky and inverse append rows with the very floating-point
 * operations, in the same order, that the full factorisation performs, so every number it
 * computes is the same double.
 *
 * Recorded once more for one intended change: the GP's hyperparameter fits became a function of
 * the history alone (fitted on the first n observations at fixed counts n), so that a sampler
 * made after a reload proposes what the one before it would have. Sequential searches kept every
 * proposal; the two parallel scenarios changed from their 18th and 17th proposals, where a fit
 * used to include trials that had ended out of order.
 *
 * Record again (only for an intended change of results) with
 * `RECORD_SAMPLER_GOLDEN=1 npx vitest run src/search/sampler-golden.test.ts`, or only some
 * strategies with e.g. `RECORD_SAMPLER_GOLDEN=tpe`.
 *
 * TPE recorded again for an intended change: its kernels became the newest Optuna's neighbour
 * gaps (at 0.6 of its width, with its magic clip), half its candidates recombine the good trials
 * and 8 more search around the best trial (tpe/sample-group.ts).
 */
const FIXTURE = new URL('./fixtures/sampler_golden.json', import.meta.url);

type Golden = Record<string, Record<string, Params[]>>;

async function proposals(strategy: (typeof GOLDEN_STRATEGIES)[number], scenario: number) {
  const sampler = createSampler({ ...DEFAULT_SEARCH, ...GOLDEN_SAMPLER, strategy });
  return runGoldenScenario(GOLDEN_SCENARIOS[scenario]!, (context) => sampler.sample(context));
}

if (process.env.RECORD_SAMPLER_GOLDEN) {
  // RECORD_SAMPLER_GOLDEN=1 records every strategy; a list (e.g. `tpe` or `tpe,gp`) records only
  // those, keeping the file's other entries as they are (read just before writing).
  const only = process.env.RECORD_SAMPLER_GOLDEN.split(',').filter((s) => s !== '1');
  const golden = (only.length > 0 ? JSON.parse(readFileSync(FIXTURE, 'utf8')) : {}) as Golden;
  for (const strategy of GOLDEN_STRATEGIES) {
    if (only.length > 0 && !only.includes(strategy)) continue;
    golden[strategy] = {};
    for (const [i, scenario] of GOLDEN_SCENARIOS.entries())
      golden[strategy][scenario.name] = await proposals(strategy, i);
  }
  writeFileSync(FIXTURE, `${JSON.stringify(golden)}\n`);
}

const golden = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Golden;

describe('samplers propose exactly what they proposed when the fixture was recorded', () => {
  it.each(
    GOLDEN_STRATEGIES.flatMap((strategy) =>
      GOLDEN_SCENARIOS.map((scenario, i) => [strategy, scenario.name, i] as const),
    ),
  )('%s: %s', async (strategy, name, i) => {
    const expected = golden[strategy]?.[name];
    expect(expected, 'recorded').toBeDefined();
    expect(await proposals(strategy, i)).toEqual(expected);
  });
});

describe('the GP without WebAssembly SIMD proposes the same', () => {
  afterAll(() => forceScalar(null));

  it.each(GOLDEN_SCENARIOS.map((scenario, i) => [scenario.name, i] as const))(
    'gp: %s',
    async (name, i) => {
      expect(simdAvailable()).toBe(true);
      forceScalar(true);
      expect(await proposals('gp', i)).toEqual(golden.gp?.[name]);
      forceScalar(null);
    },
  );
});
