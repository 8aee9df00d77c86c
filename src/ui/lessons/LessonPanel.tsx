import { LESSON_IDS, lessonPreset } from '../../experiment/lessons/lesson-presets';
import { Term } from '../shared/Term';
import { useAppState } from '../shared/store-context';
import { GLOSSARY } from '../shared/glossary';
import { LESSON_TEXTS } from './lesson-texts';

/** The open lesson's text, beside the live charts: what to look at, what it means, what to try. */
export function LessonPanel() {
  const lesson = useAppState((s) => s.lesson);
  const pending = useAppState((s) => s.lessonPending);
  const blocked = useAppState((s) => s.lessonBlock);
  const startLesson = useAppState((s) => s.startLesson);
  const openLesson = useAppState((s) => s.openLesson);
  const closeLesson = useAppState((s) => s.closeLesson);
  if (!lesson) return null;
  const text = LESSON_TEXTS[lesson];
  const preset = lessonPreset(lesson);
  const next = LESSON_IDS[LESSON_IDS.indexOf(lesson) + 1];
  return (
    <aside className="panel lesson" aria-labelledby="lesson-heading">
      <div className="lesson-head">
        <p className="lesson-kicker">
          Lesson {LESSON_IDS.indexOf(lesson) + 1} of {LESSON_IDS.length}
        </p>
        <button type="button" className="quiet small" onClick={closeLesson}>
          Close the lesson
        </button>
      </div>
      <h2 id="lesson-heading">{text.title}</h2>
      <button type="button" className="primary lesson-run" onClick={startLesson} disabled={pending}>
        {text.runLabel}
      </button>
      {pending && (
        <p className="hint" role="status">
          Stopping what was training, then starting the lesson…
        </p>
      )}
      {blocked === 'search-running' && (
        <p className="field-error" role="alert">
          A search or strategy race you started is training. Stop it first, then start the lesson
          again.
        </p>
      )}
      <div className="lesson-text">
        {text.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      {preset.terms.length > 0 && (
        <div className="lesson-terms">
          <h3>Terms</h3>
          <ul>
            {preset.terms.map((term) => (
              <li key={term}>
                <Term id={term}>{GLOSSARY[term].term}</Term>
              </li>
            ))}
          </ul>
        </div>
      )}
      {next && (
        <button type="button" className="link-button" onClick={() => openLesson(next, false)}>
          Next lesson: {LESSON_TEXTS[next].title}
        </button>
      )}
    </aside>
  );
}
