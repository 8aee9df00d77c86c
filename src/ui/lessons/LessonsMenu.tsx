import { useId, useRef } from 'react';
import { LESSON_IDS } from '../../experiment/lessons/lesson-presets';
import type { LessonId } from '../../experiment/lessons/lesson-presets';
import { useAppState } from '../shared/store-context';
import { LESSON_TEXTS } from './lesson-texts';

/**
 * The Lessons button and its list: choosing a lesson opens its text beside the run and starts its
 * experiment, so overfitting is two clicks from a fresh page. The glossary opens from here too.
 */
export function LessonsMenu({ onGlossary }: { onGlossary(): void }) {
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
        Lessons
      </button>
      <div id={`${id}-menu`} ref={popover} popover="auto" className="lessons-menu">
        <nav aria-label="Lessons">
          <ol>
            {LESSON_IDS.map((lesson) => (
              <li key={lesson}>
                <button
                  type="button"
                  aria-current={lesson === current ? 'true' : undefined}
                  aria-describedby={`${id}-${lesson}`}
                  onClick={() => choose(lesson)}
                >
                  {LESSON_TEXTS[lesson].title}
                </button>
                <small id={`${id}-${lesson}`}>{LESSON_TEXTS[lesson].summary}</small>
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
            Glossary: every term in a sentence or two
          </button>
        </nav>
      </div>
    </>
  );
}
