import { describe, expect, it } from 'vitest';
import en from './locales/en';
import zhCN from './locales/zh-CN';
import { NAMESPACES } from './namespaces';
import { SAME_IN_BOTH } from './same-in-both';

type Tree = { readonly [key: string]: string | Tree };

/** Every string of a resource tree by its dotted key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Keys as a language without plural forms has them: `trials_one` and `trials_other` are `trials_other`. */
const withoutSingular = (keys: Iterable<string>) =>
  [...new Set([...keys].map((key) => key.replace(PLURAL, '_other')))].sort();

/** `{{name}}` / `{{count, number}}` placeholders by name, and `<b>`-style Trans tags. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<\/?([\w-]+)\s*\/?>/g)].map((m) => m[0]).sort();

const english = flatten(en as unknown as Tree);
const chinese = flatten(zhCN as unknown as Tree);

describe('the translations', () => {
  it('has every namespace in both languages', () => {
    expect(Object.keys(en).sort()).toEqual([...NAMESPACES].sort());
    expect(Object.keys(zhCN).sort()).toEqual([...NAMESPACES].sort());
  });

  it('has the same keys in English and Chinese (Chinese has one plural form)', () => {
    expect(withoutSingular(chinese.keys())).toEqual(withoutSingular(english.keys()));
  });

  it('uses the same placeholders and markup tags in both languages', () => {
    const names = (text: string) => [...new Set(placeholders(text))].sort().join(',');
    const mismatched: string[] = [];
    for (const [key, text] of chinese) {
      const source = english.get(key) ?? '';
      // Chinese's one plural form may name what the English singular or plural names.
      const singular = english.get(key.replace(/_other$/, '_one'));
      const allowed = [names(source), names(`${source} ${singular ?? ''}`)];
      if (!allowed.includes(names(text)))
        mismatched.push(`${key}: {{${names(source)}}} ≠ {{${names(text)}}}`);
      if (tags(text).join('') !== tags(source).join(''))
        mismatched.push(`${key}: ${tags(source).join('')} ≠ ${tags(text).join('')}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('has no empty value', () => {
    const empty = [...english, ...chinese].filter(([, text]) => text.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('translates every value, except names listed as the same in both', () => {
    const same = [...chinese]
      .filter(([key, text]) => english.get(key) === text && !SAME_IN_BOTH.has(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(same).toEqual([]);
  });

  it('writes Chinese, not English, in every Chinese sentence', () => {
    // A sentence is a value with two English words in a row that is not a name or code.
    const english = [...chinese].filter(([, text]) =>
      /[A-Za-z]{3,} [a-z]{3,}/.test(text.replace(/\{\{[^}]*\}\}|<[^>]*>/g, '')),
    );
    expect(english.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
