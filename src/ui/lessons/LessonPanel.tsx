import { useTranslation } from 'react-i18next';
import { LESSON_IDS, lessonPreset } from '../../experiment/lessons/lesson-presets';
import { Term } from '../shared/Term';
import { useAppState } from '../shared/store-context';
import { glossaryEntry } from '../shared/glossary';
import { lessonParagraphs } from './lesson-words';

/** The open lesson's text, beside the live charts: what to look at, what it means, what to try. */
export function LessonPanel() {
  const { t } = useTranslation(['lessons', 'glossary']);
  const lesson = useAppState((s) => s.lesson);
  const pending = useAppState((s) => s.lessonPending);
  const blocked = useAppState((s) => s.lessonBlock);
  const startLesson = useAppState((s) => s.startLesson);
  const openLesson = useAppState((s) => s.openLesson);
  const closeLesson = useAppState((s) => s.closeLesson);
  if (!lesson) return null;
  const preset = lessonPreset(lesson);
  const next = LESSON_IDS[LESSON_IDS.indexOf(lesson) + 1];
  return (
    <aside className="panel lesson" aria-labelledby="lesson-heading">
      <div className="lesson-head">
        <p className="lesson-kicker">
          {t('panel.position', {
            number: LESSON_IDS.indexOf(lesson) + 1,
            total: LESSON_IDS.length,
          })}
        </p>
        <button type="button" className="quiet small" onClick={closeLesson}>
          {t('panel.close')}
        </button>
      </div>
      <h2 id="lesson-heading">{t(`texts.${lesson}.title`)}</h2>
      <button type="button" className="primary lesson-run" onClick={startLesson} disabled={pending}>
        {t(`texts.${lesson}.run`)}
      </button>
      {pending && (
        <p className="hint" role="status">
          {t('panel.pending')}
        </p>
      )}
      {blocked === 'search-running' && (
        <p className="field-error" role="alert">
          {t('panel.blocked')}
        </p>
      )}
      <div className="lesson-text">
        {lessonParagraphs(lesson).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      {preset.terms.length > 0 && (
        <div className="lesson-terms">
          <h3>{t('panel.terms')}</h3>
          <ul>
            {preset.terms.map((term) => (
              <li key={term}>
                <Term id={term}>{glossaryEntry(term).term}</Term>
              </li>
            ))}
          </ul>
        </div>
      )}
      {next && (
        <button type="button" className="link-button" onClick={() => openLesson(next, false)}>
          {t('panel.next', { title: t(`texts.${next}.title`) })}
        </button>
      )}
    </aside>
  );
}
