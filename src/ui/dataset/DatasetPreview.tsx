import { useMemo } from 'react';
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
import { PLANE_BOUNDS } from './thumbnail-data';

const PREVIEW_SIZE = 250;
const TEST_SOURCES: Record<NonNullable<PreparedData['testSource']>, string> = {
  split: 'held out from the data',
  own: 'the true curve, without noise',
  'shifted-noise': 'jittered off their place: noisier than training',
  'shifted-region': 'from a part of the plane training never sees',
};

/** The recharts previews (1-D curve, signal) load on demand; the app preloads them when idle. */
export const curvePlot = lazyPart(() => import('./PreviewCharts').then((m) => m.CurvePlot));
export const sequencePlot = lazyPart(() => import('./PreviewCharts').then((m) => m.SequencePlot));

const ChartLoading = ({ height }: { height: number }) => (
  <PartLoading style={{ height, width: '100%' }} label="Loading the preview…" />
);

function Counts({ data }: { data: PreparedData }) {
  return (
    <>
      {data.train.count} training, {data.validation.count} validation
      {data.test ? `, ${data.test.count} test (${TEST_SOURCES[data.testSource ?? 'split']})` : ''}
      {data.standardizer ? '; standardised with training statistics' : ''}.
    </>
  );
}

function PlanePreview({ data }: { data: PreparedData }) {
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
          <span className="key">orange = low, blue = high</span>
        ) : (
          <>
            {/* The colour is in the swatch: the playground's orange is too light for text. */}
            {[0, 1].map((k) => (
              <span key={k} className="key">
                <span className="swatch" style={{ background: CLASS_COLORS[k] }} /> class {k}
              </span>
            ))}
          </>
        )}
        <br />
        Dots train, diamonds validate{data.test ? ', crosses test' : ''}: <Counts data={data} />
      </figcaption>
    </>
  );
}

function CurvePreview({ data }: { data: PreparedData }) {
  return (
    <>
      <LazyArea area="the curve preview" fallback={<ChartLoading height={240} />}>
        <curvePlot.Component data={data} />
      </LazyArea>
      <figcaption>
        <Counts data={data} />
      </figcaption>
    </>
  );
}

function SequencePreview({ spec, data }: { spec: ExperimentSpec; data: PreparedData }) {
  return (
    <>
      <LazyArea area="the signal preview" fallback={<ChartLoading height={220} />}>
        <sequencePlot.Component spec={spec} data={data} />
      </LazyArea>
      <figcaption>
        Windows of {SEQUENCE_TIMESTEPS} steps predict the next value. <Counts data={data} />
      </figcaption>
    </>
  );
}

function IrisPreview({ data }: { data: PreparedData }) {
  const iris = useMemo(() => loadIris(), []);
  const rows = [0, 1, 50, 51, 100, 101];
  return (
    <>
      <table>
        <caption>6 of 150 rows (raw cm)</caption>
        <thead>
          <tr>
            {IRIS_FEATURES.map((f) => (
              <th key={f} scope="col">
                {f.replace('_', ' ')}
              </th>
            ))}
            <th scope="col">species</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              {IRIS_FEATURES.map((f, j) => (
                <td key={f}>{(iris.features[row * 4 + j] as number).toFixed(1)}</td>
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
  const mnist = useAppState((s) => s.mnist);
  const numPoints = useAppState((s) => s.spec.dataset.numPoints);
  const loadMnist = useAppState((s) => s.loadMnist);
  if (mnist.status === 'loading' || mnist.status === 'idle') {
    const progress = mnist.status === 'loading' ? mnist.progress : 0;
    return (
      <div className="loading">
        <label>
          Loading MNIST digits… {Math.round(progress * 100)}%
          <progress max={1} value={progress} />
        </label>
      </div>
    );
  }
  if (mnist.status === 'failed') {
    return (
      <div role="alert" className="alert">
        <p>The MNIST digits could not be loaded: {mnist.message}</p>
        <button type="button" onClick={() => void loadMnist()}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <>
      <DigitGrid images={mnist.images} count={32} />
      <figcaption>
        First 32 of the {Math.min(numPoints, mnist.images.count).toLocaleString('en')} digits used
        (of {mnist.images.count.toLocaleString('en')} loaded).
      </figcaption>
    </>
  );
}

/** What the chosen data looks like, split exactly as the worker will split it. */
export function DatasetPreview() {
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
  else if (!data) body = <p className="empty">Fix the data settings to see a preview.</p>;
  else if (name === 'curve') body = <CurvePreview data={data} />;
  else if (name === 'sequence') body = <SequencePreview spec={spec} data={data} />;
  else if (name === 'iris') body = <IrisPreview data={data} />;
  else body = <PlanePreview data={data} />;

  return (
    <figure
      className="preview"
      aria-label={`${data?.info.label ?? (name === 'mnist' ? 'MNIST digits' : name)} dataset preview`}
    >
      {body}
    </figure>
  );
}
