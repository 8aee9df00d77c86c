import { useTranslation } from 'react-i18next';
import type { DatasetName } from '../../data/catalog';
import { DATASETS, DATASET_NAMES } from '../../data/catalog';
import { PointsCanvas } from '../shared/PointsCanvas';
import { useAppState } from '../shared/store-context';
import { datasetDescription, datasetLabel } from '../shared/catalog-text';
import { thumbnailPlot } from './thumbnail-data';

const THUMBNAIL_SIZE = 52;

function Thumbnail({ name }: { name: DatasetName }) {
  const plot = thumbnailPlot(name);
  if (plot) {
    const isLine = name === 'curve' || name === 'sequence';
    const layers = [{ data: plot.data, mark: 'dot' as const, columns: plot.columns }];
    return (
      <PointsCanvas
        layers={layers}
        task={DATASETS[name].info.task}
        bounds={plot.bounds}
        size={THUMBNAIL_SIZE}
        radius={isLine ? 1.1 : 1.4}
        {...(isLine ? { color: '#334155' } : {})}
      />
    );
  }
  return (
    <svg width={THUMBNAIL_SIZE} height={THUMBNAIL_SIZE} viewBox="0 0 52 52" aria-hidden="true">
      <rect x="1" y="1" width="50" height="50" rx="6" fill="#f1f5f9" stroke="#cbd5e1" />
      <text
        x="26"
        y="33"
        textAnchor="middle"
        fontSize={name === 'mnist' ? 20 : 14}
        fontWeight="700"
        fill="#334155"
      >
        {name === 'mnist' ? '7 2 1' : 'CSV'}
      </text>
    </svg>
  );
}

/** Every dataset as a thumbnail, grouped by kind; one is chosen, like radio buttons. */
export function DatasetPicker({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('dataset');
  const current = useAppState((s) => s.spec.dataset.name);
  const selectDataset = useAppState((s) => s.selectDataset);
  return (
    <div className="picker" role="radiogroup" aria-label={t('picker')}>
      {DATASET_NAMES.map((name) => (
        <button
          key={name}
          type="button"
          role="radio"
          aria-checked={current === name}
          className="thumb"
          disabled={disabled}
          title={datasetDescription(name)}
          onClick={() => selectDataset(name)}
        >
          <Thumbnail name={name} />
          <span>{datasetLabel(name)}</span>
        </button>
      ))}
    </div>
  );
}
