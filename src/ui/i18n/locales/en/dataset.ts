// The data column: datasets, their settings, the preview, CSV upload (src/ui/dataset).
const dataset = {
  heading: 'Data: {{label}}',
  /** The picker's accessible name. */
  picker: 'Dataset',
  more: 'More data settings',
  csvArea: 'the CSV upload',
  csvLoading: 'Loading the CSV upload…',
  fields: {
    images: 'Images',
    windows: 'Windows',
    points: 'Points',
    noise: 'Noise',
    seed: 'Data seed',
    validation: 'Validation %',
    test: 'Test %',
    testShift: 'Test data',
    standardize: 'Standardise features',
  },
  /** What the test data is, for 2-D sets. */
  testShift: {
    none: 'Same as training',
    noise: 'Noisier than training',
    region: 'An unseen part of the plane',
  },
  preview: {
    /** The figure's accessible name. */
    label: '{{dataset}} dataset preview',
    loading: 'Loading the preview…',
    /** What failed, when a chart's code cannot be loaded. */
    curveArea: 'the curve preview',
    signalArea: 'the signal preview',
    fixSettings: 'Fix the data settings to see a preview.',
    /** Where the test points come from. */
    testSource: {
      split: 'held out from the data',
      own: 'the true curve, without noise',
      'shifted-noise': 'jittered off their place: noisier than training',
      'shifted-region': 'from a part of the plane training never sees',
    },
    counts: {
      plain: '{{train, number}} training, {{validation, number}} validation.',
      test: '{{train, number}} training, {{validation, number}} validation, {{test, number}} test ({{source}}).',
      standardised:
        '{{train, number}} training, {{validation, number}} validation; standardised with training statistics.',
      testStandardised:
        '{{train, number}} training, {{validation, number}} validation, {{test, number}} test ({{source}}); standardised with training statistics.',
    },
    lowHigh: 'orange = low, blue = high',
    classKey: 'class {{number}}',
    marks: 'Dots train, diamonds validate: {{counts}}',
    marksTest: 'Dots train, diamonds validate, crosses test: {{counts}}',
    windows: 'Windows of {{steps}} steps predict the next value. {{counts}}',
    iris: {
      caption: '{{shown}} of {{total}} rows (raw cm)',
      sepal_length: 'sepal length',
      sepal_width: 'sepal width',
      petal_length: 'petal length',
      petal_width: 'petal width',
      species: 'species',
    },
    mnist: {
      /** percent: "45%", as the language writes it. */
      loading: 'Loading MNIST digits… {{percent}}',
      failed: 'The MNIST digits could not be loaded: {{reason}}',
      retry: 'Try again',
      caption:
        'First {{shown}} of the {{used, number}} digits used (of {{loaded, number}} loaded).',
    },
  },
  /** Legends and markers of the curve and signal charts. */
  charts: {
    trueCurve: 'True curve (test)',
    trainingPoints: 'Training points',
    validationPoints: 'Validation points',
    signal: 'Signal',
    validationStarts: 'validation →',
    testStarts: 'test →',
  },
  csv: {
    upload: 'Upload a CSV file',
    limits:
      'Up to {{rows, number}} rows and {{columns}} columns, with a header row. The file stays in this tab; links never contain it.',
    recorded:
      'This experiment was made with <b>{{fileName}}</b>, predicting “{{target}}”. Upload it again to train: files are never put into links.',
    otherFile:
      'This is not the file the experiment was made with ({{fileName}}): its content differs, so results will too.',
    readError: '{{fileName}} could not be read: {{reason}}',
    /** message: what is wrong with the file (csv namespace). */
    invalid: '<b>{{fileName}}</b> cannot be used. {{message}}',
    target: 'Column to predict',
    task: 'Task',
    tasks: {
      classification: 'Classification',
      regression: 'Regression',
    },
    missing: 'Missing values ({{total, number}})',
    missingChoices: {
      drop: 'Drop rows that have any',
      fill: 'Fill: mean for numbers, most common for categories',
    },
    dropped_one: '{{count, number}} row with missing values dropped.',
    dropped_other: '{{count, number}} rows with missing values dropped.',
    filled_one: '{{count, number}} missing cell filled.',
    filled_other: '{{count, number}} missing cells filled.',
    /** The preview table's caption. */
    caption: '{{fileName}}: first {{shown}} of {{total, number}} rows',
    /** Under each column's name: what it holds. */
    kinds: {
      numeric: 'number',
      categorical: 'category',
    },
  },
} as const;

export default dataset;
