import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Proves the lint rules that hold the architecture together: each case lints a one-line file
 * placed in a layer, with the project's real ESLint config.
 */
const eslint = new ESLint({ cwd: process.cwd() });

/** The fixture's one line; built here so that this file itself holds no such import. */
const importLine = (kind: 'static' | 'dynamic', module: string) =>
  kind === 'static' ? `import * as x from '${module}';` : `const x = () => import('${module}');`;

async function ruleIdsFor(
  filePath: string,
  kind: 'static' | 'dynamic',
  module: string,
): Promise<string[]> {
  const code = `${importLine(kind, module)}\nexport const used = x;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/ui/builder/Fixture.tsx', 'static', '@tensorflow/tfjs', 'no-restricted-imports'],
    ['src/store/fixture.ts', 'static', '@tensorflow/tfjs-backend-webgpu', 'no-restricted-imports'],
    ['src/engine/client/fixture.ts', 'static', '@tensorflow/tfjs', 'no-restricted-imports'],
    ['src/engine/client/fixture.ts', 'dynamic', '@tensorflow/tfjs', 'no-restricted-syntax'],
    ['src/store/fixture.ts', 'static', 'react', 'no-restricted-imports'],
    ['src/engine/worker/fixture.ts', 'static', 'recharts', 'no-restricted-imports'],
    ['src/lib/fixture.ts', 'static', '../experiment/experiment', 'boundaries/dependencies'],
    ['src/data/fixture.ts', 'static', '../experiment/experiment', 'boundaries/dependencies'],
    ['src/experiment/fixture.ts', 'static', '../engine/client/protocol', 'boundaries/dependencies'],
    ['src/engine/worker/fixture.ts', 'static', '../../store/app-store', 'boundaries/dependencies'],
    ['src/engine/client/fixture.ts', 'static', '../worker/train', 'boundaries/dependencies'],
    ['src/store/fixture.ts', 'static', '../engine/worker/train', 'boundaries/dependencies'],
    ['src/ui/search/fixture.ts', 'static', '../../engine/worker/model', 'boundaries/dependencies'],
    ['src/app/fixture.ts', 'static', '../engine/worker/backends', 'boundaries/dependencies'],
    ['src/store/fixture.ts', 'static', '../ui/shared/format', 'boundaries/dependencies'],
    ['src/ui/shared/fixture.ts', 'static', '../../app/url-options', 'boundaries/dependencies'],
    ['src/ui/training/fixture.ts', 'static', '../results/MetricsCharts', 'boundaries/dependencies'],
    ['src/ui/builder/fixture.ts', 'static', '../search/search-view', 'boundaries/dependencies'],
    ['src/ui/shared/fixture.ts', 'static', '../dataset/DatasetPanel', 'boundaries/dependencies'],
    ['src/ui/builder/Fixture.tsx', 'dynamic', '@tensorflow/tfjs', 'no-restricted-syntax'],
    ['src/store/fixture.ts', 'dynamic', 'react', 'no-restricted-syntax'],
    ['src/experiment/fixture.ts', 'dynamic', 'zustand', 'no-restricted-syntax'],
    ['src/search/fixture.ts', 'static', 'vitest', 'no-restricted-imports'],
    ['src/search/fixture.ts', 'static', './testing/replay-curves', 'no-restricted-imports'],
    ['src/engine/worker/fixture.ts', 'static', 'vitest', 'no-restricted-imports'],
    ['src/store/fixture.ts', 'dynamic', '../search/testing/replay-curves', 'no-restricted-syntax'],
    ['src/ui/builder/fixture.test.ts', 'static', '@tensorflow/tfjs', 'no-restricted-imports'],
    ['src/store/fixture.test.ts', 'static', 'react', 'no-restricted-imports'],
    ['src/store/fixture.ts', 'static', 'idb', 'no-restricted-imports'],
    ['src/ui/search/fixture.ts', 'dynamic', 'idb', 'no-restricted-syntax'],
    ['src/storage/fixture.ts', 'static', '../store/app-store', 'boundaries/dependencies'],
    [
      'src/ui/search/fixture.ts',
      'static',
      '../../storage/study-storage',
      'boundaries/dependencies',
    ],
    ['src/storage/fixture.ts', 'static', 'react', 'no-restricted-imports'],
    ['src/store/fixture.ts', 'static', '../ui/i18n/i18n', 'boundaries/dependencies'],
    ['src/ui/i18n/fixture.ts', 'static', '../shared/format', 'boundaries/dependencies'],
    ['src/experiment/fixture.ts', 'static', 'zod', 'no-restricted-imports'],
    ['src/engine/worker/fixture.ts', 'static', 'zod/v4', 'no-restricted-imports'],
    ['src/ui/shared/fixture.ts', 'dynamic', 'zod', 'no-restricted-syntax'],
    ['src/export/fixture.ts', 'static', '../engine/client/protocol', 'boundaries/dependencies'],
    ['src/search/fixture.ts', 'static', '../export/npy', 'boundaries/dependencies'],
  ] as const)('%s may not %s-import %s', async (filePath, kind, module, rule) => {
    expect(await ruleIdsFor(filePath, kind, module)).toContain(rule);
  });

  it.each([
    ['src/engine/worker/fixture.ts', 'static', '@tensorflow/tfjs'],
    ['src/engine/worker/fixture.ts', 'static', '../client/protocol'],
    ['src/ui/shared/fixture.tsx', 'static', 'react'],
    ['src/store/fixture.ts', 'static', 'zustand/vanilla'],
    ['src/store/fixture.ts', 'static', '../engine/client/pool'],
    ['src/experiment/fixture.ts', 'static', '../data/catalog'],
    ['src/ui/training/fixture.ts', 'static', '../../engine/client/protocol'],
    ['src/ui/training/fixture.ts', 'static', '../shared/format'],
    ['src/ui/training/fixture.ts', 'static', './RunStatus'],
    ['src/app/fixture.ts', 'static', '../ui/shared/format'],
    ['src/app/fixture.ts', 'static', '../ui/search/SearchPanel'],
    ['src/lib/fixture.ts', 'static', './rng'],
    ['src/engine/worker/fixture.ts', 'dynamic', '@tensorflow/tfjs-backend-wasm'],
    ['src/store/fixture.ts', 'dynamic', 'zustand/vanilla'],
    ['src/search/fixture.test.ts', 'static', 'vitest'],
    ['src/search/fixture.test.ts', 'static', './testing/replay-curves'],
    ['src/search/testing/fixture.ts', 'static', 'vitest'],
    ['src/engine/worker/fixture.test.ts', 'static', '@tensorflow/tfjs'],
    ['src/storage/fixture.ts', 'static', 'idb'],
    ['src/storage/fixture.test.ts', 'static', 'fake-indexeddb'],
    ['src/store/fixture.ts', 'static', '../storage/study-storage'],
    ['src/app/fixture.ts', 'static', '../storage/study-storage'],
    ['src/ui/search/fixture.ts', 'static', '../i18n/format'],
    ['src/ui/shared/fixture.ts', 'static', '../i18n/i18n'],
    ['src/app/fixture.ts', 'static', '../ui/i18n/i18n'],
    ['src/lib/zod.ts', 'static', 'zod'],
    ['src/experiment/fixture.ts', 'static', '../lib/zod'],
    ['src/export/fixture.ts', 'static', '../search/space'],
    ['src/engine/worker/fixture.ts', 'static', '../../export/python-project'],
  ] as const)('%s may %s-import %s', async (filePath, kind, module) => {
    expect(await ruleIdsFor(filePath, kind, module)).toEqual([]);
  });
});

/** The rules that keep every word a person reads in the translations. */
describe('words on screen', () => {
  const ruleIds = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  };

  it.each([
    ['src/ui/training/Fixture.tsx', 'export function A() { return <button>Train</button>; }'],
    [
      'src/ui/training/Fixture.tsx',
      'export function A() { return <input aria-label="Epochs" />; }',
    ],
    ['src/app/Fixture.tsx', "export function A(x: boolean) { return <p>{x ? 'On' : 'Off'}</p>; }"],
  ])('%s may not show a literal: %s', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('i18next/no-literal-string');
  });

  it.each([
    ['src/ui/lessons/fixture.ts', "export const TEXTS = { a: 'Watch the loss chart' };"],
    ['src/ui/search/fixture.ts', 'export const f = (n: number) => `Trial ${n} is the best`;'],
    ['src/store/fixture.ts', "export const reason = 'Stopped before it finished';"],
    [
      'src/data/fixture.ts',
      "export const f = (row: number) => ['Row', row, 'is short'].join(' ');",
    ],
    [
      'src/ui/results/Fixture.tsx',
      'export function A() { return <svg aria-label="Loss chart" />; }',
    ],
  ])('%s may not build an English phrase: %s', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('traintab/no-english-phrase');
  });

  it.each([
    [
      'src/ui/training/Fixture.tsx',
      'export const A = () => <b className="big bold">{\'Adam\'}</b>;',
    ],
    ['src/store/fixture.ts', "export const f = () => { throw new Error('No study is open'); };"],
    ['src/ui/search/fixture.ts', "export const key = 'search:trials.best';"],
    ['src/ui/search/fixture.ts', "import type { X } from './some module';\nexport type Y = X;"],
  ])('%s may hold names, keys and developer errors: %s', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });
});

describe('user strings never become markup', () => {
  const ruleIds = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(`${code}\n`, { filePath });
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  };

  it.each([
    [
      'src/ui/shared/Fixture.tsx',
      'export const F = (p: { h: string }) => <p dangerouslySetInnerHTML={{ __html: p.h }} />;',
    ],
    [
      'src/ui/search/fixture.ts',
      'export const f = (e: HTMLElement, h: string) => { e.innerHTML = h; };',
    ],
    ['src/app/fixture.ts', 'export const f = (e: HTMLElement, h: string) => { e.outerHTML = h; };'],
    [
      'src/store/fixture.ts',
      "export const f = (e: HTMLElement, h: string) => e.insertAdjacentHTML('beforeend', h);",
    ],
    ['src/app/fixture.ts', 'export const f = (h: string) => document.write(h);'],
  ])('%s may not write markup from a string: %s', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('no-restricted-syntax');
  });

  it('text content is fine', async () => {
    const code = 'export const f = (e: HTMLElement, h: string) => { e.textContent = h; };';
    expect(await ruleIds('src/ui/shared/fixture.ts', code)).toEqual([]);
  });
});
