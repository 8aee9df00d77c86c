import { describe, expect, it } from 'vitest';
import { preferredLanguage, resolveLanguage } from './languages';

describe('resolveLanguage', () => {
  it('reads English and Simplified Chinese tags in any form', () => {
    expect(resolveLanguage('en')).toBe('en');
    expect(resolveLanguage('en-GB')).toBe('en');
    expect(resolveLanguage('zh')).toBe('zh-CN');
    expect(resolveLanguage('zh-cn')).toBe('zh-CN');
    expect(resolveLanguage('zh-Hans-SG')).toBe('zh-CN');
  });

  it('does not take traditional Chinese or other languages for one it speaks', () => {
    expect(resolveLanguage('zh-TW')).toBeUndefined();
    expect(resolveLanguage('zh-Hant')).toBeUndefined();
    expect(resolveLanguage('fr-FR')).toBeUndefined();
    expect(resolveLanguage('')).toBeUndefined();
  });
});

describe('preferredLanguage', () => {
  it('picks the first of the browser languages it speaks, else English', () => {
    expect(preferredLanguage(['fr', 'zh-CN', 'en'])).toBe('zh-CN');
    expect(preferredLanguage(['de', 'ja'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});
