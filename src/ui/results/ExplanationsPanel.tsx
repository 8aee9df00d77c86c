import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { specDatasetInfo } from '../../experiment/dataset-info';
import type { LivePredictions } from '../../store/run-events';
import { useAppState } from '../shared/store-context';
import { AttributionsView } from './AttributionsView';
import { FeatureImportanceChart } from './FeatureImportanceChart';

/**
 * What the trained model looks at, computed in the worker once training ends: which features it
 * relies on (permutation importance) or, for digits, which pixels (saliency, integrated gradients).
 */
export function ExplanationsPanel({ predictions }: { predictions: LivePredictions }) {
  const { t } = useTranslation('results');
  const headingId = useId();
  const spec = useAppState((s) => s.run.spec);
  const importance = predictions['feature-importance'];
  const attributions = predictions.attributions;
  const hidden = predictions['hidden-units'];
  // The hidden units draw in their layer cards; this section is for what comes at the end.
  if (!importance && !attributions) return null;
  const info = specDatasetInfo(spec.dataset);
  return (
    <section className="explanations" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('explanations.title')}</h3>
      {hidden && <p className="hint">{t('explanations.hiddenUnits')}</p>}
      {importance && (
        <FeatureImportanceChart importance={importance} csv={spec.dataset.name === 'csv'} />
      )}
      {attributions && (
        <AttributionsView attributions={attributions} classNames={info.classNames} />
      )}
    </section>
  );
}
