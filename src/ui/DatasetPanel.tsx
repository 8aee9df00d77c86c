import { useMemo } from 'react';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { datasetInfo } from '../data/catalog';
import type { Dataset } from '../data/types';
import { LIMITS } from '../spec/experiment';
import { prepareSplit } from '../spec/prepare';
import { isRunActive } from '../store/app-store';
import { NumberField } from './NumberField';
import { useAppState } from './store-context';
import { useIssue } from './use-issue';

export const CLASS_COLORS = { 0: '#f59322', 1: '#0877bd' } as const;

type Point = { x: number; y: number };

function pointsByClass(data: Dataset): [Point[], Point[]] {
  const byClass: [Point[], Point[]] = [[], []];
  for (let i = 0; i < data.count; i++) {
    const point = { x: data.features[2 * i] as number, y: data.features[2 * i + 1] as number };
    byClass[data.targets[i] === 1 ? 1 : 0].push(point);
  }
  return byClass;
}

export function DatasetPanel() {
  const spec = useAppState((s) => s.spec);
  const edit = useAppState((s) => s.edit);
  const locked = useAppState((s) => isRunActive(s.run.status));
  const issues = {
    numPoints: useIssue('dataset.numPoints'),
    noise: useIssue('dataset.noise'),
    seed: useIssue('dataset.seed'),
  };
  const info = datasetInfo(spec.dataset.name);
  const hasIssues = useAppState((s) =>
    s.specIssues.some(
      (i) =>
        i.path.startsWith('dataset') ||
        i.path === 'training.validationSplit' ||
        i.path === 'training.seed',
    ),
  );

  // Same generator, seed and split as the worker, so the preview shows exactly what is trained on.
  const split = useMemo(() => (hasIssues ? null : prepareSplit(spec)), [spec, hasIssues]);
  const [train0, train1] = useMemo(() => (split ? pointsByClass(split.train) : [[], []]), [split]);
  const [val0, val1] = useMemo(() => (split ? pointsByClass(split.validation) : [[], []]), [split]);

  return (
    <section className="panel" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">Data: {info.label}</h2>
      <p className="panel-text">{info.description}</p>
      <figure className="scatter" aria-label={`${info.label} dataset preview`}>
        {split ? (
          <ResponsiveContainer width="100%" aspect={1.15}>
            <ScatterChart margin={{ top: 8, right: 8, bottom: 0, left: -24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" dataKey="x" domain={[-6, 6]} ticks={[-5, 0, 5]} name="x" />
              <YAxis type="number" dataKey="y" domain={[-6, 6]} ticks={[-5, 0, 5]} name="y" />
              <Scatter
                name="Train, class 0"
                data={train0}
                fill={CLASS_COLORS[0]}
                isAnimationActive={false}
              />
              <Scatter
                name="Train, class 1"
                data={train1}
                fill={CLASS_COLORS[1]}
                isAnimationActive={false}
              />
              <Scatter
                name="Validation, class 0"
                data={val0}
                fill="#fff"
                stroke={CLASS_COLORS[0]}
                strokeWidth={2}
                shape="diamond"
                isAnimationActive={false}
              />
              <Scatter
                name="Validation, class 1"
                data={val1}
                fill="#fff"
                stroke={CLASS_COLORS[1]}
                strokeWidth={2}
                shape="diamond"
                isAnimationActive={false}
              />
            </ScatterChart>
          </ResponsiveContainer>
        ) : (
          <p className="empty">Fix the data settings to see a preview.</p>
        )}
        {split && (
          <figcaption>
            <span className="key" style={{ color: CLASS_COLORS[0] }}>
              ● class 0
            </span>
            <span className="key" style={{ color: CLASS_COLORS[1] }}>
              ● class 1
            </span>
            <br />
            {split.train.count} training points (dots), {split.validation.count} validation points
            (diamonds)
          </figcaption>
        )}
      </figure>
      <div className="fields">
        <NumberField
          label="Points"
          value={spec.dataset.numPoints}
          min={LIMITS.numPoints.min}
          max={LIMITS.numPoints.max}
          step={10}
          error={issues.numPoints}
          disabled={locked}
          onChange={(value) => edit({ type: 'setDatasetNumber', field: 'numPoints', value })}
        />
        <NumberField
          label="Noise"
          value={spec.dataset.noise}
          min={LIMITS.noise.min}
          max={LIMITS.noise.max}
          step={0.05}
          error={issues.noise}
          disabled={locked}
          onChange={(value) => edit({ type: 'setDatasetNumber', field: 'noise', value })}
        />
        <NumberField
          label="Data seed"
          value={spec.dataset.seed}
          min={0}
          max={4294967295}
          step={1}
          error={issues.seed}
          disabled={locked}
          onChange={(value) => edit({ type: 'setDatasetNumber', field: 'seed', value })}
        />
      </div>
    </section>
  );
}
