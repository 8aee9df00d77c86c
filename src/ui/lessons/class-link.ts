import type { LessonId } from '../../experiment/lessons/lesson-presets';
import type { ClassControl } from '../shared/class-controls';
import { CLASS_CONTROLS } from '../shared/class-controls';
import type { Language } from '../i18n/languages';

export interface ClassLinkChoices {
  lesson: LessonId | null;
  present: boolean;
  hide: ReadonlySet<ClassControl>;
  /** The language the teacher sees: students open the page in it (`?lang=`). */
  language: Language;
}

/**
 * The link a teacher hands out: this page with the lesson, presenter mode, hidden controls and
 * language as query parameters, and the experiment's own `#e=` hash, so students open exactly
 * what was set up, in the teacher's language.
 */
export function classLink(pageUrl: string, hash: string, choices: ClassLinkChoices): string {
  const url = new URL(pageUrl);
  const params = new URLSearchParams();
  if (choices.lesson) params.set('lesson', choices.lesson);
  if (choices.present) params.set('present', '1');
  // In the table's order, so the same choices always give the same link.
  const hidden = CLASS_CONTROLS.filter((name) => choices.hide.has(name));
  if (hidden.length > 0) params.set('hide', hidden.join(','));
  params.set('lang', choices.language);
  const query = params.toString().replaceAll('%2C', ',');
  return `${url.origin}${url.pathname}?${query}${hash}`;
}
