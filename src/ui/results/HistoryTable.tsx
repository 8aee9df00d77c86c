import { memo, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpochMetrics } from '../../engine/client/protocol';
import { useAppState } from '../shared/store-context';
import { formatCount } from '../i18n/format';
import { formatLoss, formatPercent } from '../shared/format';

/**
 * The charts' numbers as a table, for screen readers and for copying. Its rows exist only while
 * it is open, and follow the run at a low priority: a 3,000-epoch run does not re-render 3,000
 * hidden rows ten times a second.
 */
export function HistoryTable() {
  const { t, i18n } = useTranslation('results');
  const latest = useAppState((s) => s.run.history);
  const history = useDeferredValue(latest);
  const [open, setOpen] = useState(false);
  if (latest.length === 0) return null;
  return (
    <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('history.summary')}</summary>
      {open && (
        <table>
          <caption>{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('metrics.epoch')}</th>
              <th scope="col">{t('metrics.loss')}</th>
              <th scope="col">{t('metrics.valLoss')}</th>
              <th scope="col">{t('metrics.accuracy')}</th>
              <th scope="col">{t('metrics.valAccuracy')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((m) => (
              <EpochRow key={m.epoch} metrics={m} language={i18n.language} />
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

/**
 * One epoch's numbers; an epoch's metrics never change, so its row renders once per language
 * (`language` is there to render it again, in the new one's number format).
 */
const EpochRow = memo(function EpochRow({
  metrics: m,
}: {
  metrics: EpochMetrics;
  language: string;
}) {
  return (
    <tr>
      <th scope="row">{formatCount(m.epoch)}</th>
      <td>{formatLoss(m.loss)}</td>
      <td>{formatLoss(m.valLoss)}</td>
      <td>{formatPercent(m.accuracy)}</td>
      <td>{formatPercent(m.valAccuracy)}</td>
    </tr>
  );
});
