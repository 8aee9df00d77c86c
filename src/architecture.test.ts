import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Proves the lint rules that hold the architecture together: each case lints a one-line file
 * placed in a layer, with the project's real ESLint config.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/ui/Fixture.tsx', "import * as x from '@tensorflow/tfjs';", 'no-restricted-imports'],
    [
      'src/store/fixture.ts',
      "import * as x from '@tensorflow/tfjs-backend-webgpu';",
      'no-restricted-imports',
    ],
    ['src/store/fixture.ts', "import * as x from 'react';", 'no-restricted-imports'],
    ['src/engine/fixture.ts', "import * as x from 'recharts';", 'no-restricted-imports'],
    ['src/lib/fixture.ts', "import * as x from '../spec/experiment';", 'boundaries/dependencies'],
    ['src/data/fixture.ts', "import * as x from '../spec/experiment';", 'boundaries/dependencies'],
    ['src/spec/fixture.ts', "import * as x from '../engine/protocol';", 'boundaries/dependencies'],
    [
      'src/engine/fixture.ts',
      "import * as x from '../store/app-store';",
      'boundaries/dependencies',
    ],
    ['src/store/fixture.ts', "import * as x from '../ui/format';", 'boundaries/dependencies'],
    ['src/ui/fixture.ts', "import * as x from '../app/url-options';", 'boundaries/dependencies'],
    ['src/ui/Fixture.tsx', "const x = () => import('@tensorflow/tfjs');", 'no-restricted-syntax'],
    ['src/store/fixture.ts', "const x = () => import('react');", 'no-restricted-syntax'],
    ['src/spec/fixture.ts', "const x = () => import('zustand');", 'no-restricted-syntax'],
  ])('%s may not %s', async (filePath, code, rule) => {
    expect(await ruleIdsFor(filePath, code)).toContain(rule);
  });

  it.each([
    ['src/engine/fixture.ts', "import * as x from '@tensorflow/tfjs';"],
    ['src/ui/fixture.tsx', "import * as x from 'react';"],
    ['src/store/fixture.ts', "import * as x from 'zustand/vanilla';"],
    ['src/spec/fixture.ts', "import * as x from '../data/catalog';"],
    ['src/ui/fixture.ts', "import * as x from '../engine/protocol';"],
    ['src/app/fixture.ts', "import * as x from '../ui/format';"],
    ['src/lib/fixture.ts', "import * as x from './rng';"],
    ['src/engine/fixture.ts', "const x = () => import('@tensorflow/tfjs-backend-wasm');"],
    ['src/store/fixture.ts', "const x = () => import('zustand/vanilla');"],
  ])('%s may %s', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toEqual([]);
  });
});
