import { BACKEND_CHOICES } from '../engine/client/protocol';
import type { BackendChoice } from '../engine/client/protocol';
import type { LessonId } from '../experiment/lessons/lesson-presets';
import { isLessonId } from '../experiment/lessons/lesson-presets';
import type { Problem } from '../experiment/problem';
import { problem } from '../experiment/problem';
import { isClassControl } from '../ui/shared/class-controls';
import type { ClassControl } from '../ui/shared/class-controls';
import { LANGUAGES, resolveLanguage } from '../ui/i18n/languages';

export interface UrlOptions {
  backend: BackendChoice;
  /** Query parameters that were ignored, and why. */
  problems: Problem[];
  /** `?hang=S`: a training worker silent for S seconds is replaced (tests use a short one). */
  hangSeconds: number | null;
  /** `?test-hooks`: exposes `window.traintabTest` for end-to-end tests. */
  testHooks: boolean;
  /** `?lesson=ID`: the lesson opens and runs. */
  lesson: LessonId | null;
  /** `?present=1`: presenter mode. */
  present: boolean;
  /** `?hide=a,b`: controls a class link hides. */
  hide: ClassControl[];
}

const MAX_SHOWN = 40;

/** Reads the query string's options; never throws, and says what it ignored. */
export function parseUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const problems: Problem[] = [];
  const hang = Number(params.get('hang'));
  const rawLesson = params.get('lesson')?.trim() ?? '';
  let lesson: LessonId | null = null;
  if (isLessonId(rawLesson)) lesson = rawLesson;
  else if (rawLesson !== '')
    problems.push(problem('unknown-lesson', 'lesson', { value: rawLesson.slice(0, MAX_SHOWN) }));
  const hide: ClassControl[] = [];
  for (const raw of (params.get('hide') ?? '').split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    if (isClassControl(name)) {
      if (!hide.includes(name)) hide.push(name);
    } else problems.push(problem('unknown-control', 'hide', { value: name.slice(0, MAX_SHOWN) }));
  }
  // The language itself is read where i18next starts (ui/i18n/i18n.ts); here only a bad one is named.
  const lang = params.get('lang')?.trim() ?? '';
  if (lang !== '' && !resolveLanguage(lang))
    problems.push(
      problem('unknown-language', 'lang', {
        value: lang.slice(0, MAX_SHOWN),
        choices: LANGUAGES.join(', '),
      }),
    );
  const present = params.get('present');
  return {
    backend: readBackend(params.get('backend'), problems),
    problems,
    hangSeconds: Number.isFinite(hang) && hang >= 1 && hang <= 3600 ? hang : null,
    testHooks: params.has('test-hooks'),
    lesson,
    present: present !== null && present !== '0' && present !== 'false',
    hide,
  };
}

function readBackend(raw: string | null, problems: Problem[]): BackendChoice {
  if (raw === null || raw === '') return 'auto';
  const normalised = raw.trim().toLowerCase();
  if ((BACKEND_CHOICES as readonly string[]).includes(normalised))
    return normalised as BackendChoice;
  problems.push(
    problem('unknown-backend', 'backend', {
      value: raw.slice(0, MAX_SHOWN),
      choices: BACKEND_CHOICES.join(', '),
    }),
  );
  return 'auto';
}
