import type { LrSchedule } from './experiment';

/**
 * The learning rate for epoch `epoch` (0-based) of `epochs`: step multiplies the base rate by
 * `factor` every `everyEpochs` epochs, exponential decays smoothly by the same amount, cosine
 * anneals from the base rate down to base × factor over the whole run.
 */
export function learningRateAt(
  schedule: LrSchedule,
  baseRate: number,
  epoch: number,
  epochs: number,
): number {
  switch (schedule.kind) {
    case 'constant':
      return baseRate;
    case 'step':
      return baseRate * schedule.factor ** Math.floor(epoch / schedule.everyEpochs);
    case 'exponential':
      return baseRate * schedule.factor ** (epoch / schedule.everyEpochs);
    case 'cosine': {
      const progress = epochs <= 1 ? 0 : Math.min(1, epoch / (epochs - 1));
      const floor = baseRate * schedule.factor;
      return floor + ((baseRate - floor) * (1 + Math.cos(Math.PI * progress))) / 2;
    }
  }
}
