import { useTranslation } from 'react-i18next';
import { formatCount } from '../i18n/format';
import { useAppState } from '../shared/store-context';
import { formatLoss, formatPercent } from '../shared/format';

type Metric =
  | 'epoch'
  | 'loss'
  | 'valLoss'
  | 'accuracy'
  | 'valAccuracy'
  | 'firstLoss'
  | 'testLoss'
  | 'testAccuracy';

/** The latest epoch's numbers, and how they compare with the first. */
export function LatestMetrics() {
  const { t } = useTranslation('results');
  const history = useAppState((s) => s.run.history);
  const test = useAppState((s) => s.run.test);
  const latest = history.at(-1);
  const first = history[0];
  if (!latest || !first) return null;
  const classification = latest.accuracy !== null;
  const items: [Metric, string][] = [
    ['epoch', formatCount(latest.epoch)],
    ['loss', formatLoss(latest.loss)],
    ['valLoss', formatLoss(latest.valLoss)],
    ...(classification
      ? ([
          ['accuracy', formatPercent(latest.accuracy)],
          ['valAccuracy', formatPercent(latest.valAccuracy)],
        ] as [Metric, string][])
      : []),
    ['firstLoss', formatLoss(first.loss)],
    ...(test ? ([['testLoss', formatLoss(test.loss)]] as [Metric, string][]) : []),
    ...(test && test.accuracy !== null
      ? ([['testAccuracy', formatPercent(test.accuracy)]] as [Metric, string][])
      : []),
  ];
  return (
    <dl className="metrics" aria-label={t('latest')}>
      {items.map(([metric, value]) => (
        <div key={metric}>
          <dt>{t(`metrics.${metric}`)}</dt>
          <dd aria-label={t(`metrics.${metric}`)}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
