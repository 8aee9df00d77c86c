import { lessonPreset } from '../../experiment/lessons/lesson-presets';
import { useAppState } from '../shared/store-context';
import { ComparisonView } from './ComparisonView';
import { LESSON_TEXTS } from './lesson-texts';
import { OptimizerPaths } from './OptimizerPaths';

/** The figure a lesson brings beside the run's: optimiser paths, or variants side by side. */
export function LessonFigure() {
  const lesson = useAppState((s) => s.lesson);
  const epochMs = useAppState((s) => s.epochMs);
  const starts = useAppState((s) => s.lessonStarts);
  if (!lesson) return null;
  const kind = lessonPreset(lesson).action.kind;
  if (kind === 'optimizer-paths')
    return <OptimizerPaths stepMs={Math.max(epochMs, 60)} playSignal={starts} />;
  if (kind === 'compare')
    return <ComparisonView labels={LESSON_TEXTS[lesson].variantLabels ?? {}} />;
  return null;
}
