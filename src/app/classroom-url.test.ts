import { describe, expect, it } from 'vitest';
import { classroomQuery } from './classroom-url';

describe('classroomQuery', () => {
  it('adds the lesson and presenter mode and keeps the other parameters', () => {
    expect(classroomQuery('?backend=cpu&hide=epochs,speed', 'overfitting', true)).toBe(
      '?backend=cpu&hide=epochs,speed&lesson=overfitting&present=1',
    );
  });

  it('removes them when the lesson closes and presenter mode ends', () => {
    expect(classroomQuery('?lesson=losses&present=1&backend=wasm', null, false)).toBe(
      '?backend=wasm',
    );
    expect(classroomQuery('?lesson=losses', null, false)).toBe('');
  });

  it('replaces a lesson with another', () => {
    expect(classroomQuery('?lesson=losses', 'activations', false)).toBe('?lesson=activations');
  });
});
