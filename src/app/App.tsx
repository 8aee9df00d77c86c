import { BackendPanel } from '../ui/training/BackendPanel';
import { DatasetPanel } from '../ui/dataset/DatasetPanel';
import { ErrorBoundary } from '../ui/shared/ErrorBoundary';
import { HistoryTable } from '../ui/results/HistoryTable';
import { LatestMetrics } from '../ui/results/LatestMetrics';
import { MetricsCharts } from '../ui/results/MetricsCharts';
import { ModelPanel } from '../ui/builder/ModelPanel';
import { NoticeBanner } from '../ui/experiment/NoticeBanner';
import { RunPredictions } from '../ui/results/RunPredictions';
import { RunStatus } from '../ui/training/RunStatus';
import { SearchPanel } from '../ui/search/SearchPanel';
import { SearchResults } from '../ui/search/SearchResults';
import { ShareLink } from '../ui/experiment/ShareLink';
import { SpecFiles } from '../ui/experiment/SpecFiles';
import { TrainingPanel } from '../ui/training/TrainingPanel';

export function App() {
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
        <ErrorBoundary area="the search panel">
          <SearchPanel />
        </ErrorBoundary>
        <ErrorBoundary area="the search results">
          <SearchResults />
        </ErrorBoundary>
      </div>
    </>
  );
}
