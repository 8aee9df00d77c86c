import { describe, expect, it } from 'vitest';
import { syncLanguageToUrl } from './language-url';
import type { LanguageEvents } from './language-url';
import type { UrlHost } from './url-sync';

function fakeHost(search: string) {
  const host = {
    location: { pathname: '/app/', search, hash: '#e=abc' },
    history: {
      replaceState(_data: unknown, _unused: string, url: string) {
        const query = url.slice('/app/'.length, url.indexOf('#'));
        host.location.search = query;
        urls.push(url);
      },
    },
    addEventListener() {},
    removeEventListener() {},
  };
  const urls: string[] = [];
  return { host: host as UrlHost, urls };
}

function fakeEvents() {
  const listeners = new Set<(language: string) => void>();
  const events: LanguageEvents = {
    on: (_event, listener) => listeners.add(listener),
    off: (_event, listener) => listeners.delete(listener),
  };
  return { events, change: (language: string) => listeners.forEach((l) => l(language)) };
}

describe('syncLanguageToUrl', () => {
  it('writes the language into the address at once and as it changes, keeping path and hash', () => {
    const { host, urls } = fakeHost('?backend=cpu');
    const { events, change } = fakeEvents();
    const stop = syncLanguageToUrl(events, 'en', host);
    expect(urls).toEqual(['/app/?backend=cpu&lang=en#e=abc']);
    change('zh-CN');
    expect(urls).toEqual(['/app/?backend=cpu&lang=en#e=abc', '/app/?backend=cpu&lang=zh-CN#e=abc']);
    change('zh-CN');
    expect(urls).toHaveLength(2);
    stop();
    change('en');
    expect(urls).toHaveLength(2);
  });
});
