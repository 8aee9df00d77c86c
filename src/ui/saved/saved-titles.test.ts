import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { runTitle } from './SavedRuns';

describe('runTitle', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('a named run is its name in every language', async () => {
    expect(runTitle({ name: 'wide model', createdAt: 0 })).toBe('wide model');
    await i18n.changeLanguage('zh-CN');
    expect(runTitle({ name: 'wide model', createdAt: 0 })).toBe('wide model');
  });

  it('an unnamed run is named by when it ran, to the second, in the language on screen', async () => {
    const createdAt = Date.UTC(2026, 11, 6, 15, 4, 5);
    const english = runTitle({ name: '', createdAt });
    expect(english).toMatch(/^Run of .*2026.*:05/);
    await i18n.changeLanguage('zh-CN');
    expect(runTitle({ name: '', createdAt })).toMatch(/^2026年12月\d+日 .*:05 的训练$/);
  });
});
