/* eslint-disable traintab/no-english-phrase -- Python code and its comments, shown as code in every language */
/**
 * The training part of experiment.py, as the app trains: the learning-rate schedule, load_data,
 * the folds (k-fold cross-validation, re-standardised per fold), train with early stopping and
 * pruning, the L1/L2 penalty, the test set and the best epoch's value.
 */
import { pythonNumber } from '../experiment/python-literals';
import type { Context } from './python-context';
import type { Lines } from './python-literals';
import { indent } from './python-literals';
import { hasPenalties } from './python-model';

/** The script's functions from learning_rate_at to best_value, in the order they are written. */
export function trainingFunctions(ctx: Context): Lines[] {
  return [
    scheduleFunction(ctx),
    loadDataFunction(ctx),
    foldsFunction(ctx),
    ...(ctx.cv > 1 && ctx.spec.dataset.standardize ? [standardizeFunction()] : []),
    trainFunction(ctx),
    ...(hasPenalties(ctx) ? [penaltyFunction()] : []),
    ...(ctx.test ? [testFunction(ctx)] : []),
    bestValueFunction(ctx),
  ];
}

/** learningRateAt of src/experiment/lr-schedule.ts, line for line. */
function scheduleFunction(ctx: Context): string[] {
  const { kind, factor, everyEpochs } = ctx.spec.training.schedule;
  const f = pythonNumber(factor);
  const every = pythonNumber(everyEpochs);
  const body: Record<typeof kind, string[]> = {
    constant: ['return base'],
    step: [`return base * ${f} ** (epoch // ${every})`],
    exponential: [`return base * ${f} ** (epoch / ${every})`],
    cosine: [
      'progress = 0 if epochs <= 1 else min(1, epoch / (epochs - 1))',
      `floor = base * ${f}`,
      'return floor + (base - floor) * (1 + math.cos(math.pi * progress)) / 2',
    ],
  };
  const words: Record<typeof kind, string> = {
    constant: 'Constant: the base rate',
    step: `The base rate times ${f} every ${every} epochs`,
    exponential: `The base rate times ${f} ** (epoch / ${every})`,
    cosine: `From the base rate down to ${f} of it along a half cosine`,
  };
  return [
    'def learning_rate_at(base, epoch, epochs):',
    '    """The learning rate of epoch `epoch` (from 0) of `epochs`, as in the app.',
    '',
    `    ${words[kind]}.`,
    '    """',
    ...indent(body[kind]),
  ];
}

function loadDataFunction(ctx: Context): string[] {
  const y = ctx.task === 'multiclass' ? 'int32 class indices, shape (n,)' : 'float32, shape (n, 1)';
  return [
    'def load_data():',
    '    """data.npz beside this script, split (and standardised) exactly as in the app.',
    '',
    `    x is float32, shape (n, *INPUT_SHAPE); y is ${y}.`,
    '    """',
    '    import numpy as np',
    '',
    '    with np.load(Path(__file__).with_name("data.npz")) as npz:',
    '        return {name: npz[name] for name in npz.files}',
  ];
}

function foldsFunction(ctx: Context): string[] {
  if (ctx.cv === 1) {
    return [
      'def make_folds(data):',
      '    """The (x_train, y_train, x_val, y_val) of each model trained: one, the app\'s split."""',
      '    return [(data["x_train"], data["y_train"], data["x_val"], data["y_val"])]',
    ];
  }
  const classification = ctx.task !== 'regression';
  const splitter = classification ? 'StratifiedKFold' : 'KFold';
  const split = classification
    ? 'splitter.split(np.zeros(len(y)), y.reshape(len(y), -1)[:, 0])'
    : 'splitter.split(np.zeros(len(y)))';
  const standardize = ctx.spec.dataset.standardize;
  return [
    'def make_folds(data):',
    '    """The (x_train, y_train, x_val, y_val) of each model trained: k-fold cross-validation.',
    '',
    '    As in the app, the training and validation rows are pooled (the test set stays out) and',
    `    dealt into CV folds${classification ? ', stratified by class' : ''}. scikit-learn deals them, so the folds are`,
    "    not the app's own.",
    '    """',
    '    import numpy as np',
    `    from sklearn.model_selection import ${splitter}`,
    '',
    '    x = np.concatenate([data["x_train"], data["x_val"]])',
    '    y = np.concatenate([data["y_train"], data["y_val"]])',
    `    splitter = ${splitter}(n_splits=CV, shuffle=True, random_state=SEED)`,
    '    folds = []',
    `    for train_rows, val_rows in ${split}:`,
    ...(standardize
      ? [
          '        x_train, x_val = standardize(x[train_rows], x[val_rows])',
          '        folds.append((x_train, y[train_rows], x_val, y[val_rows]))',
        ]
      : ['        folds.append((x[train_rows], y[train_rows], x[val_rows], y[val_rows]))']),
    '    return folds',
  ];
}

function standardizeFunction(): string[] {
  return [
    'def standardize(train, *others):',
    '    """Z-scores every feature with the mean and standard deviation of `train` only.',
    '',
    '    The app standardises each fold with its own training rows. These rows were standardised',
    "    once already, with the statistics of the app's training split; z-scores do not change",
    '    under a per-feature affine map, so this equals standardising the raw rows per fold.',
    '    """',
    '    import numpy as np',
    '',
    '    flat = train.reshape(len(train), -1).astype(np.float64)',
    '    mean = flat.mean(axis=0)',
    '    variance = ((flat - mean) ** 2).mean(axis=0)',
    '    # A constant feature is only centred, as in the app.',
    '    std = np.where(variance > 1e-12, np.sqrt(variance), 1.0)',
    '    return [',
    '        ((x.reshape(len(x), -1) - mean) / std).astype(np.float32).reshape(x.shape)',
    '        for x in (train, *others)',
    '    ]',
  ];
}

function earlyStoppingLines(): string[] {
  return [
    '        if metrics["val_loss"] < best_loss - MIN_DELTA:',
    '            best_loss = metrics["val_loss"]',
    '            best_epoch = epoch',
    '            since_improvement = 0',
    '            if RESTORE_BEST_WEIGHTS:',
    '                best_weights = [model.get_weights() for model in models]',
    '        else:',
    '            since_improvement += 1',
  ];
}

function pruningLines(): string[] {
  return [
    '        value = metrics[OBJECTIVE]',
    '        if trial is not None and math.isfinite(value):',
    '            # The folds train in lockstep, so each epoch reports the mean over folds of the',
    '            # objective, at step `epoch` (from 0), as the app reports it to its pruner.',
    '            trial.report(value, epoch)',
    '            if trial.should_prune():',
    '                raise optuna.TrialPruned()',
  ];
}

function trainFunction(ctx: Context): string[] {
  const early = ctx.spec.training.earlyStopping.enabled;
  return [
    `def train(p, folds${ctx.search ? ', trial=None' : ''}, verbose=False):`,
    '    """Trains a model on each fold for p["epochs"] epochs, as the app does.',
    '',
    "    The folds' models train in lockstep, one epoch at a time; each epoch's learning rate",
    '    comes from the schedule, its metrics are the means over folds, and early stopping watches',
    "    that mean validation loss. Returns the models, the epochs' metrics, and whether the loss",
    '    stopped being finite (diverged).',
    '    """',
    '    import keras',
    '',
    '    keras.backend.clear_session()',
    '    models = [build_model(p) for _ in folds]',
    '    epochs = p["epochs"]',
    '    history = []',
    ...(early
      ? [
          '    best_loss = math.inf',
          '    best_epoch = None',
          '    best_weights = None',
          '    since_improvement = 0',
        ]
      : []),
    '    for epoch in range(epochs):',
    '        rate = learning_rate_at(float(p["learning_rate"]), epoch, epochs)',
    '        results = []',
    '        for model, (x_train, y_train, x_val, y_val) in zip(models, folds):',
    '            model.optimizer.learning_rate = rate',
    '            fit = model.fit(',
    '                x_train,',
    '                y_train,',
    '                batch_size=p["batch_size"],',
    '                epochs=epoch + 1,',
    '                initial_epoch=epoch,',
    '                shuffle=True,',
    '                verbose=0,',
    '                validation_data=(x_val, y_val),',
    '            )',
    '            scores = {name: float(values[-1]) for name, values in fit.history.items()}',
    ...(hasPenalties(ctx) ? ['            scores["val_loss"] -= penalty(model)'] : []),
    '            results.append(scores)',
    '        metrics = {name: sum(r[name] for r in results) / len(results) for name in results[0]}',
    '        history.append(metrics)',
    '        if verbose:',
    '            shown = ", ".join(f"{name} {value:.4g}" for name, value in metrics.items())',
    '            print(f"epoch {epoch + 1}/{epochs}: {shown}, learning rate {rate:.4g}", flush=True)',
    '        if not (math.isfinite(metrics["loss"]) and math.isfinite(metrics["val_loss"])):',
    '            return {"models": models, "history": history, "diverged": True}',
    ...(early ? earlyStoppingLines() : []),
    ...(ctx.search ? pruningLines() : []),
    ...(early ? ['        if since_improvement >= PATIENCE:', '            break'] : []),
    ...(early
      ? [
          '    if best_weights is not None and best_epoch != len(history) - 1:',
          '        for model, weights in zip(models, best_weights):',
          '            model.set_weights(weights)',
        ]
      : []),
    '    return {"models": models, "history": history, "diverged": False}',
  ];
}

function testFunction(ctx: Context): string[] {
  return [
    'def evaluate_test(model, data):',
    '    """The model\'s loss and metric on the test set."""',
    '    scores = model.evaluate(',
    '        data["x_test"], data["y_test"], batch_size=1024, verbose=0, return_dict=True',
    '    )',
    ...(hasPenalties(ctx) ? ['    scores["loss"] -= penalty(model)'] : []),
    '    return {f"test_{name}": float(value) for name, value in scores.items()}',
  ];
}

function penaltyFunction(): string[] {
  return [
    'def penalty(model):',
    '    """The layers\' L1/L2 penalties at the current weights.',
    '',
    '    Keras adds them to every loss it reports; the app only to the loss it trains on, so they',
    '    come off the validation and test losses here.',
    '    """',
    '    import keras',
    '',
    '    return sum(float(keras.ops.convert_to_numpy(loss)) for loss in model.losses)',
  ];
}

function bestValueFunction(ctx: Context): string[] {
  const best = ctx.search ? (ctx.spec.search.objective === 'valLoss' ? 'min' : 'max') : 'min';
  const objective = ctx.search ? 'OBJECTIVE' : '"val_loss"';
  return [
    'def best_value(history):',
    `    """The best epoch's ${ctx.search ? 'objective' : 'validation loss'}: the value the app scores a trial by."""`,
    `    values = [m[${objective}] for m in history if math.isfinite(m[${objective}])]`,
    `    return ${best}(values) if values else float("nan")`,
  ];
}
