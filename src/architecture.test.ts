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
    ['src/ui/Fixture.tsx', 'static', '@tensorflow/tfjs', 'no-restricted-imports'],
    ['src/store/fixture.ts', 'static', '@tensorflow/tfjs-backend-webgpu', 'no-restricted-imports'],
    ['src/store/fixture.ts', 'static', 'react', 'no-restricted-imports'],
    ['src/engine/fixture.ts', 'static', 'recharts', 'no-restricted-imports'],
    ['src/lib/fixture.ts', 'static', '../spec/experiment', 'boundaries/dependencies'],
    ['src/data/fixture.ts', 'static', '../spec/experiment', 'boundaries/dependencies'],
    ['src/spec/fixture.ts', 'static', '../engine/protocol', 'boundaries/dependencies'],
    ['src/engine/fixture.ts', 'static', '../store/app-store', 'boundaries/dependencies'],
    ['src/store/fixture.ts', 'static', '../ui/format', 'boundaries/dependencies'],
    ['src/ui/fixture.ts', 'static', '../app/url-options', 'boundaries/dependencies'],
    ['src/ui/Fixture.tsx', 'dynamic', '@tensorflow/tfjs', 'no-restricted-syntax'],
    ['src/store/fixture.ts', 'dynamic', 'react', 'no-restricted-syntax'],
    ['src/spec/fixture.ts', 'dynamic', 'zustand', 'no-restricted-syntax'],
  ] as const)('%s may not %s-import %s', async (filePath, kind, module, rule) => {
    expect(await ruleIdsFor(filePath, kind, module)).toContain(rule);
  });

  it.each([
    ['src/engine/fixture.ts', 'static', '@tensorflow/tfjs'],
    ['src/ui/fixture.tsx', 'static', 'react'],
    ['src/store/fixture.ts', 'static', 'zustand/vanilla'],
    ['src/spec/fixture.ts', 'static', '../data/catalog'],
    ['src/ui/fixture.ts', 'static', '../engine/protocol'],
    ['src/app/fixture.ts', 'static', '../ui/format'],
    ['src/lib/fixture.ts', 'static', './rng'],
    ['src/engine/fixture.ts', 'dynamic', '@tensorflow/tfjs-backend-wasm'],
    ['src/store/fixture.ts', 'dynamic', 'zustand/vanilla'],
  ] as const)('%s may %s-import %s', async (filePath, kind, module) => {
    expect(await ruleIdsFor(filePath, kind, module)).toEqual([]);
  });
});
