import { describe, expect, it } from 'vitest';
import { problemText } from '../ui/shared/problem-text';
import { classLink } from '../ui/lessons/class-link';
import { parseUrlOptions } from './url-options';

describe('parseUrlOptions', () => {
  it('defaults to auto with no parameter', () => {
    expect(parseUrlOptions('')).toEqual({
      backend: 'auto',
      problems: [],
      hangSeconds: null,
      testHooks: false,
      lesson: null,
      present: false,
      hide: [],
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
    expect(options.problems).toEqual([
      {
        code: 'unknown-backend',
        path: 'backend',
        params: { value: 'tpu', choices: 'auto, webgpu, webgl, wasm, cpu' },
      },
    ]);
    expect(problemText(options.problems[0]!)).toBe(
      'The link asks for a backend named "tpu", which does not exist; using Auto instead. Choose from auto, webgpu, webgl, wasm, cpu.',
    );
  });

  it('keeps the chosen backend beside the other options', () => {
    expect(parseUrlOptions('?backend=wasm&hang=5')).toMatchObject({
      backend: 'wasm',
      problems: [],
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

  it('reads a lesson, presenter mode and the controls to hide', () => {
    const options = parseUrlOptions(
      '?lesson=overfitting&present=1&hide=optimizer, epochs,optimizer',
    );
    expect(options.lesson).toBe('overfitting');
    expect(options.present).toBe(true);
    expect(options.hide).toEqual(['optimizer', 'epochs']);
    expect(options.problems).toEqual([]);
  });

  it('says which lesson or control does not exist, and keeps the rest', () => {
    const options = parseUrlOptions('?lesson=alchemy&hide=turbo,speed&present=0');
    expect(options.lesson).toBeNull();
    expect(options.present).toBe(false);
    expect(options.hide).toEqual(['speed']);
    expect(options.problems.map((p) => [p.code, p.params])).toEqual([
      ['unknown-lesson', { value: 'alchemy' }],
      ['unknown-control', { value: 'turbo' }],
    ]);
  });

  it('names a language it does not speak, and passes over the ones it does', () => {
    expect(parseUrlOptions('?lang=fr').problems.map((p) => [p.code, p.params])).toEqual([
      ['unknown-language', { value: 'fr', choices: 'en, zh-CN' }],
    ]);
    expect(parseUrlOptions('?lang=zh-CN&backend=cpu').problems).toEqual([]);
    expect(parseUrlOptions('?lang=en-GB').problems).toEqual([]);
  });

  it('opens a class link as the choices it was written from', () => {
    const link = new URL(
      classLink('http://h/', '', {
        lesson: 'learning-rate',
        present: false,
        hide: new Set(['search', 'layers', 'speed']),
        language: 'zh-CN',
      }),
    );
    const options = parseUrlOptions(link.search);
    expect(options.lesson).toBe('learning-rate');
    expect(options.present).toBe(false);
    expect(options.hide).toEqual(['layers', 'speed', 'search']);
    expect(options.problems).toEqual([]);
  });
});
