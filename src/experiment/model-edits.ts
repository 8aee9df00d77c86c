import type { LayerSpec } from './layers';

/** Every change the builder makes to the layer stack, applied by one pure function. */
export type LayerEdit =
  | { type: 'insert'; index: number; layer: LayerSpec }
  | { type: 'move'; from: number; to: number }
  | { type: 'remove'; index: number }
  | { type: 'duplicate'; index: number }
  | { type: 'update'; index: number; layer: LayerSpec };

const clampIndex = (index: number, length: number) =>
  Math.max(0, Math.min(length, Math.trunc(index)));

/** Returns the new stack; an edit that points outside the stack leaves it unchanged. */
export function applyLayerEdit(layers: readonly LayerSpec[], edit: LayerEdit): LayerSpec[] {
  const next = [...layers];
  const inside = (index: number) => Number.isInteger(index) && index >= 0 && index < layers.length;
  switch (edit.type) {
    case 'insert':
      next.splice(clampIndex(edit.index, layers.length), 0, structuredClone(edit.layer));
      return next;
    case 'move': {
      if (!inside(edit.from) || !inside(edit.to) || edit.from === edit.to) return next;
      const [moved] = next.splice(edit.from, 1);
      if (moved) next.splice(edit.to, 0, moved);
      return next;
    }
    case 'remove':
      if (inside(edit.index)) next.splice(edit.index, 1);
      return next;
    case 'duplicate': {
      const layer = layers[edit.index];
      if (layer) next.splice(edit.index + 1, 0, structuredClone(layer));
      return next;
    }
    case 'update':
      if (inside(edit.index) && layers[edit.index]?.type === edit.layer.type)
        next[edit.index] = edit.layer;
      return next;
  }
}
