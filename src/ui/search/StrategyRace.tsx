import { useEffect, useId, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/shallow';
import type { SearchStrategy } from '../../experiment/search-schema';
import { METRIC_DIRECTION } from '../../experiment/search-schema';
import { isLocked } from '../../store/lock';
import { problemText } from '../shared/problem-text';
import { MessageText } from '../i18n/message-text';
import { useAppState } from '../shared/store-context';
import { countAxis, linearTicks, valueAxis } from './dashboards/axes';
import type { Axis } from './dashboards/axes';
import { PlotFrame } from './dashboards/PlotFrame';
import type { LaneProgress } from './dashboards/race-points';
import { laneProgress } from './dashboards/race-points';
import { useBlockedReason } from './use-blocked-reason';
import type { RaceLaneView } from './use-race';
import { useRaceLanes } from './use-race';
import { formatObjective, objectiveName, strategyLabel } from './search-view';
import { foundAt, raceSentence } from './race-text';
import { formatDateTime } from '../i18n/format';

const LANE_COLORS: Readonly<Record<SearchStrategy, string>> = {
  grid: '#d97706',
  random: '#64748b',
  tpe: '#1d4ed8',
  gp: '#059669',
};
/** Dashes tell lines apart where they overlap: TPE and GP start with random search's own trials. */
const LANE_DASHES: Readonly<Record<SearchStrategy, string | undefined>> = {
  grid: undefined,
  random: '7 4',
  tpe: undefined,
  gp: '2 3',
};

type Against = 'trials' | 'time';
const AGAINST: readonly Against[] = ['trials', 'time'];

/**
 * Grid vs random vs Bayesian, shown: the builder's search run once per strategy with the same
 * space, budget and seed, their trials interleaved on the pool, each strategy's best so far drawn
 * against trials and against wall time. Each strategy is a saved study of its own.
 */
export function StrategyRace() {
  const { t } = useTranslation('search');
  const blockedReason = useBlockedReason();
  const refreshSaved = useAppState((s) => s.refreshSaved);
  const raceStatus = useAppState((s) => s.race.status);
  // The saved races are listed from what is saved: read it here too, not only in the History view.
  useEffect(() => {
    void refreshSaved('studies');
  }, [refreshSaved, raceStatus]);
  const headingId = useId();
  const reasonId = useId();
  const { status, startedAt, message, problem, raceObjective, startup } = useAppState(
    useShallow((s) => ({
      status: s.race.status,
      startedAt: s.race.startedAt,
      message: s.race.message,
      problem: s.race.problem,
      raceObjective: s.race.lanes[0]?.search.objective ?? null,
      startup: s.race.lanes[0]?.search.spec?.search.startupTrials ?? null,
    })),
  );
  const {
    locked,
    objective,
    maxTrials,
    startRace,
    pauseRace,
    resumeRace,
    stopRace,
    openSavedSearch,
  } = useAppState(
    useShallow((s) => ({
      locked: isLocked(s),
      objective: s.spec.search.objective,
      maxTrials: s.spec.search.maxTrials,
      startRace: s.startRace,
      pauseRace: s.pauseRace,
      resumeRace: s.resumeRace,
      stopRace: s.stopRace,
      openSavedSearch: s.openSavedSearch,
    })),
  );
  const lanes = useRaceLanes();
  const saved = useSavedRaces();
  const openSavedRace = useAppState((s) => s.openSavedRace);
  const raceId = useAppState((s) => s.race.id);
  const [against, setAgainst] = useState<Against>('trials');
  const shownObjective = raceObjective ?? objective;
  const direction = METRIC_DIRECTION[shownObjective];
  const start = startedAt ?? 0;
  const progress = useMemo(
    () => lanes.map((lane) => ({ lane, ...laneProgress(lane.scored, start, direction) })),
    [lanes, start, direction],
  );
  const running = status === 'running' || status === 'paused' || status === 'stopping';
  const blocked = !running && (blockedReason !== null || locked);

  return (
    <section className="panel race" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('race.title')}</h2>
      <p className="hint">{t('race.intro', { trials: t('trials', { count: maxTrials }) })}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={startRace}
          disabled={running || blocked}
          aria-describedby={blocked && blockedReason ? reasonId : undefined}
        >
          {t('race.start')}
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={resumeRace}>
            {t('race.resume')}
          </button>
        ) : (
          <button type="button" onClick={pauseRace} disabled={status !== 'running'}>
            {t('race.pause')}
          </button>
        )}
        <button
          type="button"
          onClick={stopRace}
          disabled={status !== 'running' && status !== 'paused'}
        >
          {t('race.stop')}
        </button>
      </div>
      {saved.length > 0 && (
        <details className="saved-races">
          <summary>{t('race.saved', { count: saved.length })}</summary>
          <ul>
            {saved.map((race) => (
              <li key={race.id}>
                <button
                  type="button"
                  className="quiet"
                  disabled={running || locked || race.id === raceId}
                  onClick={() => void openSavedRace(race.id)}
                >
                  {t('race.show', { when: formatDateTime(race.createdAt) })}
                </button>
                {race.id === raceId && <small>{t('race.shown')}</small>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {blocked && blockedReason && !running && (
        <p id={reasonId} className="field-error">
          {t('blocked.cannotStart', { reason: blockedReason })}
        </p>
      )}
      {(message ?? problem) && (
        <p role="alert" className="alert">
          {message ? <MessageText message={message} /> : problem && problemText(problem)}
        </p>
      )}
      <p role="status" aria-label={t('race.status')} className="search-status">
        {raceSentence(status, progress)}
      </p>
      {lanes.length > 0 && (
        <>
          <div className="plot-controls" role="radiogroup" aria-label={t('race.against')}>
            {AGAINST.map((choice) => (
              <label key={choice} className="check">
                <input
                  type="radio"
                  name={`${headingId}-against`}
                  checked={against === choice}
                  onChange={() => setAgainst(choice)}
                />
                {t(choice === 'trials' ? 'race.againstTrials' : 'race.againstTime')}
              </label>
            ))}
          </div>
          <RaceChart
            progress={progress}
            against={against}
            label={t(against === 'trials' ? 'race.chartTrials' : 'race.chartTime', {
              objective: objectiveName(shownObjective),
            })}
            objectiveLabel={t('race.bestAxis', { objective: objectiveName(shownObjective) })}
            maxTrials={Math.max(1, ...lanes.map((l) => l.plannedTrials))}
          />
          {startup !== null && (
            <p className="hint">{t('race.startup', { count: startup, next: startup + 1 })}</p>
          )}
          <table className="trials race-table">
            <caption>{t('race.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('race.strategy')}</th>
                <th scope="col">{t('race.trials')}</th>
                <th scope="col">{t('race.bestValue')}</th>
                <th scope="col">{t('race.foundAt')}</th>
                <th scope="col">{t('race.study')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.map(({ lane, points, best }) => (
                <tr key={lane.strategy}>
                  <th scope="row">
                    <span
                      className="swatch"
                      style={{ background: LANE_COLORS[lane.strategy] }}
                      aria-hidden="true"
                    />
                    {strategyLabel(lane.strategy)}
                  </th>
                  <td className="num">
                    {t('race.progress', { done: points.length, planned: lane.plannedTrials })}
                    {lane.message && (
                      <span className="field-error lane-message" role="alert">
                        <MessageText message={lane.message} />
                      </span>
                    )}
                  </td>
                  <td className="num">{formatObjective(shownObjective, best?.value ?? null)}</td>
                  <td>{best ? foundAt(best) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="quiet"
                      disabled={running || locked}
                      onClick={() => void openSavedSearch(lane.studyId)}
                    >
                      <Trans
                        t={t}
                        i18nKey="race.open"
                        values={{ strategy: strategyLabel(lane.strategy) }}
                        components={{ hidden: <span className="visually-hidden" /> }}
                      />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

interface RaceChartProps {
  progress: readonly ({ lane: RaceLaneView } & LaneProgress)[];
  against: Against;
  label: string;
  objectiveLabel: string;
  maxTrials: number;
}

/** Each strategy's best value so far (a step line) and its trials (dots), in its own colour. */
function RaceChart({ progress, against, label, objectiveLabel, maxTrials }: RaceChartProps) {
  const { t } = useTranslation('search');
  const values = progress.flatMap((p) => p.points.map((point) => point.value));
  const y = valueAxis(objectiveLabel, values);
  const lastSecond = Math.max(1, ...progress.flatMap((p) => p.points.map((q) => q.seconds ?? 0)));
  const x: Axis =
    against === 'trials'
      ? countAxis(t('race.trialsAxis'), maxTrials)
      : secondsAxis(t('race.secondsAxis'), lastSecond);
  const xOf = (point: { count: number; seconds: number | null }) =>
    against === 'trials' ? x.at(point.count) : x.at(point.seconds ?? 0);
  return (
    <figure className="dashboard-plot">
      <PlotFrame label={label} x={x} y={y} width={900} height={340}>
        {(scale) =>
          progress.map(({ lane, points, steps }) => {
            const color = LANE_COLORS[lane.strategy];
            const path = steps
              .map((step, i) => {
                const px = scale.x(xOf(step) ?? 0);
                const py = scale.y(y.at(step.value) ?? 0);
                return i === 0 ? `M${px},${py}` : `H${px}V${py}`;
              })
              .join('');
            const lastX = scale.x(
              against === 'trials'
                ? (x.at(points.length) ?? 0)
                : (x.at(points.at(-1)?.seconds ?? 0) ?? 0),
            );
            return (
              <g key={lane.strategy} className="race-lane" data-strategy={lane.strategy}>
                {points.map((point, index) => (
                  <circle
                    key={point.number}
                    className="race-point"
                    cx={scale.x(xOf({ count: index + 1, seconds: point.seconds }) ?? 0)}
                    cy={scale.y(y.at(point.value) ?? 0)}
                    r={3}
                    fill={color}
                  />
                ))}
                {steps.length > 0 && (
                  <path
                    className="race-best"
                    d={`${path}H${lastX}`}
                    stroke={color}
                    strokeDasharray={LANE_DASHES[lane.strategy]}
                  />
                )}
              </g>
            );
          })
        }
      </PlotFrame>
      <figcaption className="chart-legend">
        {progress.map(({ lane }) => (
          <span key={lane.strategy}>
            <svg width="18" height="12" aria-hidden="true">
              <path
                d="M1,6H17"
                stroke={LANE_COLORS[lane.strategy]}
                strokeDasharray={LANE_DASHES[lane.strategy]}
                strokeWidth="2.5"
              />
            </svg>
            {strategyLabel(lane.strategy)}
          </span>
        ))}
        <span>{t('race.legend')}</span>
      </figcaption>
    </figure>
  );
}

function secondsAxis(label: string, last: number): Axis {
  return {
    kind: 'linear',
    label,
    at: (value) => (typeof value === 'number' ? value / last : null),
    valueAt: (at) => at * last,
    ticks: linearTicks(0, last).map((v) => ({ at: v / last, label: String(v) })),
  };
}

/** The races among the saved studies, newest first: one entry per race, however many strategies. */
function useSavedRaces(): { id: string; createdAt: number }[] {
  const entries = useAppState(
    useShallow((s) =>
      s.saved.studies.flatMap((study) =>
        study.raceId ? [`${study.raceId} ${study.createdAt}`] : [],
      ),
    ),
  );
  return useMemo(() => {
    const first = new Map<string, number>();
    for (const entry of entries) {
      const [id = '', when = '0'] = entry.split(' ');
      first.set(id, Math.min(first.get(id) ?? Infinity, Number(when)));
    }
    return [...first]
      .map(([id, createdAt]) => ({ id, createdAt }))
      .sort((a, b) => b.createdAt - a.createdAt);
  }, [entries]);
}
