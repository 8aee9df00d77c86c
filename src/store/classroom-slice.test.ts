import { describe, expect, it } from 'vitest';
import { lessonPreset } from '../experiment/lessons/lesson-presets';
import { finished, setup, unitsSearch } from './testing/store-harness';
import { started } from './testing/scheduler-harness';

describe('app store: classroom', () => {
  it('starts on the run view with no lesson, or with what a class link set', () => {
    expect(setup().state()).toMatchObject({ view: 'run', lesson: null, presenting: false });
    const linked = setup({ classroom: { presenting: true, hiddenControls: ['optimizer'] } });
    expect(linked.state().presenting).toBe(true);
    expect(linked.state().hiddenControls).toEqual(['optimizer']);
  });

  it('opens a training lesson: its experiment goes into the builder and trains at its pace', () => {
    const { engine, state } = setup();
    state().openLesson('overfitting', true);
    const preset = lessonPreset('overfitting');
    expect(state().lesson).toBe('overfitting');
    expect(state().spec).toEqual(preset.spec);
    expect(state().epochMs).toBe(preset.epochMs);
    expect(engine.calls.filter((c) => c[0] === 'start')).toEqual([
      ['start', 1, preset.spec, 'cpu'],
    ]);
    expect(engine.startOptions[0]).toMatchObject({ epochMs: preset.epochMs });
  });

  it('opens a lesson without starting it, then starts it on demand', () => {
    const { engine, state } = setup();
    state().openLesson('underfitting', false);
    expect(state().lesson).toBe('underfitting');
    expect(engine.calls).toEqual([]);
    state().startLesson();
    expect(engine.calls.map((c) => c[0])).toEqual(['start']);
  });

  it('stops a run that trains and starts the lesson once it has stopped', () => {
    const { engine, state, flush } = setup();
    state().train();
    engine.emit(started(1));
    state().openLesson('underfitting', true);
    expect(state().lessonPending).toBe(true);
    expect(engine.calls.at(-1)).toEqual(['stop', 1]);
    engine.emit(finished(1, true));
    flush();
    expect(state().lessonPending).toBe(false);
    expect(state().spec).toEqual(lessonPreset('underfitting').spec);
    expect(engine.calls.at(-1)).toEqual(['start', 2, lessonPreset('underfitting').spec, 'cpu']);
  });

  it('does not stop a search the user started, and says why', () => {
    const { state } = setup({ spec: unitsSearch(4) });
    state().startSearch();
    expect(state().search.status).toBe('running');
    state().openLesson('overfitting', true);
    expect(state().lessonBlock).toBe('search-running');
    expect(state().search.status).toBe('running');
    expect(state().spec).toEqual(unitsSearch(4));
  });

  it('compares the variants of a side-by-side lesson', () => {
    const { state } = setup();
    state().openLesson('learning-rate', true);
    const action = lessonPreset('learning-rate').action;
    expect(action.kind).toBe('compare');
    expect(state().compare.variants.map((v) => v.key)).toEqual(
      action.kind === 'compare' ? action.variants.map((v) => v.key) : [],
    );
  });

  it('switches to the search view for a search lesson, and back when asked', () => {
    const { state } = setup();
    state().openLesson('cross-validation', true);
    expect(state().view).toBe('search');
    expect(state().spec.search.cv).toBe(5);
    state().setView('run');
    expect(state().view).toBe('run');
    state().closeLesson();
    expect(state().lesson).toBeNull();
  });
});
