export const formatLoss = (value: number) =>
  Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
export const formatPercent = (value: number | null) =>
  value === null ? '—' : `${(value * 100).toFixed(1)}%`;
export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
