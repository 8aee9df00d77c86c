import { logMeanExpectedImprovement } from './acquisition';
import type { Acquisition } from './optimize-acquisition';
import type { Posterior, Prediction } from './posterior';

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
  let last: Prediction[] = [];
  return {
    screen: (x) => logMeanExpectedImprovement([first.predict(x)], best),
    // EI grows with the variance, as screenTop requires of its score.
    screenTop: (xs, count) =>
      first.screenTop(xs, count, (mean, variance) =>
        logMeanExpectedImprovement([{ mean, variance }], best),
      ),
    value: (x) => {
      last = posteriors.map((p) => p.predict(x));
      return logMeanExpectedImprovement(last, best);
    },
    gradient: (gradient) => {
      posteriors.forEach((p, k) =>
        p.gradientAtLast(meanGradients[k] as Float64Array, varianceGradients[k] as Float64Array),
      );
      logMeanExpectedImprovement(last, best, meanGradients, varianceGradients, gradient);
    },
  };
}
