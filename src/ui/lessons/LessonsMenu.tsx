import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LESSON_IDS } from '../../experiment/lessons/lesson-presets';
import type { LessonId } from '../../experiment/lessons/lesson-presets';
import { useAppState } from '../shared/store-context';

/**
 * The Lessons button and its list: choosing a lesson opens its text beside the run and starts its
 * experiment, so overfitting is two clicks from a fresh page. The glossary opens from here too.
 */
export function LessonsMenu({ onGlossary }: { onGlossary(): void }) {
  const { t } = useTranslation('lessons');
  const openLesson = useAppState((s) => s.openLesson);
  const current = useAppState((s) => s.lesson);
  const id = useId();
  const popover = useRef<HTMLDivElement>(null);
  const choose = (lesson: LessonId) => {
    popover.current?.hidePopover();
    openLesson(lesson, true);
  };
  return (
    <>
      <button type="button" className="top-button" popoverTarget={`${id}-menu`}>
        {t('menu.open')}
      </button>
      <div id={`${id}-menu`} ref={popover} popover="auto" className="lessons-menu">
        <nav aria-label={t('menu.label')}>
          <ol>
            {LESSON_IDS.map((lesson) => (
              <li key={lesson}>
                <button
                  type="button"
                  aria-current={lesson === current ? 'true' : undefined}
                  aria-describedby={`${id}-${lesson}`}
                  onClick={() => choose(lesson)}
                >
                  {t(`texts.${lesson}.title`)}
                </button>
                <small id={`${id}-${lesson}`}>{t(`texts.${lesson}.summary`)}</small>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              popover.current?.hidePopover();
              onGlossary();
            }}
          >
            {t('menu.glossary')}
          </button>
        </nav>
      </div>
    </>
  );
}
