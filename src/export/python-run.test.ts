import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/types';
import { switchDataset } from '../experiment/adapt';
import { specDatasetInfo } from '../experiment/dataset-info';
import { DEFAULT_SPEC } from '../experiment/defaults';
import type { ExperimentSpec, LrScheduleKind } from '../experiment/experiment';
import { LR_SCHEDULES } from '../experiment/experiment';
import { LAYER_CATALOG } from '../experiment/layer-catalog';
import type { LayerSpec, LayerType } from '../experiment/layers';
import { learningRateAt } from '../experiment/lr-schedule';
import type { PreparedData } from '../experiment/prepare';
import { prepareExperimentData } from '../experiment/prepare';
import { SMALL_CONVNET, withMnistConvnet } from '../experiment/presets';
import type {
  ParamValue,
  PrunerKind,
  SearchParamSpec,
  SearchSpec,
  SearchStrategy,
} from '../experiment/search-schema';
import { PRUNER_KINDS, SEARCH_STRATEGIES } from '../experiment/search-schema';
import { searchIssues } from '../experiment/search-targets';
import { validateSpec } from '../experiment/validate';
import { gridSize } from '../search/grid-sampler';
import { buildSearchSpace, containsValue } from '../search/space';
import type { PythonParam } from './python-params';
import { pythonParams } from './python-params';
import { dataNpz } from './python-project';
import { pythonScript } from './python-script';

/**
 * Runs the generated experiment.py with a real Python: py_compile for every kind of script,
 * `--dry-run` with Optuna for every sampler and pruner, two processes sharing a journal file,
 * and the training path against a stand-in Keras 3 (Keras itself is not installed here).
 */

const INSTALL =
  'Install python3-optuna python3-sklearn python3-numpy (apt-get install python3-optuna python3-sklearn python3-numpy), or point PYTHON at a Python that has optuna, numpy and scikit-learn.';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

const PROCESS_TIMEOUT_MS = 60_000;

/** Runs a command; never rejects, so a failure shows its output. */
function exec(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      command,
      [...args],
      {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        timeout: PROCESS_TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr || (error?.message ?? '')) });
      },
    );
  });
}

/** At most two Python processes at once (the machine has two cores). */
const MAX_PROCESSES = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(task: () => Promise<T>): Promise<T> {
  while (running >= MAX_PROCESSES) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The first of $PYTHON, python3 and /usr/bin/python3 that imports optuna, numpy and sklearn. */
async function findPython(): Promise<{ python: string } | { problem: string }> {
  const candidates = [...new Set([process.env.PYTHON, 'python3', '/usr/bin/python3'])].filter(
    (c): c is string => typeof c === 'string' && c !== '',
  );
  const tried: string[] = [];
  for (const python of candidates) {
    const result = await exec(python, ['-c', 'import optuna, numpy, sklearn']);
    if (result.code === 0) return { python };
    const reason = result.stderr.trim().split('\n').at(-1) ?? `exit ${result.code}`;
    tried.push(`${python} (${reason})`);
  }
  return {
    problem: `No Python here can import optuna, numpy and sklearn; tried ${tried.join(', ')}. ${INSTALL}`,
  };
}

const pythonFound = findPython();

/** The interpreter, or a failure (never a skip) saying what to install. */
async function python(): Promise<string> {
  const found = await pythonFound;
  if ('problem' in found) throw new Error(found.problem);
  return found.python;
}

const root = mkdtempSync(join(tmpdir(), 'traintab-python-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

/** Writes a script (and, for training, its data and the stand-in Keras) into a fresh folder. */
function writeScript(code: string, name = 'experiment.py'): { dir: string; file: string } {
  const dir = join(root, `run-${folders++}`);
  mkdirSync(dir);
  const file = join(dir, name);
  writeFileSync(file, code);
  return { dir, file };
}

async function runScript(
  file: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<Result> {
  const py = await python();
  return limited(() => exec(py, [file, ...args], { cwd: root, env }));
}

// ---------------------------------------------------------------------------------------------
// Specs: every strategy, pruner, cv, layer type, schedule and early stopping setting.

const param = (
  target: string,
  distribution: SearchParamSpec['distribution'],
  condition: SearchParamSpec['condition'] = null,
  gridPoints = 2,
): SearchParamSpec => ({ target, distribution, gridPoints, condition });

/** A float (log), an int with a step, a categorical and a parameter conditional on it. */
const SEARCH_PARAMS: SearchParamSpec[] = [
  param('training.learningRate', { type: 'float', low: 0.001, high: 0.1, log: true }),
  param('training.batchSize', { type: 'int', low: 8, high: 64, step: 8, log: false }),
  param('training.optimizer', { type: 'categorical', choices: ['adam', 'sgd'] }),
  param(
    'model.layers.1.units',
    { type: 'int', low: 2, high: 16, step: 2, log: false },
    { param: 'training.optimizer', in: ['sgd'] },
  ),
];

function searchSpec(strategy: SearchStrategy, pruner: PrunerKind, cv = 1): ExperimentSpec {
  const search: SearchSpec = {
    ...DEFAULT_SPEC.search,
    strategy,
    cv,
    // Few start-up trials, so that TPE (and GP) model the rest of the 20 trials.
    startupTrials: 5,
    params: SEARCH_PARAMS,
    pruner: { ...DEFAULT_SPEC.search.pruner, kind: pruner },
  };
  return { ...DEFAULT_SPEC, search };
}

const dense = (units: number, activation: 'relu' | 'softmax' | 'linear' | 'sigmoid') =>
  ({ type: 'dense', units, activation, kernelL1: 0, kernelL2: 0 }) as const satisfies LayerSpec;

/** MNIST-shaped stacks with every image layer, and a sequence stack with every recurrent one. */
const STACKS: Record<string, { spec: ExperimentSpec; search: SearchParamSpec[] }> = {
  mlp: {
    spec: {
      ...DEFAULT_SPEC,
      model: {
        layers: [
          { type: 'dense', units: 8, activation: 'elu', kernelL1: 0.001, kernelL2: 0.01 },
          { type: 'dropout', rate: 0.2 },
          { type: 'batchNormalization' },
          dense(1, 'sigmoid'),
        ],
      },
    },
    search: [
      param('model.layers.0.kernelL2', { type: 'float', low: 1e-5, high: 0.1, log: true }),
      param('model.layers.1.rate', { type: 'float', low: 0, high: 0.5, log: false }),
      param('model.repeat.0-2', { type: 'int', low: 1, high: 3, step: 1, log: false }),
    ],
  },
  convnet: {
    spec: withMnistConvnet(DEFAULT_SPEC, 200),
    search: [
      param('model.layers.0.filters', { type: 'int', low: 4, high: 16, step: 4, log: false }),
      param('model.layers.0.kernelSize', { type: 'int', low: 3, high: 5, step: 2, log: false }),
      param('model.layers.1.poolSize', { type: 'categorical', choices: [2, 3] }),
    ],
  },
  images: {
    spec: {
      ...withMnistConvnet(DEFAULT_SPEC, 200),
      model: {
        layers: [
          { type: 'reshape', targetShape: [28, 28, 1] },
          SMALL_CONVNET[0]!,
          { type: 'batchNormalization' },
          { type: 'averagePooling2d', poolSize: 2, strides: 1, padding: 'same' },
          {
            type: 'conv2d',
            filters: 4,
            kernelSize: 3,
            strides: 2,
            padding: 'same',
            activation: 'swish',
            kernelL1: 0.0001,
            kernelL2: 0,
          },
          { type: 'maxPooling2d', poolSize: 3, strides: 2, padding: 'valid' },
          { type: 'dropout', rate: 0.3 },
          { type: 'globalAveragePooling2d' },
          dense(10, 'softmax'),
        ],
      },
    },
    search: [
      param('model.layers.4.strides', { type: 'categorical', choices: [1, 2] }),
      param('model.layers.4.padding', { type: 'categorical', choices: ['valid', 'same'] }),
      param('model.layers.4.activation', { type: 'categorical', choices: ['relu', 'swish'] }),
      param('model.layers.5.strides', { type: 'int', low: 1, high: 2, step: 1, log: false }),
    ],
  },
  sequence: {
    spec: {
      ...DEFAULT_SPEC,
      dataset: { ...DEFAULT_SPEC.dataset, name: 'sequence', numPoints: 200, standardize: true },
      model: {
        layers: [
          { type: 'simpleRNN', units: 8, activation: 'tanh', returnSequences: true },
          { type: 'lstm', units: 8, activation: 'tanh', returnSequences: true },
          { type: 'gru', units: 4, activation: 'relu', returnSequences: false },
          dense(1, 'linear'),
        ],
      },
      training: { ...DEFAULT_SPEC.training, loss: 'meanSquaredError' },
    },
    search: [
      param('model.layers.0.returnSequences', { type: 'categorical', choices: [true] }),
      param('model.layers.1.units', { type: 'int', low: 4, high: 32, step: 1, log: true }),
      param('model.layers.2.activation', { type: 'categorical', choices: ['tanh', 'relu'] }),
      param('model.repeat.1-1', { type: 'int', low: 1, high: 2, step: 1, log: false }),
    ],
  },
};

const withSearch = (spec: ExperimentSpec, params: SearchParamSpec[]): ExperimentSpec => ({
  ...spec,
  search: { ...spec.search, params, strategy: 'tpe', cv: 2, startupTrials: 2 },
});

const withTraining = (
  spec: ExperimentSpec,
  kind: LrScheduleKind,
  earlyStopping: boolean,
): ExperimentSpec => ({
  ...spec,
  training: {
    ...spec.training,
    schedule: { kind, factor: 0.5, everyEpochs: 3 },
    earlyStopping: { ...spec.training.earlyStopping, enabled: earlyStopping, patience: 3 },
  },
});

const scriptOf = (spec: ExperimentSpec, hasTest = false) =>
  pythonScript({ spec, info: specDatasetInfo(spec.dataset), hasTest });

function expectValid(spec: ExperimentSpec): void {
  const validation = validateSpec(spec);
  expect(validation.ok ? [] : validation.issues).toEqual([]);
  expect(searchIssues(spec)).toEqual([]);
}

describe('the specs these tests export', () => {
  it('are valid experiments with valid searches, and use every layer type', () => {
    const specs = [
      ...SEARCH_STRATEGIES.map((s) => searchSpec(s, 'median', 3)),
      ...Object.values(STACKS).flatMap(({ spec, search }) => [spec, withSearch(spec, search)]),
    ];
    specs.forEach(expectValid);
    const types = new Set(specs.flatMap((s) => s.model.layers.map((l) => l.type)));
    expect([...types].sort()).toEqual((Object.keys(LAYER_CATALOG) as LayerType[]).sort());
  });
});

// ---------------------------------------------------------------------------------------------

describe('experiment.py compiles', () => {
  it('for every strategy, pruner, cv, layer type, schedule and early stopping, with and without a search', async () => {
    const py = await python();
    const scripts = new Map<string, string>();
    for (const strategy of SEARCH_STRATEGIES)
      for (const pruner of PRUNER_KINDS)
        for (const cv of [1, 3])
          scripts.set(`${strategy}-${pruner}-cv${cv}`, scriptOf(searchSpec(strategy, pruner, cv)));
    for (const [name, { spec, search }] of Object.entries(STACKS)) {
      LR_SCHEDULES.forEach((kind, i) => {
        const early = i % 2 === 0;
        scripts.set(`${name}-${kind}`, scriptOf(withTraining(spec, kind, early), early));
        const searched = withTraining(withSearch(spec, search), kind, !early);
        scripts.set(`${name}-${kind}-search`, scriptOf(searched, !early));
      });
    }
    const files = [...scripts].map(([name, code]) => writeScript(code, `${name}.py`).file);
    const result = await limited(() => exec(py, ['-m', 'py_compile', ...files]));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 60_000);

  it('and py_compile does reject a broken script, so the check can fail', async () => {
    const py = await python();
    const { file } = writeScript('def main(:\n    pass\n');
    const result = await limited(() => exec(py, ['-m', 'py_compile', file]));
    expect(result.code).not.toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------

interface DryTrial {
  number: number;
  params: Record<string, ParamValue>;
}

const parseTrials = (stdout: string): DryTrial[] =>
  stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DryTrial);

interface StoredTrial {
  state: string;
  params: Record<string, ParamValue>;
  attrs: Record<string, unknown>;
}

/** Every study in a journal file, by name, with its trials, as Optuna itself reads them. */
async function journalStudies(path: string): Promise<Record<string, StoredTrial[]>> {
  const code = String.raw`
import json, sys, warnings
import optuna
warnings.simplefilter("ignore")
try:
    from optuna.storages.journal import JournalFileBackend
except ImportError:
    from optuna.storages import JournalFileStorage as JournalFileBackend
storage = optuna.storages.JournalStorage(JournalFileBackend(sys.argv[1]))
studies = {}
for summary in optuna.get_all_study_summaries(storage):
    study = optuna.load_study(study_name=summary.study_name, storage=storage)
    studies[summary.study_name] = [
        {"state": t.state.name, "params": t.params, "attrs": t.user_attrs} for t in study.trials
    ]
print(json.dumps(studies))
`;
  const result = await limited(async () => exec(await python(), ['-c', code, path]));
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, StoredTrial[]>;
}

/** Whether a printed trial is one the app's search could propose: values, conditions, grid. */
function checkTrial(trial: DryTrial, params: readonly PythonParam[], grid: boolean): void {
  const known = new Set(params.map((p) => p.name));
  for (const name of Object.keys(trial.params)) expect(known, name).toContain(name);
  for (const p of params) {
    const active =
      p.condition === null || p.condition.in.includes(trial.params[p.condition.param]!);
    expect(Object.hasOwn(trial.params, p.name), `${p.name} in trial ${trial.number}`).toBe(active);
    if (!active) continue;
    const value = trial.params[p.name]!;
    expect(containsValue(p.distribution, value), `${p.name} = ${value}`).toBe(true);
    if (grid) expect(p.grid, `${p.name} = ${value} on the grid`).toContain(value);
  }
}

/** Optuna's grid: the product of every parameter's values, conditional ones included. */
const optunaGridSize = (params: readonly PythonParam[]) =>
  params.reduce((size, p) => size * p.grid.length, 1);

describe('experiment.py --dry-run 20', () => {
  const cases = SEARCH_STRATEGIES.flatMap((strategy) =>
    PRUNER_KINDS.map((pruner) => [strategy, pruner] as const),
  );

  it('asks 20 trials (a grid its size) inside the search space, for every strategy and pruner', async () => {
    await python();
    const runs = await Promise.all(
      cases.map(async ([strategy, pruner]) => {
        const spec = searchSpec(strategy, pruner);
        const { file } = writeScript(scriptOf(spec));
        return { strategy, pruner, spec, result: await runScript(file, ['--dry-run', '20']) };
      }),
    );
    for (const { strategy, pruner, spec, result } of runs) {
      const label = `${strategy} / ${pruner}: ${result.stderr}`;
      expect(result.code, label).toBe(0);
      const params = pythonParams(spec);
      const trials = parseTrials(result.stdout);
      const expected = strategy === 'grid' ? Math.min(20, optunaGridSize(params)) : 20;
      expect(optunaGridSize(params), 'the grid runs out before 20').toBeLessThan(20);
      expect(
        trials.map((t) => t.number),
        label,
      ).toEqual(Array.from({ length: expected }, (_, i) => i));
      for (const trial of trials) checkTrial(trial, params, strategy === 'grid');
      // Both branches of the condition are visited.
      expect(
        trials.some((t) => t.params.optimizer === 'sgd'),
        label,
      ).toBe(true);
      expect(
        trials.some((t) => t.params.optimizer === 'adam'),
        label,
      ).toBe(true);
    }
  }, 120_000);

  it('shares one study between two processes through a journal file: 20 trials, no duplicate', async () => {
    await python();
    const { dir, file } = writeScript(scriptOf(searchSpec('tpe', 'median')));
    const args = ['--dry-run', '10', '--storage', `journal:${join(dir, 'j.log')}`];
    const [a, b] = await Promise.all([
      runScript(file, [...args, '--study-name', 's']),
      runScript(file, [...args, '--study-name', 's']),
    ]);
    expect(a!.code, a!.stderr).toBe(0);
    expect(b!.code, b!.stderr).toBe(0);
    const numbers = [...parseTrials(a!.stdout), ...parseTrials(b!.stdout)].map((t) => t.number);
    expect(numbers).toHaveLength(20);
    expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // An explicit --study-name is kept as it is, dry run or not.
    expect(Object.keys(await journalStudies(join(dir, 'j.log')))).toEqual(['s']);
  }, 60_000);

  it('writes a dry run to a study of its own, every trial marked dry_run, and says which', async () => {
    await python();
    const spec = searchSpec('tpe', 'median');
    const { dir, file } = writeScript(scriptOf(spec));
    const journal = join(dir, 'dry.log');
    const result = await runScript(file, ['--dry-run', '6', '--storage', `journal:${journal}`]);
    expect(result.code, result.stderr).toBe(0);
    expect(parseTrials(result.stdout)).toHaveLength(6);
    const name = `traintab-${spec.search.seed}-dry-run`;
    expect(result.stderr).toContain(
      `Dry run: 6 trials, marked dry_run=True, written to the study '${name}' of --storage.`,
    );
    const studies = await journalStudies(journal);
    // Not traintab-<seed>, the study a real run joins.
    expect(Object.keys(studies)).toEqual([name]);
    expect(studies[name]).toHaveLength(6);
    for (const trial of studies[name]!) {
      expect(trial.state).toBe('COMPLETE');
      expect(trial.attrs).toEqual({ dry_run: true });
    }
    // In memory there is nothing to say.
    const inMemory = await runScript(file, ['--dry-run', '2']);
    expect(inMemory.code, inMemory.stderr).toBe(0);
    expect(inMemory.stderr).not.toContain('Dry run:');
  }, 60_000);

  it('falls back from GP to TPE on an Optuna without GPSampler, says so on stderr, and runs', async () => {
    const py = await python();
    const probe = await exec(py, [
      '-c',
      'import importlib.util, optuna; print(hasattr(optuna.samplers, "GPSampler") and all(importlib.util.find_spec(m) for m in ("torch", "scipy")))',
    ]);
    const gpRuns = probe.stdout.trim() === 'True';
    const { file } = writeScript(scriptOf(searchSpec('gp', 'none')));
    const result = await runScript(file, ['--dry-run', '8']);
    expect(result.code, result.stderr).toBe(0);
    expect(parseTrials(result.stdout)).toHaveLength(8);
    if (gpRuns) expect(result.stderr).not.toContain('falling back');
    else expect(result.stderr).toMatch(/GPSampler.*falling back to TPESampler/);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// The training path, against a stand-in for Keras 3.

/**
 * Stands in for Keras 3 in these tests: every class and method experiment.py calls, with
 * Keras 3's own parameter names (a misspelt or unknown argument raises TypeError) and a few of
 * its checks (positive int units, a float learning rate); fit makes up its metrics: a U-shaped
 * validation loss, or the one FAKE_KERAS_VAL_LOSS lists per epoch. What it is asked to do is
 * written to FAKE_KERAS_EVENTS, one JSON line per call.
 */
const FAKE_KERAS = String.raw`
import inspect
import json
import os
import types

import numpy as np

_P = inspect.Parameter
_LAYER_KWARGS = ("activity_regularizer", "trainable", "dtype", "autocast", "name")
_ACTIVATIONS = {"linear", "relu", "sigmoid", "tanh", "softmax", "elu", "selu", "softplus", "swish"}


def _event(**event):
    path = os.environ.get("FAKE_KERAS_EVENTS")
    if path:
        with open(path, "a") as f:
            f.write(json.dumps(event) + "\n")


def _signature(names, required, layer):
    params = [
        _P(n, _P.POSITIONAL_OR_KEYWORD, default=_P.empty if n in required else None)
        for n in names
    ]
    if layer:
        params += [_P(n, _P.KEYWORD_ONLY, default=None) for n in _LAYER_KWARGS if n not in names]
    return inspect.Signature(params)


def _class(name, names, required=(), layer=True, check=None):
    signature = _signature(names, required, layer)

    def __init__(self, *args, **kwargs):
        self.config = signature.bind(*args, **kwargs).arguments
        if check:
            check(self.config)
        _event(kind="layer" if layer else "object", type=name, config=repr(self.config))

    return type(name, (), {"__init__": __init__})


def _units(config):
    assert isinstance(config["units"], int) and config["units"] > 0, config
    _common(config)


def _common(config):
    assert config.get("activation") in (None, *_ACTIVATIONS), config
    assert config.get("padding") in (None, "valid", "same"), config
    for name in ("kernel_size", "strides", "pool_size"):
        value = config.get(name)
        assert value is None or all(isinstance(v, int) and v > 0 for v in value), config


def _conv(config):
    assert isinstance(config["filters"], int) and config["filters"] > 0, config
    _common(config)


def _rate(config):
    assert isinstance(config["rate"], (int, float)) and 0 <= config["rate"] <= 1, config


def _penalties(config):
    for name in ("l1", "l2"):
        value = config.get(name)
        assert value is None or (isinstance(value, (int, float)) and value >= 0), config


_RNN = ["units", "activation", "recurrent_activation", "use_bias", "kernel_initializer", "recurrent_initializer", "bias_initializer"]
_RNN_REST = ["kernel_regularizer", "recurrent_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint", "recurrent_constraint", "bias_constraint", "dropout", "recurrent_dropout", "seed", "return_sequences", "return_state", "go_backwards", "stateful", "unroll"]
layers = types.SimpleNamespace(
    Dense=_class("Dense", ["units", "activation", "use_bias", "kernel_initializer", "bias_initializer", "kernel_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint", "bias_constraint", "lora_rank", "lora_alpha", "quantization_config"], ["units"], check=_units),
    Dropout=_class("Dropout", ["rate", "noise_shape", "seed"], ["rate"], check=_rate),
    BatchNormalization=_class("BatchNormalization", ["axis", "momentum", "epsilon", "center", "scale", "beta_initializer", "gamma_initializer", "moving_mean_initializer", "moving_variance_initializer", "beta_regularizer", "gamma_regularizer", "beta_constraint", "gamma_constraint", "renorm", "renorm_clipping", "renorm_momentum", "synchronized"]),
    Flatten=_class("Flatten", ["data_format"]),
    Reshape=_class("Reshape", ["target_shape"], ["target_shape"]),
    Conv2D=_class("Conv2D", ["filters", "kernel_size", "strides", "padding", "data_format", "dilation_rate", "groups", "activation", "use_bias", "kernel_initializer", "bias_initializer", "kernel_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint", "bias_constraint"], ["filters", "kernel_size"], check=_conv),
    MaxPooling2D=_class("MaxPooling2D", ["pool_size", "strides", "padding", "data_format", "name"], check=_common),
    AveragePooling2D=_class("AveragePooling2D", ["pool_size", "strides", "padding", "data_format", "name"], check=_common),
    GlobalAveragePooling2D=_class("GlobalAveragePooling2D", ["data_format", "keepdims"]),
    SimpleRNN=_class("SimpleRNN", ["units", "activation", "use_bias", "kernel_initializer", "recurrent_initializer", "bias_initializer", "kernel_regularizer", "recurrent_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint", "recurrent_constraint", "bias_constraint", "dropout", "recurrent_dropout", "return_sequences", "return_state", "go_backwards", "stateful", "unroll", "seed"], ["units"], check=_units),
    LSTM=_class("LSTM", [*_RNN, "unit_forget_bias", *_RNN_REST, "use_cudnn"], ["units"], check=_units),
    GRU=_class("GRU", [*_RNN, *_RNN_REST, "reset_after", "use_cudnn"], ["units"], check=_units),
)
regularizers = types.SimpleNamespace(L1L2=_class("L1L2", ["l1", "l2"], layer=False, check=_penalties))
losses = types.SimpleNamespace(Huber=_class("Huber", ["delta", "reduction", "name", "dtype"], layer=False))
_OPTIMIZER = ["weight_decay", "clipnorm", "clipvalue", "global_clipnorm", "use_ema", "ema_momentum", "ema_overwrite_frequency", "loss_scale_factor", "gradient_accumulation_steps", "name"]


def _optimizer(name, own):
    signature = _signature(["learning_rate", *own, *_OPTIMIZER], (), False)

    def __init__(self, *args, **kwargs):
        config = signature.bind(*args, **kwargs).arguments
        # Keras 3 takes nothing but a float learning rate.
        assert isinstance(config["learning_rate"], float), config
        self._rate = config["learning_rate"]
        _event(kind="optimizer", type=name, config=repr(config))

    def set_rate(self, value):
        assert isinstance(value, float), value
        self._rate = value

    rate = property(lambda self: self._rate, set_rate)
    return type(name, (), {"__init__": __init__, "learning_rate": rate})


optimizers = types.SimpleNamespace(
    SGD=_optimizer("SGD", ["momentum", "nesterov"]),
    Adam=_optimizer("Adam", ["beta_1", "beta_2", "epsilon", "amsgrad"]),
    RMSprop=_optimizer("RMSprop", ["rho", "momentum", "epsilon", "centered"]),
    Adagrad=_optimizer("Adagrad", ["initial_accumulator_value", "epsilon"]),
    Adadelta=_optimizer("Adadelta", ["rho", "epsilon"]),
    Adamax=_optimizer("Adamax", ["beta_1", "beta_2", "epsilon"]),
)
_INPUT = _signature(["shape", "batch_size", "dtype", "sparse", "ragged", "batch_shape", "name", "tensor", "optional"], (), False)
_COMPILE = _signature(["optimizer", "loss", "loss_weights", "metrics", "weighted_metrics", "run_eagerly", "steps_per_execution", "jit_compile", "auto_scale_loss"], (), False)
_FIT = _signature(["x", "y", "batch_size", "epochs", "verbose", "callbacks", "validation_split", "validation_data", "shuffle", "class_weight", "sample_weight", "initial_epoch", "steps_per_epoch", "validation_steps", "validation_batch_size", "validation_freq"], (), False)
_EVALUATE = _signature(["x", "y", "batch_size", "verbose", "sample_weight", "steps", "callbacks", "return_dict"], (), False)


def Input(*args, **kwargs):
    shape = _INPUT.bind(*args, **kwargs).arguments["shape"]
    assert isinstance(shape, tuple) and all(isinstance(d, int) for d in shape), shape
    return ("input", shape)


def _set_random_seed(seed):
    assert isinstance(seed, int), seed
    _event(kind="seed", seed=seed)


utils = types.SimpleNamespace(set_random_seed=_set_random_seed)
ops = types.SimpleNamespace(convert_to_numpy=np.asarray)
backend = types.SimpleNamespace(clear_session=lambda free_memory=True: _event(kind="clear"))


class _History:
    def __init__(self, history):
        self.history = history


class Sequential:
    def __init__(self, layers=None, trainable=True, name=None):
        self.layers = []
        self.weights = -1

    def add(self, layer, rebuild=True):
        self.layers.append(layer)

    def compile(self, *args, **kwargs):
        config = _COMPILE.bind(*args, **kwargs).arguments
        self.optimizer = config["optimizer"]
        self.metrics = config["metrics"]
        assert isinstance(config["loss"], str) or type(config["loss"]).__name__ == "Huber"
        _event(kind="compile", layers=len(self.layers) - 1, metrics=self.metrics)

    def _val_loss(self, epoch):
        listed = os.environ.get("FAKE_KERAS_VAL_LOSS")
        if listed:
            values = [float(v) for v in listed.split(",")]
            return values[min(epoch, len(values) - 1)]
        # A U-shaped curve whose bottom moves with the learning rate and the model's size.
        bottom = 2 + (len(self.layers) + int(1000 * self.optimizer.learning_rate)) % 5
        return 0.3 + 0.01 * (epoch - bottom) ** 2

    def fit(self, *args, **kwargs):
        config = _FIT.bind(*args, **kwargs).arguments
        x, y, (x_val, y_val) = config["x"], config["y"], config["validation_data"]
        epoch = config["initial_epoch"]
        assert config["epochs"] == epoch + 1 and config["shuffle"] is True, config
        assert isinstance(config["batch_size"], int) and config["batch_size"] > 0, config
        assert x.dtype == np.float32 and len(x) == len(y) and len(x_val) == len(y_val)
        flat = x.reshape(len(x), -1)
        _event(kind="fit", epoch=epoch, learning_rate=self.optimizer.learning_rate, batch_size=config["batch_size"], rows=len(x), val_rows=len(x_val), mean=float(np.abs(flat.mean(axis=0)).max()), std=float(np.abs(flat.std(axis=0) - 1).max()))
        self.weights = epoch
        loss, val_loss = 1 / (1 + epoch), self._val_loss(epoch)
        history = {"loss": [loss], "val_loss": [val_loss]}
        for metric in self.metrics:
            history[metric] = [1 - loss / 2]
            history["val_" + metric] = [1 - val_loss / 2]
        return _History(history)

    def evaluate(self, *args, **kwargs):
        config = _EVALUATE.bind(*args, **kwargs).arguments
        assert config["return_dict"] is True and len(config["x"]) == len(config["y"])
        return {"loss": np.float32(0.5), **{m: np.float32(0.75) for m in self.metrics}}

    @property
    def losses(self):
        # Each penalised layer's penalty, 0.01 here.
        return [0.01 for layer in self.layers if getattr(layer, "config", {}).get("kernel_regularizer")]

    def get_weights(self):
        return [np.array([self.weights])]

    def set_weights(self, weights):
        self.weights = int(weights[0][0])
        _event(kind="restore", epoch=self.weights)
`;

/** Writes data.npz of the right shapes beside a script: x float32, y as the task needs. */
async function writeData(dir: string, spec: ExperimentSpec, hasTest: boolean): Promise<void> {
  const { task, inputShape, outputSize } = specDatasetInfo(spec.dataset);
  const code = String.raw`
import sys
import numpy as np
dir, task, shape, classes, test = sys.argv[1], sys.argv[2], tuple(int(d) for d in sys.argv[3].split("x")), int(sys.argv[4]), sys.argv[5] == "1"
rng = np.random.default_rng(7)
def part(n):
    x = (rng.normal(size=(n, *shape)) * 3 + 5).astype(np.float32)
    if task == "multiclass":
        y = rng.integers(0, classes, size=n).astype(np.int32)
    else:
        y = (rng.random((n, 1)) < 0.5).astype(np.float32) if task == "binary" else rng.normal(size=(n, 1)).astype(np.float32)
    return x, y
parts = {}
for name, n in (("train", 60), ("val", 24), *((("test", 16),) if test else ())):
    parts["x_" + name], parts["y_" + name] = part(n)
np.savez(dir + "/data.npz", **parts)
`;
  const args = [dir, task, inputShape.join('x'), String(outputSize), hasTest ? '1' : '0'];
  const result = await limited(async () => exec(await python(), ['-c', code, ...args]));
  expect(result.code, result.stderr).toBe(0);
}

interface FakeRun {
  result: Result;
  events: Record<string, unknown>[];
  /** Runs the same script again, with the same stand-in. */
  rerun(args: readonly string[]): Promise<Result>;
}

/** Writes the script, its data and the stand-in Keras, and runs it. */
async function train(
  spec: ExperimentSpec,
  args: readonly string[],
  { hasTest = false, valLoss }: { hasTest?: boolean; valLoss?: readonly number[] } = {},
): Promise<FakeRun> {
  const { dir, file } = writeScript(scriptOf(spec, hasTest));
  await writeData(dir, spec, hasTest);
  mkdirSync(join(dir, 'keras'));
  writeFileSync(join(dir, 'keras', '__init__.py'), FAKE_KERAS);
  const events = join(dir, 'events.jsonl');
  const env = {
    PYTHONPATH: dir,
    FAKE_KERAS_EVENTS: events,
    ...(valLoss ? { FAKE_KERAS_VAL_LOSS: valLoss.join(',') } : {}),
  };
  const result = await runScript(file, args, env);
  let lines: string[] = [];
  try {
    lines = readFileSync(events, 'utf8').split('\n');
  } catch {
    // No event: the script failed before Keras; result says why.
  }
  const parsed = lines.filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  return { result, events: parsed, rerun: (again) => runScript(file, again, env) };
}

const ofKind = (events: FakeRun['events'], kind: string) => events.filter((e) => e.kind === kind);

describe('experiment.py trains (with a stand-in for Keras 3)', () => {
  it('builds every layer type with Keras 3 argument names, with and without a search', async () => {
    const runs = await Promise.all(
      Object.entries(STACKS).flatMap(([name, { spec, search }]) => {
        const short = { ...spec, training: { ...spec.training, epochs: 2 } };
        return [
          train(short, []).then((run) => ({ name, run })),
          train(withSearch(short, search), ['--n-trials', '3']).then((run) => ({
            name: `${name} searched`,
            run,
          })),
        ];
      }),
    );
    for (const { name, run } of runs) {
      expect(run.result.code, `${name}: ${run.result.stderr}`).toBe(0);
      expect(ofKind(run.events, 'fit').length, name).toBeGreaterThan(0);
    }
    const built = new Set(
      runs.flatMap(({ run }) => ofKind(run.events, 'layer').map((e) => e.type as string)),
    );
    expect(built.size).toBe(Object.keys(LAYER_CATALOG).length);
  }, 120_000);

  it.each(LR_SCHEDULES)(
    'follows the %s learning-rate schedule of the app, epoch by epoch',
    async (kind) => {
      const scheduled = withTraining(DEFAULT_SPEC, kind, false);
      const spec = {
        ...scheduled,
        training: { ...scheduled.training, epochs: 8, learningRate: 0.04 },
      };
      const { result, events } = await train(spec, []);
      expect(result.code, result.stderr).toBe(0);
      const rates = ofKind(events, 'fit').map((e) => e.learning_rate as number);
      const expected = Array.from({ length: 8 }, (_, e) =>
        learningRateAt(spec.training.schedule, 0.04, e, 8),
      );
      expect(rates).toHaveLength(8);
      rates.forEach((rate, e) => expect(rate).toBeCloseTo(expected[e]!, 12));
      expect(result.stdout).toContain('epoch 8/8:');
    },
    30_000,
  );

  it('stops early and restores the best weights as the app does, then tests', async () => {
    const spec: ExperimentSpec = {
      ...DEFAULT_SPEC,
      training: {
        ...DEFAULT_SPEC.training,
        epochs: 20,
        earlyStopping: { enabled: true, patience: 3, minDelta: 0.05, restoreBestWeights: true },
      },
    };
    // Epoch 2 improves by more than minDelta; 3 (too little), 4 and 5 do not: stop after 5.
    const { result, events } = await train(spec, [], {
      hasTest: true,
      valLoss: [1, 0.8, 0.79, 0.85, 0.9, 0.1],
    });
    expect(result.code, result.stderr).toBe(0);
    expect(ofKind(events, 'fit')).toHaveLength(5);
    expect(ofKind(events, 'restore')).toEqual([{ kind: 'restore', epoch: 1 }]);
    expect(result.stdout).toContain('Best validation loss: 0.79');
    expect(result.stdout).toContain('Test: {"test_loss": 0.5, "test_accuracy": 0.75}');
  }, 30_000);

  it('takes the L1/L2 penalties off the validation and test losses, as the app reports them', async () => {
    const spec: ExperimentSpec = {
      ...DEFAULT_SPEC,
      model: {
        layers: [
          { type: 'dense', units: 8, activation: 'relu', kernelL1: 0, kernelL2: 0.001 },
          dense(1, 'sigmoid'),
        ],
      },
      training: { ...DEFAULT_SPEC.training, epochs: 2 },
    };
    const { result } = await train(spec, [], { hasTest: true, valLoss: [0.5, 0.4] });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Best validation loss: 0.39\n');
    expect(result.stdout).toContain('Test: {"test_loss": 0.49, "test_accuracy": 0.75}');
  }, 30_000);

  it('ends a single run whose loss is no longer finite with an error', async () => {
    const { result, events } = await train(DEFAULT_SPEC, [], { valLoss: [0.5, Number.NaN] });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('stopped being finite at epoch 2');
    expect(ofKind(events, 'fit')).toHaveLength(2);
  }, 30_000);

  it('runs a cross-validated search: folds in lockstep, re-standardised, pruned, NaN failed', async () => {
    const spec: ExperimentSpec = {
      ...searchSpec('random', 'median', 3),
      dataset: { ...DEFAULT_SPEC.dataset, standardize: true },
      training: { ...DEFAULT_SPEC.training, epochs: 6 },
    };
    const args = ['--n-trials', '4', '--storage', `journal:${join(root, 'cv-search.log')}`];
    const { result, events, rerun } = await train(spec, args, { hasTest: true });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Best trial: \d+, val_loss 0\.3\d*$/m);
    const fits = ofKind(events, 'fit');
    // 84 pooled rows in 3 folds: 56 to train on and 28 to validate, standardised per fold.
    for (const fit of fits) {
      expect(fit.rows).toBe(56);
      expect(fit.val_rows).toBe(28);
      expect(fit.mean as number).toBeLessThan(1e-5);
      expect(fit.std as number).toBeLessThan(1e-4);
    }
    expect(fits.length % 3).toBe(0);
    // No test with cross-validation: no single model to test.
    expect(result.stdout).not.toContain('Test:');
    // Running again joins the study, which has all its trials already.
    const again = await rerun(args);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('The study already has 4 trials');
    expect(again.stdout).toMatch(/^Best trial: /m);
  }, 60_000);

  it('records test metrics on each trial and a diverged trial as failed', async () => {
    const spec: ExperimentSpec = {
      ...searchSpec('tpe', 'none'),
      training: { ...DEFAULT_SPEC.training, epochs: 3 },
    };
    const { result } = await train(spec, ['--n-trials', '2'], {
      hasTest: true,
      valLoss: [0.4, Number.NaN],
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Trial 0 failed/);
    expect(result.stdout).toContain('No trial has completed.');
    const done = await train(spec, ['--n-trials', '2'], { hasTest: true, valLoss: [0.4, 0.2] });
    expect(done.result.code, done.result.stderr).toBe(0);
    expect(done.result.stdout).toMatch(/^Best trial: \d, val_loss 0\.2$/m);
    expect(done.result.stdout).toContain('Test: {"test_loss": 0.5, "test_accuracy": 0.75}');
  }, 60_000);

  it("runs a grid search with a conditional parameter through every setting of the app's grid", async () => {
    // Optuna's grid: 2 × 2 × 2 × 2 = 16 points; the app's: 2 × 2 × (adam + 2 × sgd) = 12.
    const base = searchSpec('grid', 'none');
    const spec: ExperimentSpec = {
      ...base,
      search: { ...base.search, maxTrials: 12 },
      training: { ...DEFAULT_SPEC.training, epochs: 2 },
    };
    const appGrid = gridSize(buildSearchSpace(spec.search.params));
    expect(appGrid).toBe(12);
    const journal = join(root, 'grid-search.log');
    // No --n-trials: the script's N_TRIALS, maxTrials plus the 4 points Optuna has more.
    const { result } = await train(spec, ['--storage', `journal:${journal}`]);
    expect(result.code, result.stderr).toBe(0);
    const trials = (await journalStudies(journal))[`traintab-${spec.search.seed}`] ?? [];
    expect(trials).toHaveLength(16);
    const settings = new Set(trials.map((t) => JSON.stringify(Object.entries(t.params).sort())));
    expect(settings.size).toBe(appGrid);
  }, 60_000);

  it('prints the settings for --dry-run without a search, with no Keras at all', async () => {
    const { file } = writeScript(scriptOf(DEFAULT_SPEC));
    const result = await runScript(file, ['--dry-run', '1']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      learning_rate: 0.03,
      batch_size: 32,
      epochs: 100,
      optimizer: 'adam',
    });
  }, 30_000);
});

// ---------------------------------------------------------------------------------------------
// data.npz as the app writes it, read back by NumPy.

describe("NumPy reads the app's data.npz", () => {
  /** A stand-in for the MNIST asset: 120 images of 784 pixels in [0, 1], classes in turn. */
  function mnistLike(count = 120): Dataset {
    const features = Float32Array.from({ length: count * 784 }, (_, i) => ((i * 7919) % 256) / 255);
    const targets = Float32Array.from({ length: count }, (_, i) => i % 10);
    return { features, targets, count, featureCount: 784 };
  }

  interface ArrayFacts {
    dtype: string;
    shape: number[];
    sum: number;
    abs: number;
    first: number;
    last: number;
  }

  /** Each array of a part as the TypeScript side holds it. */
  function expectedArrays(data: PreparedData): Record<string, ArrayFacts> {
    const facts = (values: ArrayLike<number>, dtype: string, shape: number[]): ArrayFacts => {
      let sum = 0;
      let abs = 0;
      for (let i = 0; i < values.length; i++) {
        sum += values[i]!;
        abs += Math.abs(values[i]!);
      }
      return { dtype, shape, sum, abs, first: values[0]!, last: values[values.length - 1]! };
    };
    const parts = { train: data.train, val: data.validation, test: data.test };
    const out: Record<string, ArrayFacts> = {};
    for (const [name, set] of Object.entries(parts)) {
      if (!set) continue;
      out[`x_${name}`] = facts(set.features, 'float32', [set.count, ...data.info.inputShape]);
      out[`y_${name}`] = facts(set.targets, 'int32', [set.count]);
    }
    return out;
  }

  async function numpyFacts(bytes: Uint8Array, name: string): Promise<Record<string, ArrayFacts>> {
    const dir = join(root, `npz-${folders++}`);
    mkdirSync(dir);
    const file = join(dir, `${name}.npz`);
    writeFileSync(file, bytes);
    const code = String.raw`
import json, sys
import numpy as np
with np.load(sys.argv[1]) as npz:
    print(json.dumps({
        key: {
            "dtype": str(a.dtype),
            "shape": list(a.shape),
            "sum": float(a.sum(dtype=np.float64)),
            "abs": float(np.abs(a).sum(dtype=np.float64)),
            "first": float(a.flat[0]),
            "last": float(a.flat[-1]),
        }
        for key, a in ((key, npz[key]) for key in npz.files)
    }))
`;
    const result = await limited(async () => exec(await python(), ['-c', code, file]));
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as Record<string, ArrayFacts>;
  }

  const withTestSplit = (spec: ExperimentSpec): ExperimentSpec => ({
    ...spec,
    training: { ...spec.training, testSplit: 0.2 },
  });

  const cases: [string, ExperimentSpec, Dataset | null][] = [
    ['iris', withTestSplit(switchDataset(DEFAULT_SPEC, 'iris', null)), null],
    [
      'mnist',
      (() => {
        const mnist = withTestSplit(switchDataset(DEFAULT_SPEC, 'mnist', null));
        return { ...mnist, dataset: { ...mnist.dataset, numPoints: 100 } };
      })(),
      mnistLike(),
    ],
  ];

  it.each(cases)(
    '%s: every key with its dtype, shape and values',
    async (name, spec, external) => {
      expect(validateSpec(spec).ok).toBe(true);
      const data = prepareExperimentData(spec, external);
      expect(data.info.task).toBe('multiclass');
      expect(data.test).not.toBeNull();
      const expected = expectedArrays(data);
      const actual = await numpyFacts(dataNpz(data), name);
      expect(Object.keys(actual).sort()).toEqual(
        ['x_test', 'x_train', 'x_val', 'y_test', 'y_train', 'y_val'].sort(),
      );
      for (const [key, want] of Object.entries(expected)) {
        const got = actual[key]!;
        expect({ key, dtype: got.dtype, shape: got.shape }).toEqual({
          key,
          dtype: want.dtype,
          shape: want.shape,
        });
        // Relative to the values' size: a standardised x sums to about 0.
        const scale = Math.max(want.abs, 1);
        expect(Math.abs(got.sum - want.sum), `${key} sum`).toBeLessThanOrEqual(1e-3 * scale);
        expect(Math.abs(got.abs - want.abs), `${key} |sum|`).toBeLessThanOrEqual(1e-3 * scale);
        expect([got.first, got.last], `${key} first and last`).toEqual([want.first, want.last]);
      }
      if (name === 'mnist') {
        const rows = ['train', 'val', 'test'].map((part) => actual[`x_${part}`]!.shape[0]!);
        expect(rows.reduce((a, b) => a + b, 0)).toBe(100);
        expect(actual.x_train!.shape.slice(1)).toEqual([28, 28, 1]);
      }
    },
    30_000,
  );
});
