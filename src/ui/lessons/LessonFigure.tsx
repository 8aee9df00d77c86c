import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonPreset } from '../../experiment/lessons/lesson-presets';
import { useAppState } from '../shared/store-context';
import { ComparisonView } from './ComparisonView';
import { variantLabels } from './lesson-words';
import { OptimizerPaths } from './OptimizerPaths';

/** The figure a lesson brings beside the run's: optimiser paths, or variants side by side. */
export function LessonFigure() {
  const { i18n } = useTranslation('lessons');
  const lesson = useAppState((s) => s.lesson);
  const epochMs = useAppState((s) => s.epochMs);
  const starts = useAppState((s) => s.lessonStarts);
  const language = i18n.resolvedLanguage ?? i18n.language;
  // A new table of labels only when the lesson or the language changes: the rows follow it.
  const labels = useMemo(() => (lesson ? variantLabels(lesson, language) : {}), [lesson, language]);
  if (!lesson) return null;
  const kind = lessonPreset(lesson).action.kind;
  if (kind === 'optimizer-paths')
    return <OptimizerPaths stepMs={Math.max(epochMs, 60)} playSignal={starts} />;
  if (kind === 'compare') return <ComparisonView labels={labels} />;
  return null;
}
