import { useMemo } from 'react';
import type { LossName } from '../spec/experiment';
import { specDatasetInfo } from '../spec/dataset-info';
import { summarizeModel } from '../spec/summary';
import type { Task } from '../data/types';
import { useAppState } from './store-context';

const LOSS_LABELS: Record<LossName, string> = {
  binaryCrossentropy: 'binary cross-entropy',
  sparseCategoricalCrossentropy: 'sparse categorical cross-entropy',
  meanSquaredError: 'mean squared error',
  meanAbsoluteError: 'mean absolute error',
  huber: 'Huber',
};

const OUTPUT_TEXT: Record<Task, string> = {
  binary: 'The last unit outputs the probability of class 1.',
  multiclass: 'The last layer outputs one probability per class; the highest wins.',
  regression: 'The last unit outputs the predicted number.',
};

const formatShape = (shape: (number | null)[]) => `(${shape.map((d) => d ?? 'batch').join(', ')})`;

export function ModelPanel() {
  const spec = useAppState((s) => s.spec);
  const summary = useMemo(() => summarizeModel(spec), [spec]);
  return (
    <section className="panel" aria-labelledby="model-heading">
      <h2 id="model-heading">Model</h2>
      <table className="layers">
        <caption>
          Sequential model, {summary.totalParams.toLocaleString('en')} trainable parameters
        </caption>
        <thead>
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">Output shape</th>
            <th scope="col" className="num">
              Parameters
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Input</th>
            <td>{formatShape(summary.inputShape)}</td>
            <td className="num">0</td>
          </tr>
          {summary.layers.map((layer, i) => (
            <tr key={i}>
              <th scope="row">
                {layer.name}
                {layer.implicit && <small> (added: Dense layers need a flat input)</small>}
              </th>
              <td>{formatShape(layer.outputShape)}</td>
              <td className="num">{layer.params.toLocaleString('en')}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td />
            <td className="num">{summary.totalParams.toLocaleString('en')}</td>
          </tr>
        </tfoot>
      </table>
      <p className="panel-text">
        Loss: {LOSS_LABELS[spec.training.loss]}. {OUTPUT_TEXT[specDatasetInfo(spec.dataset).task]}
      </p>
    </section>
  );
}
