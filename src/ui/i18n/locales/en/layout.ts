// The screens: the header, the view tabs, the run view and the results column (src/ui/layout).
const layout = {
  header: {
    presenterMode: 'Presenter mode',
    file: 'File',
  },
  /** The service worker's news: a new version waiting, the app saved for offline use. */
  update: {
    label: 'App updates',
    ready: 'A new version of TrainTab is ready.',
    busy: 'Reloading now stops the training in progress; finished runs and searches stay in History.',
    reload: 'Reload',
    later: 'Later',
    offlineReady: 'TrainTab is saved on this device: it now opens and trains without a network.',
    dismiss: 'OK',
  },
  views: {
    label: 'Views',
    run: 'Run',
    search: 'Search',
    history: 'History',
  },
  results: {
    heading: 'Results',
    loadingLesson: 'Loading the lesson…',
    loadingExplanations: 'Loading what the model looks at…',
    overfittingHint:
      'Validation loss turning up while training loss keeps falling is <term>overfitting</term>',
  },
  /** The parts an error message names: "The lessons could not be loaded…". */
  areas: {
    explanations: 'what the model looks at',
    lessons: 'the lessons',
    classLink: 'the class link',
    sharing: 'sharing',
    trainControls: 'the train controls',
    lesson: 'the lesson',
    dataPanel: 'the data panel',
    modelPanel: 'the model panel',
    results: 'the results',
    lessonFigure: "the lesson's figure",
  },
} as const;

export default layout;
