import type { GlossaryTermId } from '../../experiment/lessons/lesson-presets';
import { i18n } from '../i18n/i18n';

/** The glossary's words for one term, in the language on screen. */
export interface GlossaryEntry {
  /** The term as a sentence would use it (lower case unless it is a name or an abbreviation). */
  term: string;
  /** One to three plain sentences, for a student meeting the term for the first time. */
  definition: string;
}

/**
 * A term the lessons and the "?" buttons explain, with its definition: the `glossary` namespace's
 * words, looked up at call time (callers re-render on a language change through useTranslation).
 */
export const glossaryEntry = (id: GlossaryTermId): GlossaryEntry => ({
  term: i18n.t(`glossary:terms.${id}.term`),
  definition: i18n.t(`glossary:terms.${id}.definition`),
});
