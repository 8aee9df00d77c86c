import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { csvPanel } from '../ui/dataset/DatasetPanel';
import { curvePlot, sequencePlot } from '../ui/dataset/DatasetPreview';
import { NoticeBanner } from '../ui/experiment/NoticeBanner';
import { AppHeader } from '../ui/layout/AppHeader';
import { explanationsPanel } from '../ui/layout/ResultsPanel';
import { RunView } from '../ui/layout/RunView';
import { isLocked } from '../store/lock';
import { VIEW_PANEL_ID, viewTabId } from '../ui/layout/ViewTabs';
import { classLinkForm } from '../ui/lessons/ClassLinkDialog';
import { LessonPanel } from '../ui/lessons/LessonPanel';
import { fittedCurve } from '../ui/results/PredictionsPanel';
import { ErrorBoundary } from '../ui/shared/ErrorBoundary';
import { LazyArea, PartLoading, lazyPart, preloadWhenIdle } from '../ui/shared/lazy-part';
import { useAppState } from '../ui/shared/store-context';

const searchView = lazyPart(() => import('../ui/search/SearchView').then((m) => m.SearchView));
// The service worker's registration and news: a chunk of its own; it registers after the page's load.
const updatePrompt = lazyPart(() =>
  import('../ui/layout/UpdatePrompt').then((m) => m.UpdatePrompt),
);
const savedPanel = lazyPart(() => import('../ui/saved/SavedPanel').then((m) => m.SavedPanel));

/** The update prompt, told whether something trains; only this re-renders when that changes. */
function AppUpdates() {
  const { t } = useTranslation('common');
  const busy = useAppState(isLocked);
  return (
    <LazyArea area={t('areas.updates')} fallback={null}>
      <updatePrompt.Component busy={busy} />
    </LazyArea>
  );
}

export function App() {
  const { t } = useTranslation('common');
  const view = useAppState((s) => s.view);
  const presenting = useAppState((s) => s.presenting);
  const lesson = useAppState((s) => s.lesson);
  // Parts not on the first screen: fetched when the browser is idle, before anyone asks for them.
  useEffect(
    () =>
      preloadWhenIdle([
        fittedCurve,
        curvePlot,
        sequencePlot,
        explanationsPanel,
        csvPanel,
        classLinkForm,
        searchView,
        savedPanel,
      ]),
    [],
  );
  // Presenter mode scales the whole page's type (every size is in rem) from the root.
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
  }, [presenting]);
  const shown = presenting ? 'run' : view;
  return (
    <>
      <AppHeader />
      <NoticeBanner />
      <AppUpdates />
      <main
        id={VIEW_PANEL_ID}
        role={presenting ? undefined : 'tabpanel'}
        aria-labelledby={presenting ? undefined : viewTabId(shown)}
        className={`view view-${shown}`}
      >
        {shown === 'run' && <RunView />}
        {shown === 'search' && (
          <div className={`search-view${lesson ? ' with-lesson' : ''}`}>
            {lesson && (
              <ErrorBoundary area={t('areas.lesson')}>
                <LessonPanel />
              </ErrorBoundary>
            )}
            <div className="search-layout">
              <LazyArea
                area={t('areas.search')}
                fallback={<PartLoading style={{ minHeight: 600 }} label={t('loading.search')} />}
              >
                <searchView.Component />
              </LazyArea>
            </div>
          </div>
        )}
        {shown === 'history' && (
          <div className="saved-layout">
            <LazyArea
              area={t('areas.saved')}
              fallback={<PartLoading style={{ minHeight: 160 }} label={t('loading.saved')} />}
            >
              <savedPanel.Component />
            </LazyArea>
          </div>
        )}
      </main>
    </>
  );
}
