import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TERM_IDS, LESSON_IDS } from '../../experiment/lessons/lesson-presets';
import { GlossaryList, Term } from '../shared/Term';
import { GLOSSARY } from '../shared/glossary';
import { LESSON_TEXTS } from './lesson-texts';

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z“(])/).length;

describe('the glossary', () => {
  it('has a term and a one-to-three-sentence definition for every id, and nothing else', () => {
    expect(Object.keys(GLOSSARY).sort()).toEqual([...GLOSSARY_TERM_IDS].sort());
    for (const id of GLOSSARY_TERM_IDS) {
      const { term, definition } = GLOSSARY[id];
      expect(term.trim(), id).not.toBe('');
      expect(definition.trim(), id).not.toBe('');
      expect(definition, id).toMatch(/\.$/);
      expect(sentences(definition), id).toBeLessThanOrEqual(3);
    }
  });

  it('names every term differently', () => {
    const names = GLOSSARY_TERM_IDS.map((id) => GLOSSARY[id].term.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the lesson texts', () => {
  it.each(LESSON_IDS)(
    '%s has a title, a one-line summary, 3–6 paragraphs and a run label',
    (id) => {
      const text = LESSON_TEXTS[id];
      expect(text.title.trim()).not.toBe('');
      expect(text.summary).not.toMatch(/\n/);
      expect(text.summary.length).toBeLessThanOrEqual(100);
      expect(text.paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(text.paragraphs.length).toBeLessThanOrEqual(6);
      for (const paragraph of text.paragraphs) expect(paragraph.trim()).not.toBe('');
      expect(text.runLabel.trim()).not.toBe('');
    },
  );

  it('gives every lesson a title of its own', () => {
    const titles = LESSON_IDS.map((id) => LESSON_TEXTS[id].title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('Term', () => {
  it('renders the term, then a "?" button that toggles a labelled popover with the definition', () => {
    const html = renderToStaticMarkup(
      createElement(Term, { id: 'learning-rate' }, 'Learning rate'),
    );
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
    expect(html).toContain(GLOSSARY['learning-rate'].definition);
  });

  it('renders only the button when no words are given', () => {
    const html = renderToStaticMarkup(createElement(Term, { id: 'mae' }));
    expect(html).toMatch(/^<span class="term"><button/);
    expect(html).toContain('aria-label="What is MAE?"');
  });
});

describe('GlossaryList', () => {
  it('lists every term with its definition', () => {
    const html = renderToStaticMarkup(createElement(GlossaryList));
    expect(html.match(/<dt>/g)).toHaveLength(GLOSSARY_TERM_IDS.length);
    expect(html.match(/<dd>/g)).toHaveLength(GLOSSARY_TERM_IDS.length);
    for (const id of GLOSSARY_TERM_IDS) expect(html).toContain(`<dt>${GLOSSARY[id].term}</dt>`);
  });
});
