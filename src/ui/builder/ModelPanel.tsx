import type { Task } from '../../data/types';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { LOSS_LABELS } from '../../experiment/loss-labels';
import { KerasCodeView } from './KerasCodeView';
import { ModelBuilder } from './ModelBuilder';
import { formatShape, layerTitle } from './layer-text';
import { paramCell, summaryCounts } from './summary-text';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';
import { useModelInference } from './use-model-inference';

const OUTPUT_TEXT: Record<Task, string> = {
  binary: 'The last unit outputs the probability of class 1.',
  multiclass: 'The last layer outputs one probability per class; the highest wins.',
  regression: 'The last unit outputs the predicted number.',
};

/** Keras' model.summary(): every layer's output shape and parameters, with totals. */
function SummaryTable() {
  const layers = useAppState((s) => s.spec.model.layers);
  const { result, inputShape } = useModelInference();
  const counts = summaryCounts(layers, result);
  return (
    <table className="layers">
      <caption>{counts.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Layer</th>
          <th scope="col">Output shape</th>
          <th scope="col" className="num">
            Param #
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Input</th>
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
  const loss = useAppState((s) => s.spec.training.loss);
  const task = useAppState((s) => specDatasetInfo(s.spec.dataset).task);
  const { result } = useModelInference();
  // The spec's problem with the model as a whole, or inference's own when the spec has others.
  const modelIssue = useAppState((s) => s.specIssues.find((issue) => issue.path === 'model'));
  const modelError = modelIssue ? problemText(modelIssue) : result.modelError;
  return (
    <section className="panel" aria-labelledby="model-heading">
      <h2 id="model-heading">Model</h2>
      <ModelBuilder />
      {modelError && (
        <p role="alert" className="alert">
          {modelError}
        </p>
      )}
      {result.modelWarnings.map((warning) => (
        <p key={warning} className="layer-warning">
          {warning}
        </p>
      ))}
      <details className="model-summary">
        <summary>Model summary</summary>
        <SummaryTable />
        <p className="panel-text">
          Loss: {LOSS_LABELS[loss].toLowerCase()}. {OUTPUT_TEXT[task]}
        </p>
      </details>
      <KerasCodeView />
    </section>
  );
}
