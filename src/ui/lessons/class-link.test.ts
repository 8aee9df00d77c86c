import { afterEach, describe, expect, it } from 'vitest';
import { currentLanguage, i18n } from '../i18n/i18n';
import { classLink } from './class-link';

describe('classLink', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('writes the lesson, presenter mode, hidden controls and language, then the experiment', () => {
    const link = classLink('https://example.org/app/?backend=cpu#e=old', '#e=abc', {
      lesson: 'overfitting',
      present: true,
      hide: new Set(['epochs', 'optimizer']),
      language: 'en',
    });
    expect(link).toBe(
      'https://example.org/app/?lesson=overfitting&present=1&hide=optimizer,epochs&lang=en#e=abc',
    );
  });

  it('is the page in its language and the experiment when nothing is chosen', () => {
    const choices = { lesson: null, present: false, hide: new Set<never>() };
    expect(classLink('http://h/', '#e=x', { ...choices, language: 'en' })).toBe(
      'http://h/?lang=en#e=x',
    );
    expect(classLink('http://h/?lang=en', '', { ...choices, language: 'zh-CN' })).toBe(
      'http://h/?lang=zh-CN',
    );
  });

  it('keeps the language on screen: students open the page as the teacher sees it', async () => {
    await i18n.changeLanguage('zh-CN');
    const link = classLink('http://h/', '', {
      lesson: 'losses',
      present: false,
      hide: new Set(),
      language: currentLanguage(),
    });
    expect(new URL(link).searchParams.get('lang')).toBe('zh-CN');
  });
});
