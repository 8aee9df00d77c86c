import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PredictionsOf } from '../../engine/client/protocol';
import { formatCount } from '../i18n/format';
import { formatPercent } from '../shared/format';
import { confusionRows, confusionShade } from './heatmap';

interface ConfusionMatrixProps {
  confusion: PredictionsOf<'confusion'>;
}

/** Right answers in blue, wrong ones in orange, darker for a larger share of the actual class. */
function shade(share: number, right: boolean) {
  const rgb = confusionShade(share, right);
  return rgb ? { background: `rgb(${rgb.join(', ')})` } : undefined;
}

/**
 * How the validation examples of each actual class (rows) were predicted (columns). Each cell is
 * shaded by its share of the row, so a rare class's mistakes show as clearly as a common one's.
 */
export function ConfusionMatrix({ confusion }: ConfusionMatrixProps) {
  const { t } = useTranslation('results');
  const rows = useMemo(() => confusionRows(confusion), [confusion]);
  return (
    <div className="table-scroll">
      <table className="confusion-matrix">
        <caption>{t('confusion.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <small>{t('confusion.corner')}</small>
            </th>
            {confusion.classNames.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
            <th scope="col">{t('confusion.recall')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, actual) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              {row.cells.map(({ count, share }, predicted) => (
                <td
                  key={predicted}
                  className={predicted === actual ? 'diagonal' : undefined}
                  style={shade(share, predicted === actual)}
                >
                  {formatCount(count)}
                </td>
              ))}
              <td className="recall">{formatPercent(row.recall)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
