import { describe, expect, it } from 'vitest';
import { classLink } from './class-link';

describe('classLink', () => {
  it('writes the lesson, presenter mode and hidden controls, then the experiment', () => {
    const link = classLink('https://example.org/app/?backend=cpu#e=old', '#e=abc', {
      lesson: 'overfitting',
      present: true,
      hide: new Set(['epochs', 'optimizer']),
    });
    expect(link).toBe(
      'https://example.org/app/?lesson=overfitting&present=1&hide=optimizer,epochs#e=abc',
    );
  });

  it('is the bare page and experiment when nothing is chosen', () => {
    expect(classLink('http://h/', '#e=x', { lesson: null, present: false, hide: new Set() })).toBe(
      'http://h/#e=x',
    );
  });
});
