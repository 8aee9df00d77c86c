import { afterEach, describe, expect, it } from 'vitest';
import { message } from '../../lib/message';
import { i18n } from './i18n';
import { messageText } from './message-text';

afterEach(() => i18n.changeLanguage('en'));

describe('messageText', () => {
  it('translates a code with its parameters in the language on screen', async () => {
    const text = message('common:units.seconds', { value: '1.5' });
    expect(messageText(text)).toBe('1.5 s');
    await i18n.changeLanguage('zh-CN');
    expect(messageText(text)).toBe('1.5 秒');
  });

  it('translates a parameter that is itself a message first', () => {
    const outer = message('common:units.seconds', { value: message('common:language.label') });
    expect(messageText(outer)).toBe('Language s');
  });
});
