import type { LessonId } from '../../experiment/lessons/lesson-presets';
import { currentLanguage, i18n } from '../i18n/i18n';
import type en from '../i18n/locales/en/lessons';

/** The lessons that put variants side by side, as the `lessons` namespace words them. */
type ComparingLesson = keyof typeof en.variants;

/**
 * A lesson's paragraphs in the language on screen, in order: what to look at, what it means, what
 * to try next. Every language has the same paragraphs (the compiler holds the keys alike).
 */
export function lessonParagraphs(lesson: LessonId): string[] {
  const paragraphs: Readonly<Record<string, string>> = i18n.t(
    `lessons:texts.${lesson}.paragraphs`,
    { returnObjects: true },
  );
  // The keys are 1, 2, 3…: integer keys iterate in ascending order.
  return Object.values(paragraphs);
}

/**
 * The labels of a comparing lesson's variants by their keys (lesson-presets.ts), as the chart and
 * table name them, in the language on screen (or the one given); empty for a lesson that compares
 * nothing.
 */
export function variantLabels(
  lesson: LessonId,
  language: string = currentLanguage(),
): Readonly<Record<string, string>> {
  if (!i18n.exists(`lessons:variants.${lesson}`, { lng: language })) return {};
  const labels: Readonly<Record<string, string>> = i18n.t(
    `lessons:variants.${lesson as ComparingLesson}`,
    { lng: language, returnObjects: true },
  );
  return labels;
}
