import { describe, expect, it } from 'vitest';
import { detectLanguage, languageQuery, preferredLanguage, resolveLanguage } from './languages';

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

describe('detectLanguage', () => {
  it('takes ?lang first, then the kept choice, then the browser', () => {
    const browser = ['zh-CN'];
    expect(detectLanguage({ search: '?lang=en&x=1', stored: 'zh-CN', browser })).toBe('en');
    expect(detectLanguage({ search: '', stored: 'en', browser })).toBe('en');
    expect(detectLanguage({ search: '', stored: null, browser })).toBe('zh-CN');
  });

  it('passes over a language it does not speak wherever it comes from', () => {
    expect(detectLanguage({ search: '?lang=fr', stored: 'de', browser: ['ja', 'zh-SG'] })).toBe(
      'zh-CN',
    );
    expect(detectLanguage({ search: '?lang=', stored: null, browser: [] })).toBe('en');
  });
});

describe('languageQuery', () => {
  it('sets lang and keeps the other parameters', () => {
    expect(languageQuery('?lesson=overfitting&hide=epochs,speed', 'zh-CN')).toBe(
      '?lesson=overfitting&hide=epochs,speed&lang=zh-CN',
    );
    expect(languageQuery('?lang=zh-CN&present=1', 'en')).toBe('?lang=en&present=1');
    expect(languageQuery('', 'en')).toBe('?lang=en');
  });
});
