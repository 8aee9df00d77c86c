import { describe, expect, it } from 'vitest';
import type { LayerSpec } from './layers';
import { applyLayerEdit } from './model-edits';

const dense = (units: number): LayerSpec => ({
  type: 'dense',
  units,
  activation: 'relu',
  kernelL1: 0,
  kernelL2: 0,
});
const flatten: LayerSpec = { type: 'flatten' };
const stack = [dense(1), dense(2), dense(3)];
const unitsOf = (layers: LayerSpec[]) => layers.map((l) => (l.type === 'dense' ? l.units : l.type));

describe('applyLayerEdit', () => {
  it('inserts at any position, clamping past the ends', () => {
    expect(unitsOf(applyLayerEdit(stack, { type: 'insert', index: 0, layer: flatten }))).toEqual([
      'flatten',
      1,
      2,
      3,
    ]);
    expect(unitsOf(applyLayerEdit(stack, { type: 'insert', index: 2, layer: flatten }))).toEqual([
      1,
      2,
      'flatten',
      3,
    ]);
    expect(unitsOf(applyLayerEdit(stack, { type: 'insert', index: 99, layer: flatten }))).toEqual([
      1,
      2,
      3,
      'flatten',
    ]);
  });

  it('moves up and down', () => {
    expect(unitsOf(applyLayerEdit(stack, { type: 'move', from: 0, to: 2 }))).toEqual([2, 3, 1]);
    expect(unitsOf(applyLayerEdit(stack, { type: 'move', from: 2, to: 0 }))).toEqual([3, 1, 2]);
  });

  it('removes and duplicates (the copy is independent)', () => {
    expect(unitsOf(applyLayerEdit(stack, { type: 'remove', index: 1 }))).toEqual([1, 3]);
    const doubled = applyLayerEdit(stack, { type: 'duplicate', index: 1 });
    expect(unitsOf(doubled)).toEqual([1, 2, 2, 3]);
    expect(doubled[2]).not.toBe(doubled[1]);
  });

  it('updates a layer only with a layer of the same type', () => {
    expect(unitsOf(applyLayerEdit(stack, { type: 'update', index: 1, layer: dense(64) }))).toEqual([
      1, 64, 3,
    ]);
    expect(applyLayerEdit(stack, { type: 'update', index: 1, layer: flatten })).toEqual(stack);
  });

  it('ignores edits that point outside the stack and never changes its input', () => {
    const before = structuredClone(stack);
    expect(applyLayerEdit(stack, { type: 'move', from: 5, to: 0 })).toEqual(stack);
    expect(applyLayerEdit(stack, { type: 'remove', index: -1 })).toEqual(stack);
    expect(applyLayerEdit(stack, { type: 'duplicate', index: 3 })).toEqual(stack);
    expect(applyLayerEdit(stack, { type: 'update', index: 1.5, layer: dense(9) })).toEqual(stack);
    expect(stack).toEqual(before);
  });
});
