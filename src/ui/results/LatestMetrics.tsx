import { useAppState } from '../shared/store-context';
import { formatLoss, formatPercent } from '../shared/format';

/** The latest epoch's numbers, and how they compare with the first. */
export function LatestMetrics() {
  const history = useAppState((s) => s.run.history);
  const test = useAppState((s) => s.run.test);
  const latest = history.at(-1);
  const first = history[0];
  if (!latest || !first) return null;
  const classification = latest.accuracy !== null;
  const items: [string, string][] = [
    ['Epoch', String(latest.epoch)],
    ['Train loss', formatLoss(latest.loss)],
    ['Validation loss', formatLoss(latest.valLoss)],
    ...(classification
      ? ([
          ['Train accuracy', formatPercent(latest.accuracy)],
          ['Validation accuracy', formatPercent(latest.valAccuracy)],
        ] as [string, string][])
      : []),
    ['First train loss', formatLoss(first.loss)],
    ...(test ? ([['Test loss', formatLoss(test.loss)]] as [string, string][]) : []),
    ...(test && test.accuracy !== null
      ? ([['Test accuracy', formatPercent(test.accuracy)]] as [string, string][])
      : []),
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
