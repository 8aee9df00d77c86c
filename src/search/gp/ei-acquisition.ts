import { logMeanExpectedImprovement } from './acquisition';
import type { Acquisition } from './optimize-acquisition';
import type { Posterior } from './posterior';

/**
 * log EI below `best`, averaged over the posteriors (one per length-scale setting); the first
 * posterior alone ranks the random candidates.
 */
export function eiAcquisition(
  posteriors: readonly Posterior[],
  best: number,
  dims: number,
): Acquisition {
  const meanGradients = posteriors.map(() => new Float64Array(dims));
  const varianceGradients = posteriors.map(() => new Float64Array(dims));
  const first = posteriors[0] as Posterior;
  return {
    screen: (x) => logMeanExpectedImprovement([first.predict(x)], best),
    value: (x) =>
      logMeanExpectedImprovement(
        posteriors.map((p) => p.predict(x)),
        best,
      ),
    valueWithGradient: (x, gradient) =>
      logMeanExpectedImprovement(
        posteriors.map((p, k) =>
          p.predictWithGradient(
            x,
            meanGradients[k] as Float64Array,
            varianceGradients[k] as Float64Array,
          ),
        ),
        best,
        meanGradients,
        varianceGradients,
        gradient,
      ),
  };
}
