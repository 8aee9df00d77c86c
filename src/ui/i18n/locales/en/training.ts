// The train bar, pace, options, run status and backends (src/ui/training).
const training = {
  bar: {
    /** The bar's accessible name, and its first button. */
    train: 'Train',
    resume: 'Resume',
    pause: 'Pause',
    stop: 'Stop',
    busy: {
      search: 'A search is training on the workers until it ends.',
      race: 'A strategy race is training on the workers until it ends.',
      compare: 'A side-by-side comparison is training until it ends.',
    },
    blocked: 'Cannot train yet: {{problem}}',
    /** count: the problems besides the one shown. */
    blockedMore_one: 'Cannot train yet: {{problem}} (and {{count}} more problem marked in red)',
    blockedMore_other: 'Cannot train yet: {{problem}} (and {{count}} more problems marked in red)',
  },
  fields: {
    optimizer: 'Optimizer',
    learningRate: 'Learning rate',
    batchSize: 'Batch size',
    epochs: 'Epochs',
    loss: 'Loss',
    seed: 'Training seed',
    seedHint: 'Same seed, same weights and shuffles',
    backend: 'Backend',
    backendHint:
      'Auto times a few training steps of this model on each backend and picks the fastest',
  },
  more: 'More training options',
  reset: 'Reset to defaults',
  /** The backend menu's first choice; the backends keep their names. */
  backendAuto: 'Auto',
  pace: {
    label: 'Speed',
    fastest: 'As fast as it goes',
    perSecond_one: '{{count}} epoch a second',
    perSecond_other: '{{count}} epochs a second',
    /** A pace from a link that is not in the menu. */
    every: 'One epoch every {{ms}} ms',
    step: 'Step',
    stepTitle: 'Train exactly one epoch, then pause',
  },
  schedule: {
    legend: 'Schedule and early stopping',
    label: 'Learning-rate schedule',
    kinds: {
      constant: 'Constant',
      step: 'Step decay',
      exponential: 'Exponential decay',
      cosine: 'Cosine annealing',
    },
    finalRate: 'Final rate (× start)',
    finalRateHint: 'The rate eases down to this share of the start',
    factor: 'Decay factor',
    factorHint: 'Multiply the rate by this…',
    every: 'Every (epochs)',
    everyHint: '…once per this many epochs',
  },
  earlyStopping: {
    enable: 'Stop early when validation loss stops improving',
    patience: 'Patience (epochs)',
    patienceHint: 'Epochs without improvement before stopping',
    minDelta: 'Minimum improvement',
    minDeltaHint: 'A smaller drop in loss does not count',
    restoreBest: "Keep the best epoch's weights",
  },
  /** The run's status line. Epoch counts are plain digits, as typed in the Epochs field. */
  status: {
    label: 'Training status',
    progress: 'Training progress',
    idle: 'Ready. Press Train to start.',
    queued: 'Waiting for a free worker ({{position}} in the queue)…',
    measuring: 'Measuring which backend trains this model fastest…',
    starting: 'Starting the {{backend}} backend…',
    training: 'Training on {{backend}}: epoch {{done}} of {{total}}.',
    trainingBatch:
      'Training on {{backend}}: epoch {{done}} of {{total}}, batch {{batch}} of {{batches}}.',
    paused:
      'Paused at epoch {{epoch}} of {{total}}. The model stays in memory; press Resume to go on.',
    stopping: 'Stopping after the current batch…',
    finished_one: 'Finished {{count}} epoch in {{time}} on {{backend}}.',
    finished_other: 'Finished {{count}} epochs in {{time}} on {{backend}}.',
    earlyStopped_one: 'Stopped early after {{count}} epoch: validation loss stopped improving.',
    earlyStopped_other: 'Stopped early after {{count}} epochs: validation loss stopped improving.',
    earlyStoppedBest_one:
      'Stopped early after {{count}} epoch: validation loss stopped improving. The best epoch was {{best}}.',
    earlyStoppedBest_other:
      'Stopped early after {{count}} epochs: validation loss stopped improving. The best epoch was {{best}}.',
    earlyStoppedKept_one:
      'Stopped early after {{count}} epoch: validation loss stopped improving. The best epoch was {{best}}; the model keeps its weights.',
    earlyStoppedKept_other:
      'Stopped early after {{count}} epochs: validation loss stopped improving. The best epoch was {{best}}; the model keeps its weights.',
    /** count: the epochs asked for. */
    stopped_one: 'Stopped after {{done}} of {{count}} epoch.',
    stopped_other: 'Stopped after {{done}} of {{count}} epochs.',
    diverged_one: 'Diverged after {{done}} of {{count}} epoch.',
    diverged_other: 'Diverged after {{done}} of {{count}} epochs.',
    failed: 'Training did not run.',
  },
  /** What the finished run was, below the charts. */
  facts: {
    run: '{{params, number}} parameters, {{train, number}} training and {{validation, number}} validation samples, {{batches, number}} batches per epoch.',
    freed: '{{facts}} Memory: every tensor of the run was freed.',
    leaked_one: '{{facts}} Memory: {{count, number}} tensor was not freed.',
    leaked_other: '{{facts}} Memory: {{count, number}} tensors were not freed.',
  },
  model: {
    download: 'Download model',
    keep: 'Keep in this browser',
    kept: 'Kept in this browser, with the saved run.',
    files: 'model.json and {{weights}} ({{size}} KB), for tf.loadLayersModel',
  },
  backend: {
    summary: 'TensorFlow.js backend',
    summaryActive: 'TensorFlow.js backend: {{backend}}',
    /** note: whether runs with one seed repeat exactly (gpuNote or cpuNote). */
    running: 'Running on <b>{{backend}}</b>. {{note}}',
    runningFastest: 'Running on <b>{{backend}}</b>, the fastest measured for this model. {{note}}',
    gpuNote: 'On a GPU backend, runs with the same seed are close but not bit-identical.',
    cpuNote: 'Runs with the same seed give bit-identical results on this backend.',
    none: 'No backend could start.',
    autoChose: 'Auto chose {{backend}}.',
    autoChoseNothing: 'Auto chose nothing.',
    chosenAtStart: 'Chosen when training starts.',
    measured: 'What Auto measured on this model',
    columns: {
      backend: 'Backend',
      speed: 'Speed once warm',
      firstStep: 'First step',
    },
    chosen: '{{backend}} (chosen)',
    notUsed: 'Not used: {{reason}}',
    rate: '{{value, number}} samples/s',
    milliseconds: '{{value, number}} ms',
    failedList: 'Backends that failed',
    failed: '<b>{{backend}}</b> failed: {{reason}}',
  },
} as const;

export default training;
