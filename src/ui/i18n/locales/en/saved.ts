import type { SearchStrategy } from '../../../../experiment/search-schema';
import type { SavedRun, SavedSummary } from '../../../../store/saved-slice';
import type { SameKeys } from '../../resource-types';

// Saved runs and searches (src/ui/saved).
const saved = {
  heading: 'Saved in this browser',
  unavailable: 'This browser keeps nothing for this page, so runs and searches are not saved.',
  intro:
    'Every run and search is saved in this browser as it trains, and a reload picks a search up where it stopped. Compare runs’ curves, open a search to see its trials again, or export it to share or analyse.',
  deleted: 'Deleted “{{title}}”.',
  undo: 'Undo',
  undoDeleting: 'Undo deleting “{{title}}”',
  imported: 'Imported {{file}}.',
  skipped_one: '{{count}} saved record could not be read and is not listed.',
  skipped_other: '{{count, number}} saved records could not be read and are not listed.',
  importSearch: 'Import a search (JSON)…',
  deleteAll: {
    ask: 'Delete all…',
    confirm: 'Delete all {{runs}} runs and {{searches}} searches?',
    yes: 'Delete all',
    no: 'Keep them',
  },
  trim: {
    button_one: 'Free space: trim {{count}} old run',
    button_other: 'Free space: trim {{count, number}} old runs',
    title: 'Keeps the newest {{kept}} runs whole; the others keep their last epoch',
  },
  storage: {
    usage: 'Uses {{used}} of the {{quota}} this browser allows.',
    persisted: 'Kept until you delete it, even when space runs low.',
    mayClear: 'The browser may clear it when space runs low: export what you want to keep.',
    /** The usage and whether it is kept, as two sentences. */
    both: '{{usage}} {{kept}}',
  },
  /** Shared by both tables. */
  table: {
    dataAndModel: 'Data and model',
    state: 'State',
    actions: 'Actions',
  },
  layers_one: '{{count}} layer',
  layers_other: '{{count}} layers',
  actions: {
    open: 'Open',
    rename: 'Rename',
    renameItem: 'Rename {{title}}',
    delete: 'Delete',
    deleteItem: 'Delete {{title}}',
    newName: 'New name for {{title}}',
    save: 'Save',
  },
  runs: {
    heading: 'Runs',
    empty: 'No run has been saved yet: press Train and it is kept here.',
    hint: 'Tick a run to see its curves again; tick more to compare them.',
    caption: 'Saved runs, newest first',
    compare: 'Compare',
    run: 'Run',
    epochs: 'Epochs',
    validationLoss: 'Validation loss',
    title: 'Run of {{date}}',
    details: '{{dataset}} · {{layers}} · {{optimizer}}, learning rate {{learningRate}}',
    detailsWithParams:
      '{{dataset}} · {{layers}} · {{params}} parameters · {{optimizer}}, learning rate {{learningRate}}',
    epochsOf: '{{done}} of {{planned}}',
    states: {
      running: 'cut short',
      completed: 'finished',
      stopped: 'stopped',
      diverged: 'diverged',
      failed: 'failed',
    },
    /** The run the page is training now. */
    live: 'training',
    stateTook: '{{state}} in {{duration}}',
    compareItem: 'Compare {{title}}',
    openItem: 'Open {{title}} in the results',
    model: 'Model',
    downloadModel: 'Download the model of {{title}}',
  },
  overlay: {
    label: 'Loss of the ticked runs',
    caption: 'Loss of the ticked runs: validation solid, train dashed',
    validation: '{{title}}, validation',
    train: '{{title}}, train',
  },
  searches: {
    heading: 'Searches',
    empty: 'No search has been saved yet.',
    reading: 'Reading…',
    caption: 'Saved searches, newest first',
    search: 'Search',
    trials: 'Trials',
    best: 'Best',
    title: 'Search of {{date}}',
    details: '{{dataset}} · {{layers}} · {{strategy}}',
    strategies: {
      grid: 'grid',
      random: 'random',
      tpe: 'TPE',
      gp: 'Bayesian (GP)',
    },
    bestOf: '{{value}} (trial {{number}})',
    states: {
      running: 'stopped while running',
      paused: 'paused',
      finished: 'finished',
    },
    /** The search training now (the one shown, or a lane of the race). */
    live: 'running',
    shownInSearch: '(shown in Search)',
    inRace: '(in the race)',
    openItem: 'Open {{title}}',
    exportJson: 'Export {{title}} as JSON',
    exportCsv: 'Export the trials of {{title}} as CSV',
  },
} as const;

export default saved;

// Every state and strategy a saved item can have is named, and only those.
export const runStatesChecked: SameKeys<SavedRun['status'], typeof saved.runs.states> = true;
export const searchStatesChecked: SameKeys<SavedSummary['status'], typeof saved.searches.states> =
  true;
export const strategiesChecked: SameKeys<SearchStrategy, typeof saved.searches.strategies> = true;
