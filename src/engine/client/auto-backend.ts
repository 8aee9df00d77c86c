import type { ExperimentSpec } from '../../experiment/experiment';
import { experimentSpecSchema } from '../../experiment/experiment';
import type { Message } from '../../lib/message';
import { engineMessage } from './engine-messages';
import type { BackendName } from './protocol';

/** What probing one backend found: its warm training speed, or why it cannot be used. */
export interface BackendMeasurement {
  backend: BackendName;
  samplesPerSecond: number | null;
  /** Time of the first (cold) training step: shader compiles, kernel set-up. */
  warmupMs: number | null;
  reason: Message | null;
}

/** The outcome of "auto": the fastest backend measured, and every measurement to show. */
export interface AutoChoice {
  chosen: BackendName | null;
  measurements: BackendMeasurement[];
}

/** Backends that run on the GPU: workers share it, so they get one at a time. */
export const GPU_BACKENDS: readonly BackendName[] = ['webgl', 'webgpu'];

/** The order backends are probed in: the quick CPU ones first, so a slow GPU start cannot delay them. */
const PROBE_ORDER: readonly BackendName[] = ['cpu', 'wasm', 'webgl', 'webgpu'];

/** Why a spec cannot train on a backend, or null: tfjs 4.22's wasm backend has no Conv2DBackpropFilter kernel. */
export function backendIncompatibility(spec: ExperimentSpec, backend: BackendName): Message | null {
  if (backend === 'wasm' && spec.model.layers.some((layer) => layer.type === 'conv2d'))
    return engineMessage('wasm-conv2d');
  return null;
}

/** Backends to probe for a spec, with those known not to work already excluded and explained. */
export function probeCandidates(spec: unknown): { backend: BackendName; reason: Message | null }[] {
  const parsed = experimentSpecSchema.safeParse(spec);
  return PROBE_ORDER.map((backend) => ({
    backend,
    reason: parsed.success ? backendIncompatibility(parsed.data, backend) : null,
  }));
}

/**
 * The model family a speed measurement stands for: the dataset and its shape and the sequence of
 * layer types. Sizes (units, filters), the batch size and every other setting are left out: they
 * change every backend's speed, rarely their order, and keying on them would measure every
 * backend again for every trial of a search over them.
 */
export function modelFamily(spec: unknown): string {
  const parsed = experimentSpecSchema.safeParse(spec);
  if (!parsed.success) return 'invalid';
  const { dataset, model } = parsed.data;
  return JSON.stringify([
    dataset.name,
    dataset.csv?.shape ?? null,
    model.layers.map((layer) => layer.type),
  ]);
}

/** The fastest backend that worked; null when none did. */
export function chooseFastest(measurements: BackendMeasurement[]): AutoChoice {
  let chosen: BackendMeasurement | null = null;
  for (const m of measurements) {
    if (m.samplesPerSecond === null) continue;
    if (!chosen || m.samplesPerSecond > (chosen.samplesPerSecond ?? 0)) chosen = m;
  }
  return { chosen: chosen?.backend ?? null, measurements };
}
