import { describe, expect, it } from 'vitest';
import { shareUrl } from './share-url';

const page = (search: string) => ({ origin: 'https://traintab.dev', pathname: '/app/', search });

describe('shareUrl', () => {
  it('carries the language on screen and the experiment', () => {
    expect(shareUrl(page(''), '#e=abc', 'zh-CN')).toBe(
      'https://traintab.dev/app/?lang=zh-CN#e=abc',
    );
  });

  it('keeps the other parameters and replaces a language already there', () => {
    expect(shareUrl(page('?lesson=overfitting&hide=epochs,speed'), '#e=x', 'en')).toBe(
      'https://traintab.dev/app/?lesson=overfitting&hide=epochs,speed&lang=en#e=x',
    );
    expect(shareUrl(page('?lang=en&present=1'), '#e=x', 'zh-CN')).toBe(
      'https://traintab.dev/app/?lang=zh-CN&present=1#e=x',
    );
  });
});
