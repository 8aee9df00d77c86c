import { createSampler } from '../../search/create-sampler';
import type { ConnectSampler } from './search-sampler-client';

/**
 * The sampler in the page itself, answering synchronously: for tests, Node and benchmarks. The
 * app uses the search worker (`connectWorker`), so the samplers (and the GP's linear algebra)
 * stay out of the page's first chunk.
 */
export const connectInProcess: ConnectSampler = ({ settings }) => {
  const sampler = createSampler(settings);
  return { ask: (context) => sampler.sample(context), close: () => {} };
};
