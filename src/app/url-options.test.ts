import { describe, expect, it } from 'vitest';
import { problemText } from '../ui/shared/problem-text';
import { parseUrlOptions } from './url-options';

describe('parseUrlOptions', () => {
  it('defaults to auto with no parameter', () => {
    expect(parseUrlOptions('')).toEqual({
      backend: 'auto',
      problem: null,
      hangSeconds: null,
      testHooks: false,
    });
  });

  it.each(['cpu', 'wasm', 'webgl', 'webgpu', 'auto'])('forces the %s backend', (name) => {
    expect(parseUrlOptions(`?backend=${name}`).backend).toBe(name);
  });

  it('accepts any letter case', () => {
    expect(parseUrlOptions('?backend=WebGPU').backend).toBe('webgpu');
  });

  it('falls back to auto with a message naming the bad value', () => {
    const options = parseUrlOptions('?backend=tpu');
    expect(options.backend).toBe('auto');
    expect(options.problem).toEqual({
      code: 'unknown-backend',
      path: 'backend',
      params: { value: 'tpu', choices: 'auto, webgpu, webgl, wasm, cpu' },
    });
    expect(problemText(options.problem!)).toContain('"tpu"');
    expect(problemText(options.problem!)).toBe(
      'The link asks for a backend named "tpu", which does not exist; using Auto instead. Choose from auto, webgpu, webgl, wasm, cpu.',
    );
  });

  it('keeps the chosen backend beside the other options', () => {
    expect(parseUrlOptions('?backend=wasm&hang=5')).toEqual({
      backend: 'wasm',
      problem: null,
      hangSeconds: 5,
      testHooks: false,
    });
  });

  it('reads a hang timeout within 1 s to 1 h, and the test hooks switch', () => {
    expect(parseUrlOptions('?hang=3&test-hooks').hangSeconds).toBe(3);
    expect(parseUrlOptions('?hang=3&test-hooks').testHooks).toBe(true);
    expect(parseUrlOptions('?hang=0').hangSeconds).toBeNull();
    expect(parseUrlOptions('?hang=abc').hangSeconds).toBeNull();
  });
});
