import { useHidden } from '../shared/use-hidden';
import type {
  Announcements,
  CollisionDetection,
  DragEndEvent,
  KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect } from 'react';
import type { PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_CATALOG } from '../../experiment/layer-catalog';
import type { LayerSpec, LayerType } from '../../experiment/layers';
import { LAYER_TYPES } from '../../experiment/layers';
import { isLocked } from '../../store/lock';
import { BreakableName } from './BreakableName';
import { LayerCard } from './LayerCard';
import { formatShape, layerTitle } from './layer-text';
import { useAppState } from '../shared/store-context';
import { layerDescription, layerLabel } from '../shared/catalog-text';
import { useModelInference } from './use-model-inference';

const PALETTE_PREFIX = 'palette:';

/**
 * Arrow keys move a picked-up card one place at a time by centring it on its neighbour.
 * dnd-kit's sortableKeyboardCoordinates measures by edges and cannot pass a shorter card
 * (a Flatten above a Conv2D), so cards of mixed heights could get stuck.
 */
const stepThrough =
  (ids: readonly string[]): KeyboardCoordinateGetter =>
  (event, { context, currentCoordinates }) => {
    const step = event.code === 'ArrowUp' ? -1 : event.code === 'ArrowDown' ? 1 : 0;
    const { active, over, collisionRect, droppableRects } = context;
    if (step === 0 || !active || !collisionRect) return undefined;
    event.preventDefault();
    const from = ids.indexOf(String(over?.id ?? active.id));
    const target = ids[Math.max(0, Math.min(ids.length - 1, from + step))];
    const rect = target ? droppableRects.get(target) : undefined;
    if (!rect) return undefined;
    const centre = (r: { top: number; height: number }) => r.top + r.height / 2;
    return {
      x: currentCoordinates.x,
      y: currentCoordinates.y + centre(rect) - centre(collisionRect),
    };
  };

/**
 * With a pointer, the card under it wins (cards differ in height) and letting go over nothing
 * cancels; the keyboard, which has no pointer, uses centres.
 */
const collisionDetection: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);
const STACK_END = 'stack-end';

function PaletteItem({
  type,
  disabled,
  onAdd,
}: {
  type: LayerType;
  disabled: boolean;
  onAdd(): void;
}) {
  const { t } = useTranslation('builder');
  // Pointer drags only: Enter and Space keep their button meaning and add the layer at the end.
  const { listeners, setNodeRef } = useDraggable({
    id: `${PALETTE_PREFIX}${type}`,
    disabled,
  });
  const label = layerLabel(type);
  return (
    <li>
      <button
        type="button"
        ref={setNodeRef}
        className="palette-item"
        disabled={disabled}
        title={layerDescription(type)}
        aria-label={t('palette.add', { label })}
        onPointerDown={
          listeners?.onPointerDown as PointerEventHandler<HTMLButtonElement> | undefined
        }
        onClick={onAdd}
      >
        <BreakableName name={label} />
      </button>
    </li>
  );
}

function StackEnd() {
  const { t } = useTranslation('builder');
  const { setNodeRef, isOver } = useDroppable({ id: STACK_END });
  return (
    <li ref={setNodeRef} className={`stack-end${isOver ? ' over' : ''}`} aria-hidden="true">
      {t('stack.end')}
    </li>
  );
}

/** The Keras Sequential stack: a palette to drag (or click) from and sortable layer cards. */
export function ModelBuilder() {
  const { t } = useTranslation('builder');
  const layers = useAppState((s) => s.spec.model.layers);
  const editLayers = useAppState((s) => s.editLayers);
  const undo = useAppState((s) => s.undo);
  const redo = useAppState((s) => s.redo);
  const canUndo = useAppState((s) => s.past.length > 0);
  const canRedo = useAppState((s) => s.future.length > 0);
  const locked = useAppState(isLocked);
  const fixed = useHidden('layers');
  const settingsHidden = useHidden('layerSettings');
  const inference = useModelInference();
  const ids = useAppState((s) => s.layerIds);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: stepThrough(ids) }),
  );
  const indexOf = (id: string | number) => ids.indexOf(String(id));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // The app's undo also inside fields: the browser's own field undo would bypass the spec history.
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const nameOf = (id: string | number) => {
    const text = String(id);
    if (text.startsWith(PALETTE_PREFIX))
      return t('dnd.newLayer', {
        label: layerLabel(text.slice(PALETTE_PREFIX.length) as LayerType),
      });
    if (text === STACK_END) return t('dnd.stackEnd');
    const layer = layers[indexOf(id)];
    return layer
      ? t('dnd.layer', { number: indexOf(id) + 1, title: layerTitle(layer) })
      : t('dnd.someLayer');
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.pickedUp', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) => {
      // Over its own place (right after pick-up) there is nothing new to say.
      if (over?.id === active.id) return undefined;
      return over
        ? t('dnd.over', { name: nameOf(active.id), target: nameOf(over.id) })
        : t('dnd.notOver', { name: nameOf(active.id) });
    },
    onDragEnd: ({ active, over }) =>
      over
        ? t('dnd.dropped', { name: nameOf(active.id), target: nameOf(over.id) })
        : t('dnd.droppedOutside', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('dnd.cancelled', { name: nameOf(active.id) }),
  };

  /** What a card's own buttons and fields do to its layer. */
  const cardEdits = (index: number) => ({
    onChange: (next: LayerSpec) => editLayers({ type: 'update', index, layer: next }),
    onRemove: () => editLayers({ type: 'remove', index }),
    onDuplicate: () => editLayers({ type: 'duplicate', index }),
  });
  const append = (type: LayerType) =>
    editLayers({ type: 'insert', index: layers.length, layer: LAYER_CATALOG[type].defaults });

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const activeId = String(active.id);
    const overIndex = over.id === STACK_END ? layers.length : indexOf(over.id);
    if (activeId.startsWith(PALETTE_PREFIX)) {
      const type = activeId.slice(PALETTE_PREFIX.length) as LayerType;
      editLayers({ type: 'insert', index: overIndex, layer: LAYER_CATALOG[type].defaults });
      return;
    }
    const to = over.id === STACK_END ? layers.length - 1 : overIndex;
    editLayers({ type: 'move', from: indexOf(active.id), to });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: t('dnd.instructions'),
        },
      }}
    >
      <div className="builder">
        <div className="stack-column">
          <div className="history-buttons">
            <button
              type="button"
              onClick={undo}
              disabled={!canUndo || locked}
              aria-keyshortcuts="Control+Z Meta+Z"
            >
              {t('history.undo')}
            </button>
            <button
              type="button"
              onClick={redo}
              disabled={!canRedo || locked}
              aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
            >
              {t('history.redo')}
            </button>
          </div>
          <p className="stack-input">
            {t('stack.input', { shape: formatShape(inference.inputShape) })}
          </p>
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="stack" aria-label={t('stack.label')}>
              {layers.map((layer, index) => {
                const result = inference.result.layers[index];
                return (
                  <LayerCard
                    key={ids[index]}
                    id={ids[index] as string}
                    index={index}
                    layer={layer}
                    outputShape={result?.outputShape ?? null}
                    params={result?.params ?? 0}
                    error={inference.errorAt(index)}
                    warnings={result?.warnings ?? []}
                    disabled={locked}
                    fixed={fixed}
                    settingsHidden={settingsHidden}
                    {...cardEdits(index)}
                  />
                );
              })}
              {!fixed && <StackEnd />}
            </ol>
          </SortableContext>
        </div>
        {!fixed && (
          <div className="palette">
            <h3 id="palette-heading">{t('palette.heading')}</h3>
            <p className="hint">{t('palette.hint')}</p>
            <ul aria-labelledby="palette-heading">
              {LAYER_TYPES.map((type) => (
                <PaletteItem key={type} type={type} disabled={locked} onAdd={() => append(type)} />
              ))}
            </ul>
          </div>
        )}
      </div>
    </DndContext>
  );
}
