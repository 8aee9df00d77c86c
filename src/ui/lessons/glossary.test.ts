import type { ReactElement } from 'react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GLOSSARY_TERM_IDS,
  LESSON_IDS,
  lessonPreset,
} from '../../experiment/lessons/lesson-presets';
import { i18n } from '../i18n/i18n';
import enGlossary from '../i18n/locales/en/glossary';
import enLessons from '../i18n/locales/en/lessons';
import zhGlossary from '../i18n/locales/zh-CN/glossary';
import zhLessons from '../i18n/locales/zh-CN/lessons';
import { GlossaryList, Term } from '../shared/Term';
import { glossaryEntry } from '../shared/glossary';
import lessons from '../i18n/locales/en/lessons';

const LESSON_TEXTS = lessons.texts;
import { lessonParagraphs, variantLabels } from './lesson-words';

/** Sentences of English, and of Chinese (which ends them with 。！？ and needs no space after). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z“(])/).length;
const chineseSentences = (text: string) => text.split(/(?<=[。！？])(?=.)/u).length;

const LANGUAGES = [
  { language: 'en', glossary: enGlossary, lessons: enLessons, end: /\.$/, count: sentences },
  {
    language: 'zh-CN',
    glossary: zhGlossary,
    lessons: zhLessons,
    end: /。$/,
    count: chineseSentences,
  },
] as const;

/** Renders as the app does, with the app's i18next instance. */
const render = (element: ReactElement) =>
  renderToStaticMarkup(createElement(I18nextProvider, { i18n }, element));

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the glossary', () => {
  it.each(LANGUAGES)(
    'has a term and a one-to-three-sentence definition for every id in $language',
    ({ glossary, end, count }) => {
      expect(Object.keys(glossary.terms).sort()).toEqual([...GLOSSARY_TERM_IDS].sort());
      for (const id of GLOSSARY_TERM_IDS) {
        const { term, definition } = glossary.terms[id];
        expect(term.trim(), id).not.toBe('');
        expect(definition.trim(), id).not.toBe('');
        expect(definition, id).toMatch(end);
        expect(count(definition), id).toBeLessThanOrEqual(3);
      }
    },
  );

  it.each(LANGUAGES)('names every term differently in $language', ({ glossary }) => {
    const names = GLOSSARY_TERM_IDS.map((id) => glossary.terms[id].term.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives a term in the language on screen', async () => {
    expect(glossaryEntry('learning-rate').term).toBe('learning rate');
    await i18n.changeLanguage('zh-CN');
    expect(glossaryEntry('learning-rate')).toEqual(zhGlossary.terms['learning-rate']);
  });
});

describe('the lesson texts', () => {
  it.each(LESSON_IDS)(
    '%s has a title, a one-line summary, 3–6 paragraphs and a run label in both languages',
    (id) => {
      for (const { lessons } of LANGUAGES) {
        const text = lessons.texts[id];
        const paragraphs = Object.values(text.paragraphs);
        expect(text.title.trim()).not.toBe('');
        expect(text.summary).not.toMatch(/\n/);
        expect(text.summary.length).toBeLessThanOrEqual(100);
        expect(paragraphs.length).toBeGreaterThanOrEqual(3);
        expect(paragraphs.length).toBeLessThanOrEqual(6);
        for (const paragraph of paragraphs) expect(paragraph.trim()).not.toBe('');
        expect(text.run.trim()).not.toBe('');
      }
      // The same paragraphs, one for one, in Chinese and in English.
      expect(Object.keys(zhLessons.texts[id].paragraphs)).toEqual(
        Object.keys(enLessons.texts[id].paragraphs),
      );
    },
  );

  it.each(LANGUAGES)('gives every lesson a title of its own in $language', ({ lessons }) => {
    const titles = LESSON_IDS.map((id) => lessons.texts[id].title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('lists the lessons in the course’s order, in English for tests that find them by title', () => {
    expect(Object.keys(LESSON_TEXTS)).toEqual([...LESSON_IDS]);
    expect(LESSON_TEXTS.overfitting.title).toBe('Overfitting');
  });

  it('reads the paragraphs in order, in the language on screen', async () => {
    const english = lessonParagraphs('losses');
    expect(english).toEqual(Object.values(enLessons.texts.losses.paragraphs));
    expect(english[0]).toMatch(/^The loss is the number training makes smaller/);
    await i18n.changeLanguage('zh-CN');
    expect(lessonParagraphs('losses')).toEqual(Object.values(zhLessons.texts.losses.paragraphs));
  });

  it.each(LESSON_IDS)('labels every variant %s compares, in both languages', (id) => {
    const { action } = lessonPreset(id);
    const keys = action.kind === 'compare' ? action.variants.map((v) => v.key) : [];
    for (const language of ['en', 'zh-CN']) {
      const labels = variantLabels(id, language);
      expect(Object.keys(labels).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(labels[key]?.trim()).not.toBe('');
    }
  });
});

describe('Term', () => {
  it('renders the term, then a "?" button that toggles a labelled popover with the definition', () => {
    const html = render(createElement(Term, { id: 'learning-rate' }, 'Learning rate'));
    const target = /popovertarget="([^"]+)"/i.exec(html)?.[1];
    expect(target).toBeDefined();
    expect(html.indexOf('Learning rate')).toBeLessThan(html.indexOf('<button'));
    expect(html).toContain('class="term-button"');
    expect(html).toContain('aria-label="What is learning rate?"');
    expect(html).toMatch(/<button[^>]*>\?<\/button>/);
    const panel = new RegExp(
      `<span id="${target}" popover="auto" role="dialog" aria-labelledby="([^"]+)"`,
    );
    const labelledBy = panel.exec(html)?.[1];
    expect(labelledBy).toBeDefined();
    expect(html).toContain(`<strong id="${labelledBy}" class="term-name">learning rate</strong>`);
    expect(html).toContain(enGlossary.terms['learning-rate'].definition);
  });

  it('renders only the button when no words are given', () => {
    const html = render(createElement(Term, { id: 'mae' }));
    expect(html).toMatch(/^<span class="term"><button/);
    expect(html).toContain('aria-label="What is MAE?"');
  });

  it('asks and explains in Chinese when Chinese is on screen', async () => {
    await i18n.changeLanguage('zh-CN');
    const html = render(createElement(Term, { id: 'learning-rate' }));
    expect(html).toContain('aria-label="学习率是什么？"');
    expect(html).toContain(zhGlossary.terms['learning-rate'].definition);
  });
});

describe('GlossaryList', () => {
  it('lists every term with its definition', () => {
    const html = render(createElement(GlossaryList));
    expect(html.match(/<dt>/g)).toHaveLength(GLOSSARY_TERM_IDS.length);
    expect(html.match(/<dd>/g)).toHaveLength(GLOSSARY_TERM_IDS.length);
    for (const id of GLOSSARY_TERM_IDS)
      expect(html).toContain(`<dt>${enGlossary.terms[id].term}</dt>`);
  });
});
