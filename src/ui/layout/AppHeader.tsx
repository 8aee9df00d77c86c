import { useRef } from 'react';
import { ClassLinkDialog } from '../lessons/ClassLinkDialog';
import { useHidden } from '../shared/use-hidden';
import { ShareLink } from '../experiment/ShareLink';
import { SpecFiles } from '../experiment/SpecFiles';
import { GlossaryDialog } from '../lessons/GlossaryDialog';
import { LessonsMenu } from '../lessons/LessonsMenu';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { useAppState } from '../shared/store-context';
import { ViewTabs } from './ViewTabs';

/** The bar above every view: the name, the views, lessons, the class's tools and sharing. */
export function AppHeader() {
  const presenting = useAppState((s) => s.presenting);
  const setPresenting = useAppState((s) => s.setPresenting);
  const hideLessons = useHidden('lessons');
  const hideFiles = useHidden('files');
  const glossary = useRef<HTMLDialogElement>(null);
  return (
    <header className="top">
      <h1>TrainTab</h1>
      {!presenting && <ViewTabs />}
      <div className="top-actions">
        <ErrorBoundary area="the lessons">
          {!hideLessons && <LessonsMenu onGlossary={() => glossary.current?.showModal()} />}
          <GlossaryDialog ref={glossary} />
        </ErrorBoundary>
        {!presenting && (
          <ErrorBoundary area="the class link">
            <ClassLinkDialog />
          </ErrorBoundary>
        )}
        <button
          type="button"
          className="top-button"
          aria-pressed={presenting}
          onClick={() => setPresenting(!presenting)}
        >
          Presenter mode
        </button>
        {!presenting && (
          <ErrorBoundary area="sharing">
            <ShareLink />
            {!hideFiles && (
              <details className="file-menu">
                <summary>File</summary>
                <SpecFiles />
              </details>
            )}
          </ErrorBoundary>
        )}
      </div>
    </header>
  );
}
