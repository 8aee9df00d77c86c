import { Trans, useTranslation } from 'react-i18next';
import type { ExperimentSpec } from '../../experiment/experiment';
import { lessonPreset } from '../../experiment/lessons/lesson-presets';
import { isRunActive } from '../../store/run-events';
import { DatasetPreview } from '../dataset/DatasetPreview';
import { LazyArea, PartLoading, lazyPart } from '../shared/lazy-part';
import { useAppState } from '../shared/store-context';
import { Term } from '../shared/Term';
import { BackendPanel } from '../training/BackendPanel';
import { RunFacts, RunStatus } from '../training/RunStatus';
import { HistoryTable } from '../results/HistoryTable';
import { LatestMetrics } from '../results/LatestMetrics';
import { MetricsCharts } from '../results/MetricsCharts';
import { RunPredictions } from '../results/RunPredictions';

/** What the model looks at comes after a run: its code is fetched when the page is idle. */
export const explanationsPanel = lazyPart(() =>
  import('../results/ExplanationsPanel').then((m) => m.ExplanationsPanel),
);

/** A lesson's own figures load with the lesson, not with the page. */
const lessonFigure = lazyPart(() => import('../lessons/LessonFigure').then((m) => m.LessonFigure));

/** Whether two experiments train on the same points, split the same way. */
const sameData = (a: ExperimentSpec, b: ExperimentSpec): boolean =>
  (a.dataset === b.dataset || JSON.stringify(a.dataset) === JSON.stringify(b.dataset)) &&
  a.training.validationSplit === b.training.validationSplit &&
  a.training.testSplit === b.training.testSplit &&
  a.training.seed === b.training.seed;

/** What the finished model looks at, below the charts: it comes once training ends. */
function RunExplanations() {
  const { t } = useTranslation('layout');
  const predictions = useAppState((s) => (s.run.status === 'idle' ? null : s.run.predictions));
  return predictions ? (
    <LazyArea
      area={t('areas.explanations')}
      fallback={<PartLoading label={t('results.loadingExplanations')} />}
    >
      <explanationsPanel.Component predictions={predictions} />
    </LazyArea>
  ) : null;
}

/**
 * The results step of the flow: what the run is doing, the data with the model's live boundary or
 * curve, and the loss chart, in that order; every epoch's numbers and the backend fold away.
 */
export function ResultsPanel() {
  const { t } = useTranslation('layout');
  const lesson = useAppState((s) => s.lesson);
  const idle = useAppState((s) => s.run.status === 'idle');
  // After a run, a change of data shows the new data: the old run's picture would be of other points.
  const preview = useAppState(
    (s) => s.run.status === 'idle' || (!isRunActive(s.run.status) && !sameData(s.run.spec, s.spec)),
  );
  const comparing = useAppState((s) => s.compare.status !== 'idle');
  const kind = lesson ? lessonPreset(lesson).action.kind : null;
  const lessonShown = kind === 'optimizer-paths' || (kind === 'compare' && comparing);
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('results.heading')}</h2>
      {lessonShown && (
        <LazyArea
          area={t('areas.lessonFigure')}
          fallback={<PartLoading style={{ minHeight: 320 }} label={t('results.loadingLesson')} />}
        >
          <lessonFigure.Component />
        </LazyArea>
      )}
      {!(lessonShown && idle) && (
        <>
          <RunStatus />
          {preview ? <DatasetPreview /> : <RunPredictions part="main" />}
          <MetricsCharts />
          <p className="hint chart-hint">
            <Trans
              t={t}
              i18nKey="results.overfittingHint"
              components={{ term: <Term id="overfitting" /> }}
            />
          </p>
          <LatestMetrics />
          {!preview && <RunPredictions part="tables" />}
          <RunFacts />
          <HistoryTable />
          {!preview && <RunExplanations />}
          <BackendPanel />
        </>
      )}
      {lessonShown && idle && <DatasetPreview />}
    </section>
  );
}
