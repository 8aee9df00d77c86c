import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetEntry } from '../../data/catalog';
import type { TestShift } from '../../experiment/experiment';
import { TEST_SHIFTS } from '../../experiment/experiment';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { isLocked } from '../../store/lock';
import { DatasetPicker } from './DatasetPicker';
import { NumberField } from '../shared/NumberField';
import { useAppState } from '../shared/store-context';
import { useIssue } from '../shared/use-issue';
import { useHidden } from '../shared/use-hidden';
import { LazyArea, PartLoading, lazyPart } from '../shared/lazy-part';
import { datasetDescription, datasetLabel } from '../shared/catalog-text';

/** Uploading a CSV is one dataset's panel: its code is fetched when the page is idle. */
export const csvPanel = lazyPart(() => import('./CsvPanel').then((m) => m.CsvPanel));

type DataNumber = 'numPoints' | 'noise' | 'seed';
type SplitNumber = 'validationSplit' | 'testSplit';

export function DatasetPanel() {
  const { t } = useTranslation('dataset');
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
  const shows = { numPoints: has('numPoints'), noise: has('noise'), testShift: has('testShift') };
  const setNumber = (field: DataNumber) => (value: number) =>
    edit({ type: 'setDatasetNumber', field, value });
  // The fields take percentages; the spec keeps fractions.
  const setSplit = (field: SplitNumber) => (value: number) =>
    edit({ type: 'setTrainingNumber', field, value: value / 100 });
  const onChange = {
    numPoints: setNumber('numPoints'),
    noise: setNumber('noise'),
    seed: setNumber('seed'),
    validationSplit: setSplit('validationSplit'),
    testSplit: setSplit('testSplit'),
  };
  const setTestShift = (testShift: TestShift) => edit({ type: 'setTestShift', testShift });
  const setStandardize = (standardize: boolean) => edit({ type: 'setStandardize', standardize });
  const countLabel =
    dataset.name === 'mnist'
      ? t('fields.images')
      : dataset.name === 'sequence'
        ? t('fields.windows')
        : t('fields.points');

  return (
    <section className="panel" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">{t('heading', { label: datasetLabel(info) })}</h2>
      {!hidePicker && <DatasetPicker disabled={locked} />}
      <p className="panel-text">{datasetDescription(info)}</p>
      {dataset.name === 'csv' && !hidePicker && (
        <LazyArea area={t('csvArea')} fallback={<PartLoading label={t('csvLoading')} />}>
          <csvPanel.Component disabled={locked} />
        </LazyArea>
      )}
      {!hideSettings && (
        <div className="fields data-fields">
          {shows.numPoints && (
            <NumberField
              label={countLabel}
              value={dataset.numPoints}
              min={entry.limits.numPoints.min}
              max={entry.limits.numPoints.max}
              step={dataset.name === 'curve' ? 1 : 10}
              error={issues.numPoints}
              disabled={locked}
              onChange={onChange.numPoints}
            />
          )}
          {shows.noise && (
            <NumberField
              label={t('fields.noise')}
              value={dataset.noise}
              min={entry.limits.noise.min}
              max={entry.limits.noise.max}
              step={0.05}
              error={issues.noise}
              disabled={locked}
              onChange={onChange.noise}
            />
          )}
        </div>
      )}
      {!hideSettings && (
        <details
          className="data-more"
          open={issues.seed || issues.validationSplit || issues.testSplit ? true : undefined}
        >
          <summary>{t('more')}</summary>
          <div className="fields">
            {entry.source === 'generated' && dataset.name !== 'iris' && (
              <NumberField
                label={t('fields.seed')}
                value={dataset.seed}
                min={0}
                max={4294967295}
                step={1}
                error={issues.seed}
                disabled={locked}
                onChange={onChange.seed}
              />
            )}
            <NumberField
              label={t('fields.validation')}
              term="validation"
              value={Math.round(training.validationSplit * 1000) / 10}
              min={5}
              max={50}
              step={5}
              error={issues.validationSplit}
              disabled={locked}
              onChange={onChange.validationSplit}
            />
            {!ownTest && (
              <NumberField
                label={t('fields.test')}
                value={Math.round(training.testSplit * 1000) / 10}
                min={0}
                max={50}
                step={5}
                error={issues.testSplit}
                disabled={locked}
                onChange={onChange.testSplit}
              />
            )}
            {shows.testShift && (
              <div className="field">
                <label htmlFor={ids.shift}>{t('fields.testShift')}</label>
                <select
                  id={ids.shift}
                  value={dataset.testShift}
                  disabled={locked}
                  onChange={(e) => setTestShift(e.target.value as TestShift)}
                >
                  {TEST_SHIFTS.map((shift) => (
                    <option key={shift} value={shift}>
                      {t(`testShift.${shift}`)}
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
                  onChange={(e) => setStandardize(e.target.checked)}
                />
                {t('fields.standardize')}
              </label>
            </div>
          </div>
        </details>
      )}
    </section>
  );
}
