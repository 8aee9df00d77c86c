/* eslint-disable traintab/no-english-phrase -- Python code and its comments, shown as code in every language */
/**
 * The Optuna part of experiment.py: the search's constants, suggest(trial), objective, dry_run,
 * the sampler (TPE, GP with its fallback to TPE, grid, random), the pruner, the storage and
 * report_best.
 */
import { pythonList, pythonNumber, pythonString, pythonTuple } from '../experiment/python-literals';
import { maxSearchEpochs } from '../experiment/trial-experiment';
import { gridSize } from '../search/grid-sampler';
import { buildSearchSpace } from '../search/space';
import type { Context } from './python-context';
import type { Lines } from './python-literals';
import { indent, paramKey } from './python-literals';
import type { PythonParam } from './python-params';
import { pythonParams } from './python-params';
import type { ExperimentSpec } from '../experiment/experiment';

/** The search's settings, among the script's constants. */
export function searchConstants(ctx: Context): string[] {
  const { search } = ctx.spec;
  const minimize = search.objective === 'valLoss';
  return [
    '',
    '# The search.',
    `DIRECTION = ${pythonString(minimize ? 'minimize' : 'maximize')}`,
    `OBJECTIVE = ${pythonString(minimize ? 'val_loss' : 'val_accuracy')}`,
    `STUDY_NAME = ${pythonString(`traintab-${search.seed}`)}  # as in the app (Hyperband's brackets)`,
    ...nTrialsLines(ctx),
    `TIMEOUT = ${search.maxMinutes > 0 ? pythonNumber(search.maxMinutes * 60) : 'None'}  # seconds`,
    `SAMPLER_SEED = ${pythonNumber(search.seed)}`,
    ...(search.strategy === 'tpe' || search.strategy === 'gp'
      ? [`STARTUP_TRIALS = ${pythonNumber(search.startupTrials)}`]
      : []),
    ...(search.strategy === 'grid'
      ? [
          "# The values a grid search takes of each parameter: the app's grid.",
          'GRID = {',
          ...ctx.params.map((p) => `    ${pythonString(p.name)}: ${pythonList(p.grid)},`),
          '}',
        ]
      : []),
  ];
}

/**
 * N_TRIALS: `maxTrials`, plus, for a grid search, as many trials as Optuna's grid has points more
 * than the app's. GridSampler takes the full product of GRID's lists, and a point where a
 * conditional parameter is inactive runs the same setting as the points that differ from it only
 * in that parameter's value; the app's grid (`gridSize`) has each setting once. With the
 * difference added, Optuna's first N_TRIALS trials hold at least `maxTrials` distinct settings,
 * or all of them where the app's grid has fewer: the settings the app's search visits.
 */
function gridSizes(spec: ExperimentSpec): { optuna: number; app: number } {
  const { search } = spec;
  const optuna = pythonParams(spec).reduce((size, p) => size * p.grid.length, 1);
  const app = search.strategy === 'grid' ? gridSize(buildSearchSpace(search.params)) : optuna;
  return { optuna, app };
}

/** The study's size the script asks for by default (N_TRIALS; see nTrialsLines). */
export function studyTrials(spec: ExperimentSpec): number {
  const { optuna, app } = gridSizes(spec);
  return spec.search.maxTrials + Math.max(0, optuna - app);
}

function nTrialsLines(ctx: Context): string[] {
  const { search } = ctx.spec;
  const { optuna, app } = gridSizes(ctx.spec);
  if (optuna <= app) return [`N_TRIALS = ${pythonNumber(search.maxTrials)}`];
  const n = pythonNumber;
  return [
    '# GridSampler also takes each value of a conditional parameter where it is inactive, which runs',
    '# the same setting again, so it needs more trials than the app to reach as many settings:',
    `# maxTrials ${n(search.maxTrials)} + ${n(optuna - app)} (its grid has ${n(optuna)} points, the app's ${n(app)}).`,
    `N_TRIALS = ${n(studyTrials(ctx.spec))}`,
  ];
}

function suggestLine(param: PythonParam): string {
  const d = param.distribution;
  const name = pythonString(param.name);
  let call: string;
  if (d.type === 'categorical')
    call = `trial.suggest_categorical(${name}, ${pythonList(d.choices)})`;
  else {
    const range = `${name}, ${pythonNumber(d.low)}, ${pythonNumber(d.high)}`;
    const options =
      d.type === 'int' && !d.log && d.step !== 1
        ? `, step=${pythonNumber(d.step)}`
        : d.log
          ? ', log=True'
          : '';
    call = `trial.suggest_${d.type}(${range}${options})`;
  }
  return `${paramKey(param.name)} = ${call}`;
}

export function suggestFunction(ctx: Context): string[] {
  return [
    'def suggest(trial):',
    '    """One trial\'s values of the searched parameters; a conditional one only while active."""',
    '    p = {}',
    ...ctx.params.flatMap((param) =>
      param.condition
        ? [
            `    if p.get(${pythonString(param.condition.param)}) in ${pythonTuple(param.condition.in)}:`,
            `        ${suggestLine(param)}`,
          ]
        : [`    ${suggestLine(param)}`],
    ),
    '    return p',
  ];
}

/** The functions that run the study, from objective to report_best. */
export function searchFunctions(ctx: Context): Lines[] {
  return [
    objectiveFunction(ctx),
    dryRunFunction(),
    ...samplerFunctions(ctx),
    prunerFunction(ctx),
    storageFunction(),
    reportFunction(),
  ];
}

function objectiveFunction(ctx: Context): string[] {
  return [
    'def objective(trial, data, folds):',
    '    """Trains one trial; its value is its best epoch\'s objective, as the app scores trials."""',
    '    p = {**SPEC_VALUES, **suggest(trial)}',
    '    result = train(p, folds, trial)',
    '    if result["diverged"]:',
    '        # Optuna records a returned NaN as a failed trial (FAIL, with a warning) and goes on;',
    '        # the app calls such a trial diverged.',
    '        return float("nan")',
    ...(ctx.test
      ? [
          '    for name, value in evaluate_test(result["models"][0], data).items():',
          '        trial.set_user_attr(name, value)',
        ]
      : ctx.cv > 1
        ? [
            '    # With cross-validation there is no single model to test (nor is there in the app).',
          ]
        : []),
    '    return best_value(result["history"])',
  ];
}

function dryRunFunction(): string[] {
  return [
    'def dry_run(study, n):',
    '    """Asks n trials and prints each one\'s parameters as a JSON line, without Keras or training.',
    '',
    '    Each trial is told a stand-in value that depends only on its number, so that the sampler',
    '    goes on as in a real search, and is marked with the user attribute dry_run=True.',
    '    """',
    '',
    '    def stand_in(trial):',
    '        trial.set_user_attr("dry_run", True)',
    '        print(json.dumps({"number": trial.number, "params": suggest(trial)}), flush=True)',
    '        return random.Random(trial.number).random()',
    '',
    '    study.optimize(stand_in, n_trials=n)',
  ];
}

function tpeSamplerFunction(): string[] {
  return [
    'def tpe_sampler():',
    '    """The app\'s TPE: multivariate with a constant liar, as the newest Optuna\'s default."""',
    "    # Optuna 3.1's multivariate TPE fails with a constant liar while another process's trial",
    '    # runs (Optuna issue 4459, fixed in 3.2): there it does without.',
    '    constant_liar = not optuna.__version__.startswith("3.1.")',
    '    return optuna.samplers.TPESampler(',
    '        seed=SAMPLER_SEED,',
    '        n_startup_trials=STARTUP_TRIALS,',
    '        multivariate=True,',
    '        constant_liar=constant_liar,',
    '        warn_independent_sampling=False,',
    '    )',
  ];
}

function samplerFunctions(ctx: Context): Lines[] {
  const sampler = (doc: string, body: string[]) => [
    'def make_sampler():',
    `    """${doc}"""`,
    ...indent(body),
  ];
  switch (ctx.spec.search.strategy) {
    case 'grid':
      return [
        sampler("Every combination of GRID's values, in an order shuffled by the seed.", [
          'return optuna.samplers.GridSampler(GRID, seed=SAMPLER_SEED)',
        ]),
      ];
    case 'random':
      return [
        sampler('Independent uniform draws (log-uniform on a log scale).', [
          'return optuna.samplers.RandomSampler(seed=SAMPLER_SEED)',
        ]),
      ];
    case 'tpe':
      return [tpeSamplerFunction(), sampler("The app's TPE.", ['return tpe_sampler()'])];
    case 'gp':
      return [
        tpeSamplerFunction(),
        sampler("Optuna's GPSampler; TPE where this Optuna cannot run it.", [
          'gp_sampler = getattr(optuna.samplers, "GPSampler", None)',
          'missing = [name for name in ("torch", "scipy") if importlib.util.find_spec(name) is None]',
          'if gp_sampler is None or missing:',
          '    reason = (',
          '        f"Optuna {optuna.__version__} has no GPSampler (it came in 3.6)"',
          '        if gp_sampler is None',
          '        else f"GPSampler needs {\' and \'.join(missing)}, which cannot be imported"',
          '    )',
          '    print(f"{reason}: falling back to TPESampler.", file=sys.stderr, flush=True)',
          '    return tpe_sampler()',
          'return gp_sampler(seed=SAMPLER_SEED, n_startup_trials=STARTUP_TRIALS)',
        ]),
      ];
  }
}

function prunerFunction(ctx: Context): string[] {
  const { pruner } = ctx.spec.search;
  const n = (value: number) => pythonNumber(value);
  const body: Record<typeof pruner.kind, string[]> = {
    none: ['return optuna.pruners.NopPruner()'],
    median: [
      `return optuna.pruners.MedianPruner(n_startup_trials=${n(pruner.startupTrials)}, n_warmup_steps=${n(pruner.warmupSteps)})`,
    ],
    asha: [
      ...((pruner.rungValue ?? 'last') === 'best'
        ? [
            '# The app ranks a trial at a rung by its best value so far; Optuna ranks it by its',
            '# value at the rung.',
          ]
        : []),
      'return optuna.pruners.SuccessiveHalvingPruner(',
      `    min_resource=${n(pruner.minResource)}, reduction_factor=${n(pruner.reductionFactor)}`,
      ')',
    ],
    hyperband: [
      'return optuna.pruners.HyperbandPruner(',
      `    min_resource=${n(pruner.minResource)},`,
      `    max_resource=${n(maxSearchEpochs(ctx.spec))},`,
      `    reduction_factor=${n(pruner.reductionFactor)},`,
      ')',
    ],
  };
  return [
    'def make_pruner():',
    '    """The app\'s pruner, with its settings; steps are epochs (from 0)."""',
    ...indent(body[pruner.kind]),
  ];
}

function storageFunction(): string[] {
  return [
    'def open_storage(storage):',
    '    """--storage as Optuna takes it.',
    '',
    '    None keeps the study in memory; journal:PATH is a journal file that processes on one',
    '    machine share; anything else is an SQLAlchemy URL (postgresql://user:password@host/db).',
    '    """',
    '    if storage is None or not storage.startswith("journal:"):',
    '        return storage',
    '    try:',
    '        from optuna.storages.journal import JournalFileBackend  # Optuna 4',
    '    except ImportError:',
    '        from optuna.storages import JournalFileStorage as JournalFileBackend  # Optuna 3',
    '    return optuna.storages.JournalStorage(JournalFileBackend(storage[len("journal:") :]))',
  ];
}

function reportFunction(): string[] {
  return [
    'def report_best(study):',
    '    """Prints the best trial so far: its number, value, parameters and test metrics."""',
    '    complete = study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.COMPLETE,))',
    '    if not complete:',
    '        print("No trial has completed.")',
    '        return',
    '    best = study.best_trial',
    '    print(f"Best trial: {best.number}, {OBJECTIVE} {best.value:.6g}")',
    '    print(f"Parameters: {json.dumps(best.params)}")',
    '    if best.user_attrs:',
    '        print(f"Test: {json.dumps(best.user_attrs)}")',
  ];
}
