import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { IRIS_CLASSES, IRIS_FEATURES, loadIris } from '../../data/iris';
import { SEQUENCE_TIMESTEPS } from '../../data/sequence';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { ExperimentSpec } from '../../experiment/experiment';
import type { PreparedData } from '../../experiment/prepare';
import { prepareExperimentData } from '../../experiment/prepare';
import { DigitGrid } from '../shared/DigitGrid';
import { LazyArea, PartLoading, lazyPart } from '../shared/lazy-part';
import { PointsCanvas } from '../shared/PointsCanvas';
import { CLASS_COLORS } from '../shared/plot-scale';
import { useAppState } from '../shared/store-context';
import { datasetLabel } from '../shared/catalog-text';
import { formatFraction, formatNumber } from '../i18n/format';
import { messageText } from '../i18n/message-text';
import { PLANE_BOUNDS } from './thumbnail-data';

const PREVIEW_SIZE = 250;
const IRIS_ROWS = [0, 1, 50, 51, 100, 101];
const MNIST_SHOWN = 32;

/** The recharts previews (1-D curve, signal) load on demand; the app preloads them when idle. */
export const curvePlot = lazyPart(() => import('./PreviewCharts').then((m) => m.CurvePlot));
export const sequencePlot = lazyPart(() => import('./PreviewCharts').then((m) => m.SequencePlot));

function ChartLoading({ height }: { height: number }) {
  const { t } = useTranslation('dataset');
  return <PartLoading style={{ height, width: '100%' }} label={t('preview.loading')} />;
}

/** "320 training, 80 validation, 200 test (the true curve, without noise)." */
function countsText(t: TFunction<'dataset'>, data: PreparedData): string {
  const counts = {
    train: data.train.count,
    validation: data.validation.count,
    test: data.test?.count ?? 0,
    source: t(`preview.testSource.${data.testSource ?? 'split'}`),
  };
  if (data.test)
    return data.standardizer
      ? t('preview.counts.testStandardised', counts)
      : t('preview.counts.test', counts);
  return data.standardizer
    ? t('preview.counts.standardised', counts)
    : t('preview.counts.plain', counts);
}

function Counts({ data }: { data: PreparedData }) {
  const { t } = useTranslation('dataset');
  return countsText(t, data);
}

function PlanePreview({ data }: { data: PreparedData }) {
  const { t } = useTranslation('dataset');
  const layers = useMemo(
    () => [
      { data: data.train, mark: 'dot' as const },
      { data: data.validation, mark: 'diamond' as const },
      ...(data.test ? [{ data: data.test, mark: 'cross' as const }] : []),
    ],
    [data],
  );
  const bounds = data.standardizer ? { xMin: -3, xMax: 3, yMin: -3, yMax: 3 } : PLANE_BOUNDS;
  return (
    <>
      <PointsCanvas
        layers={layers}
        task={data.info.task}
        bounds={bounds}
        size={PREVIEW_SIZE}
        axes
      />
      <figcaption>
        {data.info.task === 'regression' ? (
          <span className="key">{t('preview.lowHigh')}</span>
        ) : (
          <>
            {/* The colour is in the swatch: the playground's orange is too light for text. */}
            {[0, 1].map((k) => (
              <span key={k} className="key">
                <span className="swatch" style={{ background: CLASS_COLORS[k] }} />{' '}
                {t('preview.classKey', { number: k })}
              </span>
            ))}
          </>
        )}
        <br />
        {t(data.test ? 'preview.marksTest' : 'preview.marks', { counts: countsText(t, data) })}
      </figcaption>
    </>
  );
}

function CurvePreview({ data }: { data: PreparedData }) {
  const { t } = useTranslation('dataset');
  return (
    <>
      <LazyArea area={t('preview.curveArea')} fallback={<ChartLoading height={240} />}>
        <curvePlot.Component data={data} />
      </LazyArea>
      <figcaption>
        <Counts data={data} />
      </figcaption>
    </>
  );
}

function SequencePreview({ spec, data }: { spec: ExperimentSpec; data: PreparedData }) {
  const { t } = useTranslation('dataset');
  return (
    <>
      <LazyArea area={t('preview.signalArea')} fallback={<ChartLoading height={220} />}>
        <sequencePlot.Component spec={spec} data={data} />
      </LazyArea>
      <figcaption>
        {t('preview.windows', { steps: SEQUENCE_TIMESTEPS, counts: countsText(t, data) })}
      </figcaption>
    </>
  );
}

function IrisPreview({ data }: { data: PreparedData }) {
  const { t } = useTranslation('dataset');
  const iris = useMemo(() => loadIris(), []);
  return (
    <>
      <table>
        <caption>
          {t('preview.iris.caption', { shown: IRIS_ROWS.length, total: iris.count })}
        </caption>
        <thead>
          <tr>
            {IRIS_FEATURES.map((f) => (
              <th key={f} scope="col">
                {t(`preview.iris.${f}`)}
              </th>
            ))}
            <th scope="col">{t('preview.iris.species')}</th>
          </tr>
        </thead>
        <tbody>
          {IRIS_ROWS.map((row) => (
            <tr key={row}>
              {IRIS_FEATURES.map((f, j) => (
                <td key={f}>{formatNumber(iris.features[row * 4 + j] as number, 1, 1)}</td>
              ))}
              <td>{IRIS_CLASSES[iris.targets[row] as number]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        <Counts data={data} />
      </figcaption>
    </>
  );
}

function MnistPreview() {
  const { t } = useTranslation('dataset');
  const mnist = useAppState((s) => s.mnist);
  const numPoints = useAppState((s) => s.spec.dataset.numPoints);
  const loadMnist = useAppState((s) => s.loadMnist);
  if (mnist.status === 'loading' || mnist.status === 'idle') {
    const progress = mnist.status === 'loading' ? mnist.progress : 0;
    return (
      <div className="loading">
        <label>
          {t('preview.mnist.loading', { percent: formatFraction(progress, 0) })}
          <progress max={1} value={progress} />
        </label>
      </div>
    );
  }
  if (mnist.status === 'failed') {
    return (
      <div role="alert" className="alert">
        <p>{t('preview.mnist.failed', { reason: messageText(mnist.message) })}</p>
        <button type="button" onClick={() => void loadMnist()}>
          {t('preview.mnist.retry')}
        </button>
      </div>
    );
  }
  return (
    <>
      <DigitGrid images={mnist.images} count={MNIST_SHOWN} />
      <figcaption>
        {t('preview.mnist.caption', {
          shown: MNIST_SHOWN,
          used: Math.min(numPoints, mnist.images.count),
          loaded: mnist.images.count,
        })}
      </figcaption>
    </>
  );
}

/** What the chosen data looks like, split exactly as the worker will split it. */
export function DatasetPreview() {
  const { t } = useTranslation('dataset');
  const spec = useAppState((s) => s.spec);
  const datasetIssue = useAppState((s) =>
    s.specIssues.some(
      (i) =>
        i.path.startsWith('dataset') ||
        i.path.startsWith('training.validationSplit') ||
        i.path.startsWith('training.testSplit') ||
        i.path === 'training.seed',
    ),
  );
  const name = spec.dataset.name;
  const generated = name !== 'mnist' && name !== 'csv';
  const { dataset } = spec;
  const { validationSplit, testSplit, seed } = spec.training;
  // Only the data settings matter: model and optimiser edits do not regenerate the preview.
  const data = useMemo(
    () =>
      generated && !datasetIssue
        ? prepareExperimentData({
            ...DEFAULT_SPEC,
            dataset,
            training: { ...DEFAULT_SPEC.training, validationSplit, testSplit, seed },
          })
        : null,
    [dataset, validationSplit, testSplit, seed, generated, datasetIssue],
  );

  let body;
  if (name === 'mnist') body = <MnistPreview />;
  else if (name === 'csv') return null;
  else if (!data) body = <p className="empty">{t('preview.fixSettings')}</p>;
  else if (name === 'curve') body = <CurvePreview data={data} />;
  else if (name === 'sequence') body = <SequencePreview spec={spec} data={data} />;
  else if (name === 'iris') body = <IrisPreview data={data} />;
  else body = <PlanePreview data={data} />;

  return (
    <figure
      className="preview"
      aria-label={t('preview.label', { dataset: datasetLabel(data?.info ?? name) })}
    >
      {body}
    </figure>
  );
}
