// Words used all over the app: the header, the language picker, app-wide notices.
const common = {
  language: {
    label: 'Language',
  },
  units: {
    seconds: '{{value}} s',
  },
  /** The views that load on demand (src/app). */
  loading: {
    search: 'Loading the hyperparameter search…',
    saved: 'Loading what is saved…',
  },
  /** The parts an error message names: "The hyperparameter search could not be loaded…". */
  areas: {
    updates: 'the app updates',
    lesson: 'the lesson',
    search: 'the hyperparameter search',
    saved: 'what is saved in this browser',
  },
} as const;

export default common;
