import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSV_LIMITS } from '../data/csv-cells';
import { loadCsv } from './csv-state';

afterEach(() => {
  vi.doUnmock('../data/csv-parse');
  vi.resetModules();
});

describe('loadCsv messages', () => {
  it('refuses a file over the size limit before reading it, with its size and the limit', async () => {
    expect(await loadCsv('big.csv', '', 30 * 1024 * 1024)).toEqual({
      status: 'invalid',
      fileName: 'big.csv',
      message: { code: 'csv:too-big', params: { size: 30, limit: CSV_LIMITS.maxBytes / 2 ** 20 } },
    });
  });

  it('says what is wrong with the file, naming it', async () => {
    expect(await loadCsv('notes.csv', 'a,b\n', 4)).toEqual({
      status: 'invalid',
      fileName: 'notes.csv',
      message: { code: 'csv:no-data-rows' },
    });
  });

  it('says the reader could not load, with the reason', async () => {
    vi.resetModules();
    vi.doMock('../data/csv-parse', () => {
      throw new Error('Failed to fetch');
    });
    const { loadCsv: load } = await import('./csv-state');
    const state = await load('a.csv', 'a,b\n1,2\n', 8);
    expect(state).toMatchObject({ status: 'invalid', fileName: 'a.csv' });
    expect(state.status === 'invalid' && state.message.code).toBe('csv:reader-failed');
    // The import's own error (here vitest's wrapper around it) is passed on as the reason.
    expect(state.status === 'invalid' && state.message.params?.reason).toMatch(/error/);
  });
});
