// Sharing and files: the share link, save and open (src/ui/experiment).
const experiment = {
  share: {
    button: 'Share link',
    copied: 'Link copied.',
    copyBelow: 'Copy the link below.',
    linkLabel: 'Link to this experiment',
    csvNotIncluded:
      'The CSV file itself is not in the link: whoever opens it uploads the file again.',
  },
  files: {
    save: 'Save experiment (JSON)',
    open: 'Open experiment…',
    notJson: '{{file}} is not a JSON file: nothing was changed.',
    repaired: 'The file was opened with these repairs:',
  },
  python: {
    export: 'Export to Python (.zip)',
    hint: 'The model, its training and its search as a Keras 3 + Optuna project, with the data as split here: for searches too big for a tab.',
    working: 'Writing the Python project…',
    saved: 'Saved {{file}}.',
    fixFirst: 'Fix the problems in the experiment first.',
    waitData: 'Load the data first: {{dataset}}.',
    failed: 'The Python project was not saved: {{reason}}',
    readme: {
      title: '# {{dataset}} in Python: Keras 3 + Optuna',
      intro:
        'The experiment you built in TrainTab, as a Python project: the same model, training and search, to run on as many processes and machines as you have.',
      files: '## Files',
      script:
        '- `experiment.py`: builds the model with Keras 3, trains it, and runs the search with Optuna.',
      scriptSingle: '- `experiment.py`: builds the model with Keras 3 and trains it.',
      data: '- `data.npz`: the data exactly as TrainTab split and standardised it: `x_train`, `y_train`, `x_val`, `y_val`, and `x_test`, `y_test` when the experiment holds data out for testing.',
      install: '## Install',
      installText:
        'Python 3.9 or newer. Keras 3 needs one of TensorFlow, JAX or PyTorch underneath; this installs TensorFlow:',
      run: '## Run on one machine',
      runText: '`--help` lists every option.',
      dryRun:
        '`--dry-run N` asks the sampler for N trials and prints their parameters without training: it needs only Optuna, so it checks the search side where Keras is absent.',
      many: '## Run on many processes or machines',
      manyText:
        'Every copy started with the same `--storage` and `--study-name` joins the same study, and Optuna shares out the trials between them. Several processes on one machine share a journal file; many machines share a database SQLAlchemy can reach, such as PostgreSQL.',
      options:
        '`--n-trials` is the size of the whole study, counted over every copy (by default {{trials}}); `--timeout` (seconds) limits each copy.',
      trials_one: '{{count, number}} trial',
      trials_other: '{{count, number}} trials',
      differs: '## What differs from TrainTab',
      differsText:
        'Initial weights, dropout and shuffling are seeded, but Keras draws them from other random streams than TensorFlow.js, so the losses differ a little from those TrainTab showed. Cross-validation folds come from scikit-learn, not from TrainTab.',
    },
  },
  notices: {
    dismiss: 'Dismiss',
  },
} as const;

export default experiment;
