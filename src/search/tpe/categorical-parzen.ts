/**
 * Optuna 3.1's categorical kernels, as log probabilities [component][choice]: an observation's
 * component puts priorWeight / (n + 1) on every choice plus 1 on its own, normalised; the prior
 * component (last) is uniform.
 */
export function categoricalKernelLogProbabilities(
  observations: readonly number[],
  choices: number,
  priorWeight = 1,
): Float64Array[] {
  const base = priorWeight / (observations.length + 1);
  const own = Math.log((base + 1) / (base * choices + 1));
  const other = Math.log(base / (base * choices + 1));
  return [
    ...observations.map((choice) =>
      Float64Array.from({ length: choices }, (_, c) => (c === choice ? own : other)),
    ),
    new Float64Array(choices).fill(-Math.log(choices)),
  ];
}
