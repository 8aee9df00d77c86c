import { useTranslation } from 'react-i18next';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { lossLabel } from '../shared/catalog-text';
import { KerasCodeView } from './KerasCodeView';
import { ModelBuilder } from './ModelBuilder';
import { formatShape, layerTitle } from './layer-text';
import { paramCell, summaryCounts } from './summary-text';
import { problemText } from '../shared/problem-text';
import { messageText } from '../i18n/message-text';
import { useAppState } from '../shared/store-context';
import { useModelInference } from './use-model-inference';
import { currentLanguage } from '../i18n/i18n';

/** A label inside an English sentence loses its capital; Chinese has none (and Huber keeps its). */
const inSentence = (label: string) => (currentLanguage() === 'en' ? label.toLowerCase() : label);

/** Keras' model.summary(): every layer's output shape and parameters, with totals. */
function SummaryTable() {
  const { t } = useTranslation('builder');
  const layers = useAppState((s) => s.spec.model.layers);
  const { result, inputShape } = useModelInference();
  const counts = summaryCounts(layers, result);
  return (
    <table className="layers">
      <caption>{counts.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.layer')}</th>
          <th scope="col">{t('summary.outputShape')}</th>
          <th scope="col" className="num">
            {t('summary.params')}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('summary.input')}</th>
          <td>{formatShape(inputShape)}</td>
          <td className="num">0</td>
        </tr>
        {layers.map((layer, i) => {
          const row = result.layers[i];
          return (
            <tr key={i}>
              <th scope="row">{layerTitle(layer)}</th>
              <td>{row?.outputShape ? formatShape(row.outputShape) : '—'}</td>
              <td className="num">{paramCell(row)}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{counts.totalLabel}</th>
          <td />
          <td className="num">{counts.total}</td>
        </tr>
        <tr>
          <th scope="row">{counts.trainableLabel}</th>
          <td />
          <td className="num">{counts.trainable}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function ModelPanel() {
  const { t } = useTranslation('builder');
  const loss = useAppState((s) => s.spec.training.loss);
  const task = useAppState((s) => specDatasetInfo(s.spec.dataset).task);
  const { result } = useModelInference();
  // The spec's problem with the model as a whole, or inference's own when the spec has others.
  const modelIssue = useAppState((s) => s.specIssues.find((issue) => issue.path === 'model'));
  const modelProblem = modelIssue ?? result.modelError;
  const modelError = modelProblem ? problemText(modelProblem) : null;
  return (
    <section className="panel" aria-labelledby="model-heading">
      <h2 id="model-heading">{t('panel.heading')}</h2>
      <ModelBuilder />
      {modelError && (
        <p role="alert" className="alert">
          {modelError}
        </p>
      )}
      {result.modelWarnings.map((warning) => (
        <p key={warning.code} className="layer-warning">
          {messageText(warning)}
        </p>
      ))}
      <details className="model-summary">
        <summary>{t('panel.summary')}</summary>
        <SummaryTable />
        <p className="panel-text">
          {t('panel.loss', { loss: inSentence(lossLabel(loss)), output: t(`output.${task}`) })}
        </p>
      </details>
      <KerasCodeView />
    </section>
  );
}
