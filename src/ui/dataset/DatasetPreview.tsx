import { useMemo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
} from 'recharts';
import { IRIS_CLASSES, IRIS_FEATURES, loadIris } from '../../data/iris';
import { SEQUENCE_TIMESTEPS, generateSignal } from '../../data/sequence';
import type { Dataset } from '../../data/types';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { ExperimentSpec } from '../../experiment/experiment';
import type { PreparedData } from '../../experiment/prepare';
import { prepareExperimentData } from '../../experiment/prepare';
import { DigitGrid } from '../shared/DigitGrid';
import { PointsCanvas } from '../shared/PointsCanvas';
import { CLASS_COLORS } from '../shared/plot-scale';
import { useAppState } from '../shared/store-context';
import { PLANE_BOUNDS } from './thumbnail-data';

const PREVIEW_SIZE = 280;
const TEST_SOURCES: Record<NonNullable<PreparedData['testSource']>, string> = {
  split: 'held out from the data',
  own: 'the true curve, without noise',
  'shifted-noise': 'jittered off their place: noisier than training',
  'shifted-region': 'from a part of the plane training never sees',
};

const pairs = (d: Dataset) =>
  Array.from({ length: d.count }, (_, i) => ({
    x: d.features[i] as number,
    y: d.targets[i] as number,
  }));

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
  const truth = useMemo(() => (data.test ? pairs(data.test) : []), [data]);
  return (
    <>
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="x" domain={[-3, 3]} />
          <YAxis type="number" dataKey="y" domain={[-2, 2]} />
          <Legend iconSize={9} wrapperStyle={{ fontSize: 12 }} />
          <Line
            data={truth}
            dataKey="y"
            name="True curve (test)"
            stroke="#64748b"
            dot={false}
            isAnimationActive={false}
          />
          <Scatter
            data={pairs(data.train)}
            name="Training points"
            fill="#0877bd"
            isAnimationActive={false}
          />
          <Scatter
            data={pairs(data.validation)}
            name="Validation points"
            fill="#f59322"
            shape="diamond"
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption>
        <Counts data={data} />
      </figcaption>
    </>
  );
}

function SequencePreview({ spec, data }: { spec: ExperimentSpec; data: PreparedData }) {
  const points = useMemo(() => {
    const signal = generateSignal(spec.dataset);
    // At most ~600 points drawn; the split line stays exact.
    const step = Math.max(1, Math.ceil(signal.length / 600));
    return Array.from({ length: Math.ceil(signal.length / step) }, (_, i) => ({
      t: i * step,
      value: signal[i * step] as number,
    }));
  }, [spec.dataset]);
  const validationStarts = data.train.count + SEQUENCE_TIMESTEPS;
  const testStarts = validationStarts + data.validation.count;
  return (
    <>
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="t" domain={[0, 'dataMax']} />
          <YAxis domain={[-2.5, 2.5]} />
          <Line
            dataKey="value"
            name="Signal"
            stroke="#0877bd"
            dot={false}
            isAnimationActive={false}
          />
          <ReferenceLine
            x={validationStarts}
            stroke="#dc2626"
            label={{ value: 'validation →', position: 'insideTopLeft', fontSize: 11 }}
          />
          {data.test && (
            <ReferenceLine
              x={testStarts}
              stroke="#7c3aed"
              label={{ value: 'test →', position: 'insideTopLeft', fontSize: 11 }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
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
