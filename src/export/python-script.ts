/* eslint-disable traintab/no-english-phrase -- Python code and its comments, shown as code in every language */
/**
 * experiment.py, a Keras 3 + Optuna script of an experiment: pythonScript() assembles it from its
 * parts. This file writes the docstring, the imports, the constants, the command line and main;
 * python-model.ts, python-training.ts and python-search.ts the functions between them.
 */
import type { Task } from '../data/types';
import type { ExperimentSpec } from '../experiment/experiment';
import {
  pythonBool,
  pythonNumber,
  pythonString,
  pythonTuple,
  pythonValue,
} from '../experiment/python-literals';
import type { ParamValue } from '../experiment/search-schema';
import { LAYER_FIELD, REPEAT } from '../experiment/search-targets';
import type { Context } from './python-context';
import type { Lines } from './python-literals';
import { modelFunctions } from './python-model';
import { pythonParams } from './python-params';
import { searchConstants, searchFunctions, suggestFunction } from './python-search';
import { trainingFunctions } from './python-training';

export interface PythonScriptInput {
  spec: ExperimentSpec;
  info: { task: Task; inputShape: readonly number[]; outputSize: number };
  /** Whether data.npz holds a test split (x_test, y_test). */
  hasTest: boolean;
}

/** The whole `experiment.py` for an experiment: deterministic, one string. */
export function pythonScript(input: PythonScriptInput): string {
  const params = pythonParams(input.spec);
  const search = params.length > 0;
  const cv = search ? input.spec.search.cv : 1;
  const ctx: Context = {
    spec: input.spec,
    task: input.info.task,
    inputShape: input.info.inputShape,
    outputSize: input.info.outputSize,
    params,
    search,
    cv,
    hasTest: input.hasTest,
    test: input.hasTest && cv === 1,
  };
  const blocks: Lines[] = [
    [...docstring(ctx), '', ...imports(ctx)],
    constants(ctx),
    ...(search ? [suggestFunction(ctx)] : []),
    ...modelFunctions(ctx),
    ...trainingFunctions(ctx),
    ...(search ? searchFunctions(ctx) : []),
    parseArgsFunction(ctx),
    search ? searchMain() : singleRunMain(ctx),
    ['if __name__ == "__main__":', '    main()'],
  ];
  return `${blocks.map((block) => block.join('\n')).join('\n\n\n')}\n`;
}

function docstring(ctx: Context): string[] {
  const files = `x_train, y_train, x_val, y_val${ctx.hasTest ? ', x_test, y_test' : ''}`;
  const head = ctx.search
    ? 'A TrainTab experiment and its hyperparameter search, in Keras 3 and Optuna.'
    : 'A TrainTab experiment, in Keras 3: the model and its training.';
  const usage = ctx.search
    ? [
        '    python experiment.py                                 # one process, the study in memory',
        '    python experiment.py --storage journal:study.log     # start several: one shared study',
        '    python experiment.py --storage postgresql://user:password@host/db  # many machines',
        "    python experiment.py --dry-run 20                    # 20 trials' parameters, no training",
      ]
    : [
        '    python experiment.py              # trains once and prints the metrics',
        '    python experiment.py --dry-run 1  # prints the settings, no training',
      ];
  const needs = ctx.search
    ? [
        'Needs keras 3 with a backend (tensorflow, jax or torch), optuna, numpy and scikit-learn;',
        '--dry-run needs optuna only.',
      ]
    : [
        `Needs keras 3 with a backend (tensorflow, jax or torch) and numpy${ctx.cv > 1 ? ', scikit-learn' : ''}.`,
      ];
  return [
    `"""${head}`,
    '',
    'Written by TrainTab. data.npz beside this file holds the data exactly as the app split and',
    `standardised it (${files}).`,
    '',
    'Run:',
    ...usage,
    '',
    ...needs,
    '"""',
  ];
}

function imports(ctx: Context): string[] {
  const gp = ctx.search && ctx.spec.search.strategy === 'gp';
  return [
    'import argparse',
    ...(gp ? ['import importlib.util'] : []),
    'import json',
    'import math',
    ...(ctx.search ? ['import random'] : []),
    ...(ctx.search ? ['import sys'] : []),
    ...(ctx.search ? ['import warnings'] : []),
    'from pathlib import Path',
    ...(ctx.search
      ? [
          '',
          'import optuna',
          '',
          '# Journal storage (3.x), multivariate TPE and GPSampler are experimental in some versions.',
          'warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)',
        ]
      : []),
  ];
}

/** The spec's own value of a searched target: what a trial keeps when the parameter is inactive. */
function specValue(spec: ExperimentSpec, target: string): ParamValue | undefined {
  if (REPEAT.test(target)) return 1;
  const field = LAYER_FIELD.exec(target);
  if (field) {
    const layer = spec.model.layers[Number(field[1])] as Record<string, unknown> | undefined;
    const value = layer?.[field[2] as string];
    return isParamValue(value) ? value : undefined;
  }
  return undefined;
}

const isParamValue = (value: unknown): value is ParamValue =>
  typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean';

function constants(ctx: Context): string[] {
  const { spec } = ctx;
  const { training } = spec;
  const early = training.earlyStopping;
  const values: [string, ParamValue][] = [
    ['learning_rate', training.learningRate],
    ['batch_size', training.batchSize],
    ['epochs', training.epochs],
    ['optimizer', training.optimizer],
    ...ctx.params.flatMap((p): [string, ParamValue][] => {
      const value = specValue(spec, p.target);
      return value === undefined ? [] : [[p.name, value]];
    }),
  ];
  return [
    '# The experiment as the app has it.',
    `DATASET = ${pythonString(spec.dataset.csv ? spec.dataset.csv.fileName : spec.dataset.name)}`,
    `TASK = ${pythonString(ctx.task)}  # ${ctx.outputSize} output${ctx.outputSize === 1 ? '' : 's'}`,
    `INPUT_SHAPE = ${pythonTuple(ctx.inputShape)}`,
    `SEED = ${pythonNumber(training.seed)}  # initial weights, dropout, shuffling and folds`,
    ...(ctx.cv > 1 ? [`CV = ${ctx.cv}  # folds of cross-validation`] : []),
    ...(early.enabled
      ? [
          '# Early stopping on the validation loss (the mean over folds).',
          `PATIENCE = ${pythonNumber(early.patience)}`,
          `MIN_DELTA = ${pythonNumber(early.minDelta)}`,
          `RESTORE_BEST_WEIGHTS = ${pythonBool(early.restoreBestWeights)}`,
        ]
      : []),
    ...(ctx.search ? searchConstants(ctx) : []),
    '',
    ctx.search
      ? "# The settings a trial may change, with the experiment's values: a parameter that is not\n# searched, or not active in a trial, keeps its value here."
      : '# The training settings.',
    'SPEC_VALUES = {',
    ...values.map(([name, value]) => `    ${pythonString(name)}: ${pythonValue(value)},`),
    '}',
  ];
}

function parseArgsFunction(ctx: Context): string[] {
  const searchOptions = [
    '    parser.add_argument(',
    '        "--storage",',
    '        help="none: in memory; journal:PATH: a journal file shared by processes on one machine;"',
    '        " an SQLAlchemy URL (postgresql://user:password@host/db): processes on many machines",',
    '    )',
    '    parser.add_argument(',
    '        "--study-name",',
    '        help=f"default {STUDY_NAME}; with --dry-run, {STUDY_NAME}-dry-run, so that a dry run\'s"',
    '        " made-up values stay out of the study a real run joins",',
    '    )',
    '    parser.add_argument(',
    '        "--n-trials",',
    '        type=int,',
    '        default=N_TRIALS,',
    '        help="trials in the study, counted over every process that shares it",',
    '    )',
    '    parser.add_argument(',
    '        "--timeout", type=float, default=TIMEOUT, help="seconds this process starts trials for"',
    '    )',
  ];
  const dryRunHelp = ctx.search
    ? 'ask N trials and print their parameters, without Keras or training'
    : 'print the settings and exit, without Keras or training';
  return [
    'def parse_args():',
    '    parser = argparse.ArgumentParser(',
    `        description=${pythonString(ctx.search ? 'Trains and searches a TrainTab experiment with Keras 3 and Optuna.' : 'Trains a TrainTab experiment with Keras 3.')}`,
    '    )',
    ...(ctx.search ? searchOptions : []),
    '    parser.add_argument(',
    '        "--dry-run",',
    '        type=int,',
    '        metavar="N",',
    `        help=${pythonString(dryRunHelp)},`,
    '    )',
    ...(ctx.search
      ? [
          '    args = parser.parse_args()',
          '    if args.study_name is None:',
          "        # A dry run's trials have made-up values: they go to a study of their own.",
          '        args.study_name = f"{STUDY_NAME}-dry-run" if args.dry_run is not None else STUDY_NAME',
          '    return args',
        ]
      : ['    return parser.parse_args()']),
  ];
}

function searchMain(): string[] {
  return [
    'def main():',
    '    args = parse_args()',
    '    if args.dry_run is not None:',
    '        optuna.logging.set_verbosity(optuna.logging.WARNING)',
    '    study = optuna.create_study(',
    '        study_name=args.study_name,',
    '        storage=open_storage(args.storage),',
    '        sampler=make_sampler(),',
    '        pruner=make_pruner(),',
    '        direction=DIRECTION,',
    '        load_if_exists=True,',
    '    )',
    '    if args.dry_run is not None:',
    '        dry_run(study, args.dry_run)',
    '        if args.storage is not None:',
    '            print(',
    '                f"Dry run: {args.dry_run} trials, marked dry_run=True, written to the study"',
    '                f" {args.study_name!r} of --storage.",',
    '                file=sys.stderr,',
    '                flush=True,',
    '            )',
    '        return',
    '    started = len(study.get_trials(deepcopy=False))',
    '    if started >= args.n_trials:',
    '        print(f"The study already has {started} trials (--n-trials {args.n_trials}).")',
    '    else:',
    '        data = load_data()',
    '        folds = make_folds(data)',
    '        study.optimize(',
    '            lambda trial: objective(trial, data, folds),',
    '            n_trials=args.n_trials,',
    '            timeout=args.timeout,',
    '            # --n-trials counts every trial of the study, whichever process ran it.',
    '            callbacks=[optuna.study.MaxTrialsCallback(args.n_trials, states=None)],',
    '        )',
    '    report_best(study)',
  ];
}

function singleRunMain(ctx: Context): string[] {
  return [
    'def main():',
    '    args = parse_args()',
    '    if args.dry_run is not None:',
    '        print(json.dumps(SPEC_VALUES), flush=True)',
    '        return',
    '    data = load_data()',
    '    result = train(SPEC_VALUES, make_folds(data), verbose=True)',
    '    history = result["history"]',
    '    if result["diverged"]:',
    '        raise SystemExit(f"The loss stopped being finite at epoch {len(history)}.")',
    '    print(f"Last epoch: {json.dumps(history[-1])}")',
    '    print(f"Best validation loss: {best_value(history):.6g}")',
    ...(ctx.test
      ? ['    print(f"Test: {json.dumps(evaluate_test(result[\'models\'][0], data))}")']
      : []),
  ];
}
