import { useAppState } from './store-context';
import { formatLoss, formatPercent } from './format';

/** The latest epoch's numbers, and how they compare with the first. */
export function LatestMetrics() {
  const history = useAppState((s) => s.run.history);
  const latest = history.at(-1);
  const first = history[0];
  if (!latest || !first) return null;
  const items: [string, string][] = [
    ['Epoch', String(latest.epoch)],
    ['Train loss', formatLoss(latest.loss)],
    ['Validation loss', formatLoss(latest.valLoss)],
    ['Train accuracy', formatPercent(latest.accuracy)],
    ['Validation accuracy', formatPercent(latest.valAccuracy)],
    ['First train loss', formatLoss(first.loss)],
  ];
  return (
    <dl className="metrics" aria-label="Latest metrics">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd aria-label={term}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
