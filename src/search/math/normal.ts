/** The standard normal distribution, accurate far into the tails (for log-EI and truncated normals). */

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
/** Beyond this |z| the tail continued fraction is used: it converges fast there, the series does not. */
const TAIL = 3;
const FRACTION_TERMS = 60;

export function normalLogPdf(z: number): number {
  return -0.5 * z * z - LOG_SQRT_2PI;
}

export function normalPdf(z: number): number {
  return Math.exp(normalLogPdf(z));
}

/** q(t) = 1 / (t + 2 / (t + 3 / (t + …))), so that Mills' ratio (1 − Φ(t)) / φ(t) = 1 / (t + q). */
function tailFraction(t: number): number {
  let acc = t;
  for (let k = FRACTION_TERMS; k >= 2; k--) acc = t + k / acc;
  return 1 / acc;
}

/** Mills' ratio (1 − Φ(t)) / φ(t) for t ≥ TAIL. */
function millsRatio(t: number): number {
  return 1 / (t + tailFraction(t));
}

/** Φ(z) − 1/2 = φ(z) Σ z^(2n+1) / (2n+1)!!, for |z| ≤ TAIL (terms share one sign: no cancellation). */
function centralSeries(z: number): number {
  const z2 = z * z;
  let term = z;
  let sum = z;
  for (let n = 1; Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
    term *= z2 / (2 * n + 1);
    sum += term;
  }
  return normalPdf(z) * sum;
}

/** Φ(z), with small values accurate to relative precision in the lower tail. */
export function normalCdf(z: number): number {
  if (z < -TAIL) return normalPdf(z) * millsRatio(-z);
  if (z > TAIL) return 1 - normalPdf(z) * millsRatio(z);
  return 0.5 + centralSeries(z);
}

/**
 * log h(z) with h(z) = E[max(0, Z + z)] = z Φ(z) + φ(z) (the standardised expected improvement),
 * and its derivative h'(z) / h(z) = Φ(z) / h(z); in the lower tail both come from the continued
 * fraction, where z Φ(z) + φ(z) would cancel to nothing.
 */
export function logStandardImprovement(z: number): { value: number; slope: number } {
  if (z < -TAIL) {
    const t = -z;
    const q = tailFraction(t);
    // h = φ(z) (1 − t R(t)) = φ(z) q / (t + q), and Φ / h = R / (1 − t R) = 1 / q.
    return { value: normalLogPdf(z) + Math.log(q / (t + q)), slope: 1 / q };
  }
  const cdf = normalCdf(z);
  const h = z * cdf + normalPdf(z);
  return { value: Math.log(h), slope: cdf / h };
}
