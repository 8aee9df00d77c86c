import { useEffect } from 'react';
import { BackendPanel } from '../ui/training/BackendPanel';
import { DatasetPanel } from '../ui/dataset/DatasetPanel';
import { curvePlot, sequencePlot } from '../ui/dataset/DatasetPreview';
import { ErrorBoundary } from '../ui/shared/ErrorBoundary';
import { HistoryTable } from '../ui/results/HistoryTable';
import { LatestMetrics } from '../ui/results/LatestMetrics';
import { MetricsCharts } from '../ui/results/MetricsCharts';
import { ModelPanel } from '../ui/builder/ModelPanel';
import { LazyArea, PartLoading, lazyPart, preloadWhenIdle } from '../ui/shared/lazy-part';
import { fittedCurve } from '../ui/results/PredictionsPanel';
import { NoticeBanner } from '../ui/experiment/NoticeBanner';
import { RunPredictions } from '../ui/results/RunPredictions';
import { RunStatus } from '../ui/training/RunStatus';
import { ShareLink } from '../ui/experiment/ShareLink';
import { SpecFiles } from '../ui/experiment/SpecFiles';
import { TrainingPanel } from '../ui/training/TrainingPanel';

const searchView = lazyPart(() => import('../ui/search/SearchView').then((m) => m.SearchView));
const savedPanel = lazyPart(() => import('../ui/saved/SavedPanel').then((m) => m.SavedPanel));

/** Stands in for the search's two columns (below the first screen) while their code loads. */
const searchLoading = (
  <>
    <PartLoading style={{ minHeight: 734 }} label="Loading the hyperparameter search…" />
    <PartLoading style={{ minHeight: 92 }} label="Loading the search results…" />
  </>
);

export function App() {
  // Parts not on the first screen: fetched when the browser is idle, before anyone asks for them.
  useEffect(() => preloadWhenIdle([fittedCurve, curvePlot, sequencePlot]), []);
  return (
    <>
      <header className="top">
        <h1>TrainTab</h1>
        <p>Build a neural network, train it in your browser, and watch it learn.</p>
        <div className="top-actions">
          <ErrorBoundary area="sharing">
            <SpecFiles />
            <ShareLink />
          </ErrorBoundary>
        </div>
      </header>
      <NoticeBanner />
      <main className="layout">
        <div className="column">
          <ErrorBoundary area="the data panel">
            <DatasetPanel />
          </ErrorBoundary>
        </div>
        <div className="column">
          <ErrorBoundary area="the model panel">
            <ModelPanel />
          </ErrorBoundary>
        </div>
        <div className="column wide">
          <ErrorBoundary area="the training panel">
            <TrainingPanel />
          </ErrorBoundary>
          <section className="panel" aria-labelledby="results-heading">
            <h2 id="results-heading">Results</h2>
            <ErrorBoundary area="the results">
              <RunStatus />
              <BackendPanel />
              <LatestMetrics />
              <MetricsCharts />
              <RunPredictions />
              <HistoryTable />
            </ErrorBoundary>
          </section>
        </div>
      </main>
      <div className="search-layout">
        <LazyArea area="the hyperparameter search" fallback={searchLoading}>
          <searchView.Component />
        </LazyArea>
      </div>
      <div className="saved-layout">
        <LazyArea
          area="what is saved in this browser"
          fallback={<PartLoading style={{ minHeight: 160 }} label="Loading what is saved…" />}
        >
          <savedPanel.Component />
        </LazyArea>
      </div>
    </>
  );
}
