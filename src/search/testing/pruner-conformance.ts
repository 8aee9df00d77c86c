import { describe, expect, it } from 'vitest';
import { message } from '../../lib/message';
import { createRng } from '../../lib/rng';
import { replayCurves } from './replay-curves';
import { Study } from '../study';
import type { Pruner } from '../types';

/** A worker's exception, as a failed trial's reason carries it. */
const OUT_OF_MEMORY = message('messages:engine.detail', { detail: 'out of memory' });

export interface PrunerConformanceOptions {
  /** The first step at which the pruner may stop a trial (its warm-up or minimum resource). */
  firstPrunableStep: number;
  /** Steps of each synthetic curve (27 unless told). */
  steps?: number;
}

/** Decaying loss curves at seeded random levels with a little noise, like validation losses. */
export function syntheticCurves(count: number, steps: number, seed: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    const level = 0.2 + rng.next();
    return Array.from(
      { length: steps },
      (_, step) => level * (1 + 2 * Math.exp(-step / 5)) + 0.01 * rng.normal(),
    );
  });
}

/** A curve `factor` times a reference curve at every step. */
const scaled = (curve: readonly number[], factor: number): number[] => curve.map((v) => v * factor);

/** The contract every pruner keeps, checked by replaying curves through a real Study. */
export function describePrunerConformance(
  name: string,
  create: () => Pruner,
  { firstPrunableStep, steps = 27 }: PrunerConformanceOptions,
): void {
  const curves = syntheticCurves(40, steps, 1);

  describe(`${name}: pruner conformance`, () => {
    it(`never prunes before step ${firstPrunableStep}`, () => {
      const pruned = replayCurves(create(), curves);
      for (const step of pruned)
        if (step !== null) expect(step).toBeGreaterThanOrEqual(firstPrunableStep);
    });

    it('never prunes a trial that has no competitors', () => {
      const rising = Array.from({ length: steps }, (_, step) => 1 + step);
      expect(replayCurves(create(), [rising])).toEqual([null]);
    });

    it('ignores failed, diverged and running trials that reported nothing comparable', () => {
      const study = new Study({
        name: 'conformance',
        direction: 'minimize',
        space: { params: [] },
        sampler: { sample: () => ({}) },
        pruner: create(),
      });
      const failed = study.ask()!;
      study.tell(failed.number, { state: 'failed', reason: OUT_OF_MEMORY });
      const diverged = study.ask()!;
      diverged.report(0, Number.NaN);
      study.tell(diverged.number, { state: 'diverged', epoch: 0 });
      study.ask(); // Still running, never reports.
      const trial = study.ask()!;
      for (let step = 0; step < steps; step++) {
        trial.report(step, 10 + step);
        expect(trial.shouldPrune()).toBe(false);
      }
    });

    it('judges a maximising study as the mirror image of a minimising one', () => {
      const minimising = replayCurves(create(), curves, { direction: 'minimize' });
      const mirrored = curves.map((curve) => curve.map((v) => -v));
      expect(replayCurves(create(), mirrored, { direction: 'maximize' })).toEqual(minimising);
      expect(minimising.some((step) => step !== null)).toBe(true);
    });

    it('never prunes a trial that is best at every step', () => {
      const best = curves.reduce((a, b) => (a[steps - 1]! < b[steps - 1]! ? a : b));
      const pruned = replayCurves(create(), [...curves, scaled(best, 0.5)]);
      expect(pruned[curves.length]).toBeNull();
    });

    it('prunes trials clearly worse than every finished one', () => {
      const worst = curves.reduce((a, b) => (a[steps - 1]! > b[steps - 1]! ? a : b));
      const bad = Array.from({ length: 10 }, (_, i) => scaled(worst, 3 + i));
      const pruned = replayCurves(create(), [...curves.slice(0, 20), ...bad]).slice(20);
      expect(pruned.some((step) => step !== null)).toBe(true);
    });
  });
}
