import type { CSSProperties } from 'react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_STEPS,
  OPTIMIZER_IDS,
  SURFACES,
  SURFACE_IDS,
  optimizerPath,
} from '../../experiment/lessons/optimizer-paths';
import type {
  LossSurface,
  OptimizerId,
  OptimizerPath,
  SurfaceId,
} from '../../experiment/lessons/optimizer-paths';
import { formatCount, formatNumber } from '../i18n/format';
import { NumberField } from '../shared/NumberField';
import { pathOptimizerLabel, surfaceDescription, surfaceLabel } from '../shared/catalog-text';
import type { PathStatus } from './surface-plot';
import {
  PLOT_HEIGHT,
  PLOT_WIDTH,
  contourPicture,
  describePaths,
  formatPathLoss,
  formatWeights,
  isLearningRate,
  LEARNING_RATE_RANGE,
  pathStatus,
  plotScale,
  visiblePoints,
} from './surface-plot';

/** The fastest the animation goes: one step a frame. */
const MIN_STEP_MS = 16;

type MarkerShape = 'circle' | 'square' | 'diamond';

/**
 * Each optimiser's look: Okabe–Ito colours (told apart with any colour vision, each at least 3:1
 * on white), and a dash pattern and marker of its own, so the paths differ in grey too.
 */
const STYLES: Record<OptimizerId, { color: string; dash: string | null; marker: MarkerShape }> = {
  sgd: { color: '#D55E00', dash: null, marker: 'circle' },
  momentum: { color: '#0072B2', dash: '11 6', marker: 'square' },
  adam: { color: '#009E73', dash: '3 5', marker: 'diamond' },
};
const INK = '#0f172a';
const HALO = '#ffffff';
/** Room left of and below the plot for the axes' names and ends. */
const AXIS = 24;
/** The axes' names: the two weights, symbols in every language. */
const W1 = 'w₁';
const W2 = 'w₂';

/** An axis end's number: at most two decimals. */
const tick = (value: number) => String(Number(value.toFixed(2)));

const images = new Map<LossSurface, string | null>();

/** The surface's contour bands as a PNG data URL, painted once per surface; null without a DOM. */
function bandsImage(surface: LossSurface): string | null {
  if (images.has(surface)) return images.get(surface) ?? null;
  let url: string | null = null;
  if (typeof document !== 'undefined') {
    const picture = contourPicture(surface);
    const canvas = document.createElement('canvas');
    canvas.width = picture.width;
    canvas.height = picture.height;
    const context = canvas.getContext('2d');
    if (context) {
      const image = context.createImageData(picture.width, picture.height);
      image.data.set(picture.rgba);
      context.putImageData(image, 0, 0);
      url = canvas.toDataURL('image/png');
    }
  }
  images.set(surface, url);
  return url;
}

function Marker({
  shape,
  x,
  y,
  size,
  color,
  outline,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  size: number;
  color: string;
  /** A white edge that lifts the marker off the lines beneath it. */
  outline?: boolean;
}) {
  const edge = outline ? { stroke: HALO, strokeWidth: 2 } : {};
  if (shape === 'circle') return <circle cx={x} cy={y} r={size} fill={color} {...edge} />;
  if (shape === 'square') {
    const half = size * 0.9;
    return (
      <rect x={x - half} y={y - half} width={2 * half} height={2 * half} fill={color} {...edge} />
    );
  }
  const r = size * 1.25;
  return (
    <polygon
      points={`${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`}
      fill={color}
      {...edge}
    />
  );
}

/** A five-pointed star: the minimum. */
const starPoints = (x: number, y: number, r: number) =>
  Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(x + radius * Math.cos(angle)).toFixed(1)},${(y + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');

/** A legend's sample of a path: its line with its marker on it. */
function PathSwatch({ id }: { id: OptimizerId }) {
  const style = STYLES[id];
  return (
    <svg width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" style={{ flex: 'none' }}>
      <line
        x1="1"
        y1="8"
        x2="39"
        y2="8"
        stroke={style.color}
        strokeWidth={3.5}
        {...(style.dash ? { strokeDasharray: style.dash } : {})}
      />
      <Marker shape={style.marker} x={20} y={8} size={5} color={style.color} outline />
    </svg>
  );
}

const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.6rem 1rem' };

/**
 * The gradient-descent lesson's figure: SGD, momentum and Adam walk down the same loss surface of
 * two weights from the same start, one step every `stepMs` ms (at most 100 steps), over filled
 * contour bands. Students choose the surface and each optimiser's learning rate, and can play,
 * pause, step and rewind; a legend and a table give each one's loss as it goes.
 */
export function OptimizerPaths({
  stepMs,
  playSignal = 0,
}: {
  stepMs: number;
  /** Each new value (the lesson's run button) rewinds and plays; 0 starts paused. */
  playSignal?: number;
}) {
  const { t } = useTranslation('lessons');
  const id = useId();
  // useId's characters are not all valid in url(#…).
  const clipId = `${id.replace(/[^\w-]/g, '')}-clip`;
  const [surfaceId, setSurfaceId] = useState<SurfaceId>('valley');
  const surface = SURFACES[surfaceId];
  const [rates, setRates] = useState<Record<OptimizerId, number>>(() => ({
    ...SURFACES.valley.learningRates,
  }));
  const [shown, setShown] = useState(0);
  const [playing, setPlaying] = useState(playSignal > 0);
  const [lastSignal, setLastSignal] = useState(playSignal);
  if (playSignal !== lastSignal) {
    setLastSignal(playSignal);
    setShown(0);
    setPlaying(true);
  }

  const paths = useMemo(() => {
    const byId = {} as Record<OptimizerId, OptimizerPath>;
    for (const o of OPTIMIZER_IDS) {
      const lr = isLearningRate(rates[o]) ? rates[o] : surface.learningRates[o];
      byId[o] = optimizerPath(surface, o, lr, MAX_STEPS);
    }
    return byId;
  }, [surface, rates]);
  const picture = useMemo(() => contourPicture(surface), [surface]);
  const image = useMemo(() => bandsImage(surface), [surface]);
  const scale = useMemo(() => plotScale(surface.bounds), [surface]);

  // One more step every stepMs while playing; the timer goes with each step, or on unmount.
  useEffect(() => {
    if (!playing) return;
    const delay = Number.isFinite(stepMs) ? Math.max(MIN_STEP_MS, stepMs) : MIN_STEP_MS;
    const timer = setTimeout(() => {
      const next = Math.min(shown + 1, MAX_STEPS);
      setShown(next);
      if (next >= MAX_STEPS) setPlaying(false);
    }, delay);
    return () => clearTimeout(timer);
  }, [playing, shown, stepMs]);

  const statuses = {} as Record<OptimizerId, PathStatus>;
  for (const o of OPTIMIZER_IDS) statuses[o] = pathStatus(surface, paths[o], shown);
  const defaults = OPTIMIZER_IDS.every((o) => rates[o] === surface.learningRates[o]);

  const chooseSurface = (next: SurfaceId) => {
    setSurfaceId(next);
    setRates({ ...SURFACES[next].learningRates });
    setShown(0);
    setPlaying(false);
  };
  const play = () => {
    if (shown >= MAX_STEPS) setShown(0);
    setPlaying(true);
  };
  const step = () => {
    if (shown >= MAX_STEPS) return;
    setPlaying(false);
    setShown((s) => Math.min(s + 1, MAX_STEPS));
  };
  const reset = () => {
    setPlaying(false);
    setShown(0);
  };

  const start = { x: scale.x(surface.start[0]), y: scale.y(surface.start[1]) };
  const drawn = OPTIMIZER_IDS.map((o) => {
    const points = visiblePoints(paths[o].points.slice(0, shown + 1), surface.bounds).map(
      ([w1, w2]) => ({ x: scale.x(w1), y: scale.y(w2) }),
    );
    return { o, points, line: points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') };
  });

  return (
    <section className="optimizer-paths" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} style={{ margin: '0 0 0.5rem', fontSize: '1.05rem' }}>
        {t('paths.heading')}
      </h3>
      <div style={{ ...row, alignItems: 'flex-end' }}>
        <div className="field" style={{ fontSize: '0.95rem' }}>
          <label htmlFor={`${id}-surface`}>{t('paths.surface')}</label>
          <select
            id={`${id}-surface`}
            value={surfaceId}
            onChange={(event) => chooseSurface(event.target.value as SurfaceId)}
          >
            {SURFACE_IDS.map((s) => (
              <option key={s} value={s}>
                {surfaceLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div style={{ ...row, gap: '0.5rem' }}>
          <button
            type="button"
            className="primary"
            style={{ minWidth: '5.5rem' }}
            onClick={playing ? () => setPlaying(false) : play}
          >
            {playing ? t('paths.pause') : t('paths.play')}
          </button>
          {/* aria-disabled rather than disabled, so that focus stays on it after step 100. */}
          <button
            type="button"
            onClick={step}
            aria-disabled={shown >= MAX_STEPS ? true : undefined}
            style={shown >= MAX_STEPS ? { opacity: 0.5, cursor: 'not-allowed' } : undefined}
          >
            {t('paths.step')}
          </button>
          <button type="button" onClick={reset}>
            {t('paths.reset')}
          </button>
        </div>
      </div>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
          gap: '0.5rem 0.8rem',
          margin: '0.6rem 0',
          fontSize: '0.95rem',
        }}
      >
        {OPTIMIZER_IDS.map((o) => (
          <NumberField
            key={`${surfaceId}:${o}`}
            label={t('paths.rate', { optimizer: pathOptimizerLabel(o) })}
            value={rates[o]}
            min={LEARNING_RATE_RANGE[0]}
            max={LEARNING_RATE_RANGE[1]}
            onChange={(value) => setRates((r) => ({ ...r, [o]: value }))}
            error={
              isLearningRate(rates[o])
                ? undefined
                : t('paths.rateError', {
                    min: String(LEARNING_RATE_RANGE[0]),
                    max: String(LEARNING_RATE_RANGE[1]),
                    rate: String(surface.learningRates[o]),
                  })
            }
          />
        ))}
      </div>
      <figure style={{ margin: 0 }}>
        <svg
          viewBox={`0 0 ${AXIS + PLOT_WIDTH + 2} ${PLOT_HEIGHT + AXIS + 1}`}
          role="img"
          aria-label={describePaths(surface, statuses, shown)}
          style={{ display: 'block', width: '100%', maxWidth: 760, height: 'auto' }}
        >
          <defs>
            <clipPath id={clipId}>
              <rect width={PLOT_WIDTH} height={PLOT_HEIGHT} />
            </clipPath>
          </defs>
          <g fontSize={15} fill={INK}>
            <text x={AXIS} y={PLOT_HEIGHT + AXIS - 6}>
              {tick(surface.bounds.w1[0])}
            </text>
            <text
              x={AXIS + PLOT_WIDTH / 2}
              y={PLOT_HEIGHT + AXIS - 6}
              textAnchor="middle"
              fontStyle="italic"
            >
              {W1}
            </text>
            <text x={AXIS + PLOT_WIDTH} y={PLOT_HEIGHT + AXIS - 6} textAnchor="end">
              {tick(surface.bounds.w1[1])}
            </text>
            <g transform={`translate(${AXIS - 8} ${PLOT_HEIGHT}) rotate(-90)`}>
              <text x={0} y={0}>
                {tick(surface.bounds.w2[0])}
              </text>
              <text x={PLOT_HEIGHT / 2} y={0} textAnchor="middle" fontStyle="italic">
                {W2}
              </text>
              <text x={PLOT_HEIGHT} y={0} textAnchor="end">
                {tick(surface.bounds.w2[1])}
              </text>
            </g>
          </g>
          <g transform={`translate(${AXIS + 1} 1)`}>
            <rect
              width={PLOT_WIDTH}
              height={PLOT_HEIGHT}
              fill={picture.colors[picture.colors.length - 1]}
            />
            {image && (
              <image
                href={image}
                x={0}
                y={0}
                width={PLOT_WIDTH}
                height={PLOT_HEIGHT}
                preserveAspectRatio="none"
              />
            )}
            <path
              d={picture.lines}
              fill="none"
              stroke="#64748b"
              strokeOpacity={0.45}
              strokeWidth={0.8}
            />
            <g clipPath={`url(#${clipId})`}>
              <circle cx={start.x} cy={start.y} r={8} fill="none" stroke={INK} strokeWidth={2.5} />
              {drawn.map(({ o, line }) => (
                <polyline
                  key={`halo-${o}`}
                  points={line}
                  fill="none"
                  stroke={HALO}
                  strokeOpacity={0.85}
                  strokeWidth={7}
                  strokeLinejoin="round"
                  strokeLinecap="round"
                />
              ))}
              {drawn.map(({ o, points, line }) => (
                <g key={o}>
                  <polyline
                    points={line}
                    fill="none"
                    stroke={STYLES[o].color}
                    strokeWidth={3.5}
                    strokeLinejoin="round"
                    {...(STYLES[o].dash ? { strokeDasharray: STYLES[o].dash } : {})}
                  />
                  {points.slice(1, -1).map((p, k) => (
                    <Marker
                      key={k}
                      shape={STYLES[o].marker}
                      x={p.x}
                      y={p.y}
                      size={2.5}
                      color={STYLES[o].color}
                    />
                  ))}
                </g>
              ))}
              {drawn.map(({ o, points }) => {
                const last = points[points.length - 1];
                return last && points.length > 1 ? (
                  <Marker
                    key={`now-${o}`}
                    shape={STYLES[o].marker}
                    x={last.x}
                    y={last.y}
                    size={6}
                    color={STYLES[o].color}
                    outline
                  />
                ) : null;
              })}
              {surface.minima.map(([m1, m2]) => (
                <polygon
                  key={`${m1},${m2}`}
                  points={starPoints(scale.x(m1), scale.y(m2), 9)}
                  fill={INK}
                  stroke={HALO}
                  strokeWidth={1.5}
                  strokeLinejoin="round"
                />
              ))}
            </g>
            <rect
              width={PLOT_WIDTH}
              height={PLOT_HEIGHT}
              fill="none"
              stroke="#94a3b8"
              strokeWidth={1}
            />
          </g>
        </svg>
        <figcaption style={{ marginTop: '0.4rem', fontSize: '0.95rem' }}>
          <strong aria-live={playing ? 'off' : 'polite'}>
            {t('paths.stepOf', { step: shown, total: MAX_STEPS })}
          </strong>{' '}
          {surfaceDescription(surfaceId)}
        </figcaption>
      </figure>
      <ul
        style={{
          ...row,
          listStyle: 'none',
          padding: 0,
          margin: '0.5rem 0',
          fontSize: '0.95rem',
        }}
      >
        {OPTIMIZER_IDS.map((o) => (
          <li key={o} style={{ display: 'flex', alignItems: 'center', gap: '0.4rem' }}>
            <PathSwatch id={o} />
            <span>
              <strong>{pathOptimizerLabel(o)}</strong>{' '}
              {statuses[o].divergedAt === null
                ? t('paths.loss', { loss: formatPathLoss(statuses[o].point.loss) })
                : t('paths.divergedAt', { step: statuses[o].divergedAt })}
            </span>
          </li>
        ))}
        <li style={{ display: 'flex', alignItems: 'center', gap: '0.4rem' }}>
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <circle cx={9} cy={9} r={6.5} fill="none" stroke={INK} strokeWidth={2.5} />
          </svg>
          {t('paths.start')}
        </li>
        <li style={{ display: 'flex', alignItems: 'center', gap: '0.4rem' }}>
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <polygon points={starPoints(9, 9.5, 8.5)} fill={INK} />
          </svg>
          {t('paths.minimum')}
        </li>
      </ul>
      {!defaults && (
        <button
          type="button"
          className="link-button"
          onClick={() => setRates({ ...surface.learningRates })}
        >
          {t('paths.defaultRates')}
        </button>
      )}
      <details style={{ marginTop: '0.5rem', fontSize: '0.95rem' }}>
        <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t('paths.numbers')}</summary>
        <table style={{ fontSize: '0.95rem', marginTop: '0.4rem' }}>
          <caption style={{ fontSize: '0.95rem' }}>
            {t('paths.tableCaption', { count: shown })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('paths.columns.optimizer')}</th>
              <th scope="col">{t('paths.columns.rate')}</th>
              <th scope="col">{t('paths.columns.steps')}</th>
              <th scope="col">{t('paths.columns.loss')}</th>
              <th scope="col">{t('paths.columns.distance')}</th>
              <th scope="col">{t('paths.columns.weights')}</th>
            </tr>
          </thead>
          <tbody>
            {OPTIMIZER_IDS.map((o) => {
              const s = statuses[o];
              return (
                <tr key={o}>
                  <th scope="row">{pathOptimizerLabel(o)}</th>
                  <td>{isLearningRate(rates[o]) ? rates[o] : surface.learningRates[o]}</td>
                  <td>
                    {s.divergedAt === null
                      ? formatCount(s.steps)
                      : t('paths.stepsDiverged', { steps: s.steps, step: s.divergedAt })}
                  </td>
                  <td>{s.divergedAt === null ? formatPathLoss(s.point.loss) : '—'}</td>
                  <td>{s.divergedAt === null ? formatNumber(s.distance, 3, 3) : '—'}</td>
                  <td style={{ whiteSpace: 'nowrap' }}>
                    {s.divergedAt === null ? formatWeights(s.point) : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </section>
  );
}
