import { createRng } from '../lib/rng';
import type { Dataset } from './types';

export const SEQUENCE_TIMESTEPS = 20;
const SINE_PERIOD = 25;
const SAWTOOTH_PERIOD = 40;

/** The noiseless signal at time t: a sine wave plus a smaller sawtooth. */
export const cleanSignal = (t: number) =>
  Math.sin((2 * Math.PI * t) / SINE_PERIOD) +
  0.5 * (((t % SAWTOOTH_PERIOD) / SAWTOOTH_PERIOD) * 2 - 1);

export interface SequenceOptions {
  /** Number of windows (samples). */
  numPoints: number;
  /** Standard deviation of the Gaussian noise on the signal. */
  noise: number;
  seed: number;
}

/** The noisy signal the windows are cut from, one value per time step. */
export function generateSignal({ numPoints, noise, seed }: SequenceOptions): Float32Array {
  const rng = createRng(seed);
  const length = numPoints + SEQUENCE_TIMESTEPS;
  return Float32Array.from({ length }, (_, t) => cleanSignal(t) + rng.normal() * noise);
}

/**
 * Sliding windows over a noisy signal: each sample is SEQUENCE_TIMESTEPS consecutive values
 * (input shape [timesteps, 1]) and its target is the value that follows. Samples are in time order;
 * the catalog splits them chronologically so overlapping windows do not leak into validation.
 */
export function generateSequence(options: SequenceOptions): Dataset {
  const signal = generateSignal(options);
  const { numPoints } = options;
  const features = new Float32Array(numPoints * SEQUENCE_TIMESTEPS);
  const targets = new Float32Array(numPoints);
  for (let i = 0; i < numPoints; i++) {
    features.set(signal.subarray(i, i + SEQUENCE_TIMESTEPS), i * SEQUENCE_TIMESTEPS);
    targets[i] = signal[i + SEQUENCE_TIMESTEPS] as number;
  }
  return { features, targets, count: numPoints, featureCount: SEQUENCE_TIMESTEPS };
}
