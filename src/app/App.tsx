import { BackendPanel } from '../ui/BackendPanel';
import { DatasetPanel } from '../ui/DatasetPanel';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { HistoryTable } from '../ui/HistoryTable';
import { LatestMetrics } from '../ui/LatestMetrics';
import { MetricsCharts } from '../ui/MetricsCharts';
import { ModelPanel } from '../ui/ModelPanel';
import { NoticeBanner } from '../ui/NoticeBanner';
import { RunPredictions } from '../ui/RunPredictions';
import { RunStatus } from '../ui/RunStatus';
import { SearchPanel } from '../ui/SearchPanel';
import { SearchResults } from '../ui/SearchResults';
import { ShareLink } from '../ui/ShareLink';
import { SpecFiles } from '../ui/SpecFiles';
import { TrainingPanel } from '../ui/TrainingPanel';

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
