import { specDatasetInfo } from '../experiment/dataset-info';
import type { ExperimentSpec } from '../experiment/experiment';
import type { LayerEdit } from '../experiment/model-edits';
import type { Problem } from '../experiment/problem';
import { problem } from '../experiment/problem';
import { applyLayerEdit } from '../experiment/model-edits';
import type { SearchTarget } from '../experiment/search-targets';
import { remapSearchTargets, searchIssues, searchTargets } from '../experiment/search-targets';
import type { ModelInference } from '../experiment/shape-inference';
import { inferModel } from '../experiment/shape-inference';
import type { SpecIssue } from '../experiment/validate';
import { validateSpec } from '../experiment/validate';
import type { AppState } from './app-store';
import type { SliceContext } from './slice';
import type { SpecEdit } from './spec-edits';
import { applySpecEdit } from './spec-edits';

export interface HistoryEntry {
  spec: ExperimentSpec;
  layerIds: string[];
}

/** What the store works out from a spec once per edit, so no component recomputes it. */
export interface SpecDerived {
  specIssues: SpecIssue[];
  /** What keeps the spec's search from running (not the spec's own issues: those block a run too). */
  searchProblems: SpecIssue[];
  /** Every field of the spec a search can vary, with its label and suggested range. */
  searchTargets: readonly SearchTarget[];
  /** The shape of one example the model takes (the dataset's). */
  inputShape: number[];
  /** Shapes, parameter counts and problems of the stack, layer by layer. */
  inference: ModelInference;
}

/** The spec being edited, its undo history and the cards' ids; what went wrong opening a link. */
export interface HistorySlice extends SpecDerived {
  spec: ExperimentSpec;
  /** A stable id per layer (not part of the spec), so cards keep their identity when moved. */
  layerIds: string[];
  /** Earlier states, newest last, for undo; and undone states for redo. */
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** What went wrong opening a link (or the address), shown in a banner until dismissed. */
  notices: Problem[];
  /** A link opened while something trained: it opens when the builder unlocks. */
  pendingLink: { spec: ExperimentSpec; problems: Problem[] } | null;
  edit(edit: SpecEdit): void;
  editLayers(edit: LayerEdit): void;
  undo(): void;
  redo(): void;
  /** Replaces the whole spec (an opened link or file); undoable like any edit. */
  replaceSpec(spec: ExperimentSpec): void;
  openLink(spec: ExperimentSpec, problems: Problem[]): void;
  dismissNotices(): void;
}

const HISTORY_LIMIT = 100;
const HISTORY_COALESCE_MS = 1000;

/**
 * Works out what the UI shows of a spec. The input shape and the stack's inference are kept from
 * `previous` when they did not change, so a training edit re-renders no layer card.
 */
export function deriveFromSpec(
  spec: ExperimentSpec,
  previous?: { spec: ExperimentSpec } & SpecDerived,
): SpecDerived {
  const result = validateSpec(spec);
  const shape = specDatasetInfo(spec.dataset).inputShape;
  const inputShape =
    previous && previous.inputShape.join() === shape.join() ? previous.inputShape : [...shape];
  const sameStack =
    previous?.inputShape === inputShape && previous.spec.model.layers === spec.model.layers;
  return {
    specIssues: result.ok ? [] : result.issues,
    searchProblems: searchIssues(spec),
    searchTargets: searchTargets(spec),
    inputShape,
    inference: sameStack ? previous.inference : inferModel(inputShape, spec.model.layers),
  };
}

/** Hands out fresh layer ids and writes specs into the history; one per store. */
export function createSpecWriter(set: SliceContext['set'], get: SliceContext['get']) {
  // Keystrokes in one field within a second make one undo step, not one per character.
  let lastEditKey: string | null = null;
  let lastEditAt = 0;
  let idCounter = 0;
  const freshIds = (count: number) => Array.from({ length: count }, () => `l${++idCounter}`);
  return {
    freshIds,
    /** Forgets the last edit's key, so the next edit is a step of its own. */
    breakCoalescing: () => {
      lastEditKey = null;
    },
    write(next: ExperimentSpec, editKey: string | null = null, nextIds?: string[]): void {
      const { spec: previous, layerIds, past } = get();
      if (JSON.stringify(previous) === JSON.stringify(next)) return;
      const now = Date.now();
      const coalesce =
        editKey !== null && editKey === lastEditKey && now - lastEditAt < HISTORY_COALESCE_MS;
      lastEditKey = editKey;
      lastEditAt = now;
      // Edits that know where each layer went pass ids; anything else keeps them while the count holds.
      const ids =
        nextIds ??
        (next.model.layers.length === layerIds.length
          ? layerIds
          : freshIds(next.model.layers.length));
      set({
        spec: next,
        ...deriveFromSpec(next, get()),
        layerIds: ids,
        past: coalesce ? past : [...past, { spec: previous, layerIds }].slice(-HISTORY_LIMIT),
        future: [],
      });
    },
  };
}

export type SpecWriter = ReturnType<typeof createSpecWriter>;

export function createHistorySlice(
  ctx: SliceContext,
  writer: SpecWriter,
  initial: { spec: ExperimentSpec; notices: Problem[] },
): HistorySlice {
  const { set, get } = ctx;
  const travel = (from: 'past' | 'future') => {
    const state = get();
    const target = state[from].at(-1);
    if (!target || ctx.isLocked()) return;
    writer.breakCoalescing();
    const to = from === 'past' ? 'future' : 'past';
    set({
      spec: target.spec,
      layerIds: target.layerIds,
      ...deriveFromSpec(target.spec, state),
      [from]: state[from].slice(0, -1),
      [to]: [...state[to], { spec: state.spec, layerIds: state.layerIds }],
    } as Partial<AppState>);
  };
  return {
    spec: initial.spec,
    ...deriveFromSpec(initial.spec),
    layerIds: writer.freshIds(initial.spec.model.layers.length),
    past: [],
    future: [],
    notices: initial.notices,
    pendingLink: null,

    edit(edit) {
      if (!ctx.isLocked()) ctx.writeSpec(applySpecEdit(get().spec, edit), editKeyOf(edit));
    },

    editLayers(edit) {
      if (ctx.isLocked()) return;
      const { spec: current, layerIds } = get();
      const layers = applyLayerEdit(current.model.layers, edit);
      const ids = followIds(layerIds, edit, () => writer.freshIds(1)[0] as string);
      const params = remapSearchTargets(current.search.params, (old) =>
        ids.indexOf(layerIds[old] ?? ''),
      );
      ctx.writeSpec(
        {
          ...current,
          model: { ...current.model, layers },
          search: { ...current.search, params },
        },
        layerEditKey(current, edit, layerIds),
        ids.length === layers.length ? ids : writer.freshIds(layers.length),
      );
    },

    undo: () => travel('past'),
    redo: () => travel('future'),

    replaceSpec(next) {
      if (ctx.isLocked()) return;
      ctx.writeSpec(next);
      get().loadDataFor(next);
    },

    openLink(next, problems) {
      if (ctx.isLocked()) {
        // Nothing is lost: the link waits for the run or search to end, and says so.
        set({
          pendingLink: { spec: next, problems },
          notices: [problem('link-waits-for-training', '', {})],
        });
        return;
      }
      get().replaceSpec(next);
      set({ notices: problems, pendingLink: null });
    },

    dismissNotices: () => set({ notices: [] }),
  };
}

/** Typing into one number field of one layer is one undo step; anything else is a step of its own. */
function layerEditKey(spec: ExperimentSpec, edit: LayerEdit, ids: string[]): string | null {
  if (edit.type !== 'update') return null;
  const before = spec.model.layers[edit.index] as Record<string, unknown> | undefined;
  const after = edit.layer as Record<string, unknown>;
  const changed = Object.keys(after).find(
    (key) => JSON.stringify(after[key]) !== JSON.stringify(before?.[key]),
  );
  return changed && typeof after[changed] === 'number'
    ? `layer.${ids[edit.index]}.${changed}`
    : null;
}

/** Where each card's id goes under a layer edit, so a moved layer keeps its card. */
export function followIds(ids: readonly string[], edit: LayerEdit, fresh: () => string): string[] {
  const next = [...ids];
  const inside = (index: number) => Number.isInteger(index) && index >= 0 && index < ids.length;
  switch (edit.type) {
    case 'insert':
      next.splice(Math.max(0, Math.min(ids.length, Math.trunc(edit.index))), 0, fresh());
      break;
    case 'move':
      if (inside(edit.from) && inside(edit.to))
        next.splice(edit.to, 0, ...next.splice(edit.from, 1));
      break;
    case 'remove':
      if (inside(edit.index)) next.splice(edit.index, 1);
      break;
    case 'duplicate':
      if (inside(edit.index)) next.splice(edit.index + 1, 0, fresh());
      break;
    case 'update':
      break;
  }
  return next;
}

function editKeyOf(edit: SpecEdit): string | null {
  switch (edit.type) {
    case 'setDatasetNumber':
      return `dataset.${edit.field}`;
    case 'setTrainingNumber':
      return `training.${edit.field}`;
    case 'setSchedule':
    case 'setEarlyStopping':
    case 'setSearch': {
      // Typing into one number field is one undo step; switches and menus are steps of their own.
      const fields = Object.entries(edit.change);
      const [field, value] = fields[0] ?? [];
      return fields.length === 1 && typeof value === 'number' ? `${edit.type}.${field}` : null;
    }
    default:
      return null;
  }
}
