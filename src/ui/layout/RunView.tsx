import { useTranslation } from 'react-i18next';
import { lessonPreset } from '../../experiment/lessons/lesson-presets';
import { ModelPanel } from '../builder/ModelPanel';
import { DatasetPanel } from '../dataset/DatasetPanel';
import { LessonPanel } from '../lessons/LessonPanel';
import { ResultsPanel } from './ResultsPanel';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { useAppState } from '../shared/store-context';
import { RunBar } from '../training/RunBar';

/**
 * One screen, one flow from left to right: data (or the open lesson) → model → results, with the
 * train controls across the top, as TensorFlow Playground lays it out.
 */
export function RunView() {
  const { t } = useTranslation('layout');
  const lesson = useAppState((s) => s.lesson);
  const presenting = useAppState((s) => s.presenting);
  // The optimiser-paths lesson trains no model: its figure takes the model's room.
  const figureOnly = lesson !== null && lessonPreset(lesson).action.kind === 'optimizer-paths';
  return (
    <div className={`run-view${lesson ? ' with-lesson' : ''}${figureOnly ? ' figure-only' : ''}`}>
      <ErrorBoundary area={t('areas.trainControls')}>
        <RunBar />
      </ErrorBoundary>
      <div className="run-columns">
        {lesson ? (
          <ErrorBoundary area={t('areas.lesson')}>
            <LessonPanel />
          </ErrorBoundary>
        ) : (
          !presenting && (
            <ErrorBoundary area={t('areas.dataPanel')}>
              <DatasetPanel />
            </ErrorBoundary>
          )
        )}
        {/* On a projector a lesson's text and its charts need the room more than the stack. */}
        {!figureOnly && !(presenting && lesson) && (
          <ErrorBoundary area={t('areas.modelPanel')}>
            <ModelPanel />
          </ErrorBoundary>
        )}
        <ErrorBoundary area={t('areas.results')}>
          <ResultsPanel />
        </ErrorBoundary>
      </div>
    </div>
  );
}
