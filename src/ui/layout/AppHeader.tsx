import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ClassLinkDialog } from '../lessons/ClassLinkDialog';
import { useHidden } from '../shared/use-hidden';
import { ShareLink } from '../experiment/ShareLink';
import { SpecFiles } from '../experiment/SpecFiles';
import { GlossaryDialog } from '../lessons/GlossaryDialog';
import { LessonsMenu } from '../lessons/LessonsMenu';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { useAppState } from '../shared/store-context';
import { ViewTabs } from './ViewTabs';
import { LanguagePicker } from '../i18n/LanguagePicker';

/** The app's name: the same in every language. */
const APP_NAME = 'TrainTab';

/** The bar above every view: the name, the views, lessons, the class's tools and sharing. */
export function AppHeader() {
  const { t } = useTranslation('layout');
  const presenting = useAppState((s) => s.presenting);
  const setPresenting = useAppState((s) => s.setPresenting);
  const hideLessons = useHidden('lessons');
  const hideFiles = useHidden('files');
  const glossary = useRef<HTMLDialogElement>(null);
  return (
    <header className="top">
      <h1>{APP_NAME}</h1>
      {!presenting && <ViewTabs />}
      <div className="top-actions">
        <LanguagePicker />
        <ErrorBoundary area={t('areas.lessons')}>
          {!hideLessons && <LessonsMenu onGlossary={() => glossary.current?.showModal()} />}
          <GlossaryDialog ref={glossary} />
        </ErrorBoundary>
        {!presenting && (
          <ErrorBoundary area={t('areas.classLink')}>
            <ClassLinkDialog />
          </ErrorBoundary>
        )}
        <button
          type="button"
          className="top-button"
          aria-pressed={presenting}
          onClick={() => setPresenting(!presenting)}
        >
          {t('header.presenterMode')}
        </button>
        {!presenting && (
          <ErrorBoundary area={t('areas.sharing')}>
            <ShareLink />
            {!hideFiles && (
              <details className="file-menu">
                <summary>{t('header.file')}</summary>
                <SpecFiles />
              </details>
            )}
          </ErrorBoundary>
        )}
      </div>
    </header>
  );
}
