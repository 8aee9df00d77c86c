import { useId } from 'react';
import { datasetEntry } from '../../data/catalog';
import type { TestShift } from '../../experiment/experiment';
import { TEST_SHIFTS } from '../../experiment/experiment';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { isLocked } from '../../store/lock';
import { CsvPanel } from './CsvPanel';
import { DatasetPicker } from './DatasetPicker';
import { NumberField } from '../shared/NumberField';
import { useAppState } from '../shared/store-context';
import { useIssue } from '../shared/use-issue';
import { useHidden } from '../shared/use-hidden';

const SHIFT_LABELS: Record<TestShift, string> = {
  none: 'Same as training',
  noise: 'Noisier than training',
  region: 'An unseen part of the plane',
};

export function DatasetPanel() {
  const dataset = useAppState((s) => s.spec.dataset);
  const training = useAppState((s) => s.spec.training);
  const edit = useAppState((s) => s.edit);
  const locked = useAppState(isLocked);
  const ids = { shift: useId(), standardize: useId() };
  const issues = {
    numPoints: useIssue('dataset.numPoints'),
    noise: useIssue('dataset.noise'),
    seed: useIssue('dataset.seed'),
    validationSplit: useIssue('training.validationSplit'),
    testSplit: useIssue('training.testSplit'),
  };
  const entry = datasetEntry(dataset.name);
  const info = specDatasetInfo(dataset);
  const has = (control: 'numPoints' | 'noise' | 'testShift') => entry.controls.includes(control);
  const ownTest = dataset.name === 'curve' || dataset.testShift !== 'none';
  const hidePicker = useHidden('dataset');
  const hideSettings = useHidden('dataSettings');

  return (
    <section className="panel" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">Data: {info.label}</h2>
      {!hidePicker && <DatasetPicker disabled={locked} />}
      <p className="panel-text">{info.description}</p>
      {dataset.name === 'csv' && !hidePicker && <CsvPanel disabled={locked} />}
      {!hideSettings && (
        <div className="fields data-fields">
          {has('numPoints') && (
            <NumberField
              label={
                dataset.name === 'mnist'
                  ? 'Images'
                  : dataset.name === 'sequence'
                    ? 'Windows'
                    : 'Points'
              }
              value={dataset.numPoints}
              min={entry.limits.numPoints.min}
              max={entry.limits.numPoints.max}
              step={dataset.name === 'curve' ? 1 : 10}
              error={issues.numPoints}
              disabled={locked}
              onChange={(value) => edit({ type: 'setDatasetNumber', field: 'numPoints', value })}
            />
          )}
          {has('noise') && (
            <NumberField
              label="Noise"
              value={dataset.noise}
              min={entry.limits.noise.min}
              max={entry.limits.noise.max}
              step={0.05}
              error={issues.noise}
              disabled={locked}
              onChange={(value) => edit({ type: 'setDatasetNumber', field: 'noise', value })}
            />
          )}
        </div>
      )}
      {!hideSettings && (
        <details
          className="data-more"
          open={issues.seed || issues.validationSplit || issues.testSplit ? true : undefined}
        >
          <summary>More data settings</summary>
          <div className="fields">
            {entry.source === 'generated' && dataset.name !== 'iris' && (
              <NumberField
                label="Data seed"
                value={dataset.seed}
                min={0}
                max={4294967295}
                step={1}
                error={issues.seed}
                disabled={locked}
                onChange={(value) => edit({ type: 'setDatasetNumber', field: 'seed', value })}
              />
            )}
            <NumberField
              label="Validation %"
              term="validation"
              value={Math.round(training.validationSplit * 1000) / 10}
              min={5}
              max={50}
              step={5}
              error={issues.validationSplit}
              disabled={locked}
              onChange={(value) =>
                edit({ type: 'setTrainingNumber', field: 'validationSplit', value: value / 100 })
              }
            />
            {!ownTest && (
              <NumberField
                label="Test %"
                value={Math.round(training.testSplit * 1000) / 10}
                min={0}
                max={50}
                step={5}
                error={issues.testSplit}
                disabled={locked}
                onChange={(value) =>
                  edit({ type: 'setTrainingNumber', field: 'testSplit', value: value / 100 })
                }
              />
            )}
            {has('testShift') && (
              <div className="field">
                <label htmlFor={ids.shift}>Test data</label>
                <select
                  id={ids.shift}
                  value={dataset.testShift}
                  disabled={locked}
                  onChange={(e) =>
                    edit({ type: 'setTestShift', testShift: e.target.value as TestShift })
                  }
                >
                  {TEST_SHIFTS.map((shift) => (
                    <option key={shift} value={shift}>
                      {SHIFT_LABELS[shift]}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field checkbox">
              <label htmlFor={ids.standardize}>
                <input
                  id={ids.standardize}
                  type="checkbox"
                  checked={dataset.standardize}
                  disabled={locked}
                  onChange={(e) => edit({ type: 'setStandardize', standardize: e.target.checked })}
                />
                Standardise features
              </label>
            </div>
          </div>
        </details>
      )}
    </section>
  );
}
