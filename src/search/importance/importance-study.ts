import { z } from '../../lib/zod';
import type { Direction } from '../../experiment/search-schema';
import type { Message, MessageParam } from '../../lib/message';
import { message } from '../../lib/message';
import type { SearchSpace, TrialRecord } from '../types';

/** What can be wrong with one part of a study: the text of its zod issue. */
const PROBLEMS = [
  'low-above-high',
  'log-low-positive',
  'log-no-step',
  'log-low-one',
  'log-step-one',
  'repeated',
  'no-distribution',
  'not-a-choice',
  'not-a-number',
  'not-whole',
  'out-of-range',
] as const;
type Problem = (typeof PROBLEMS)[number];
const isProblem = (text: string): text is Problem => (PROBLEMS as readonly string[]).includes(text);

/**
 * Why a study cannot be evaluated, as message codes: the UI's words for each are under
 * `importanceStudy` in the `dashboards` namespace (which must hold exactly these keys). The
 * study's problems form a list (`problem-list`: the first, then the rest), each a `problem`: where
 * in the study (`path`, or `study` for the whole) and what (`invalid` for a value of the wrong kind).
 */
export type ImportanceStudyMessageCode =
  'invalid-study' | 'problem-list' | 'problem' | 'study' | Problem | 'invalid';

export type ImportanceStudyMessage =
  Message<`dashboards:importanceStudy.${ImportanceStudyMessageCode}`>;

const studyMessage = (
  code: ImportanceStudyMessageCode,
  params?: Readonly<Record<string, MessageParam>>,
): ImportanceStudyMessage => message(`dashboards:importanceStudy.${code}` as const, params);

/**
 * A study importance evaluation cannot read; `reason` says why, for people. Its own message
 * names the problems by code and path, for a console or a test.
 */
export class ImportanceStudyError extends Error {
  constructor(
    readonly reason: ImportanceStudyMessage,
    described: string,
  ) {
    super(described);
    this.name = 'ImportanceStudyError';
  }
}

const choice = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export type ImportanceChoice = z.output<typeof choice>;

/** Optuna's FloatDistribution: `step` null (continuous) or the grid's spacing; no step on a log scale. */
const floatDistribution = z
  .object({
    type: z.literal('float'),
    low: z.number(),
    high: z.number(),
    log: z.boolean(),
    step: z.number().positive().nullable().default(null),
  })
  .refine((d) => d.low <= d.high, 'low-above-high' satisfies Problem)
  .refine((d) => !d.log || d.low > 0, 'log-low-positive' satisfies Problem)
  .refine((d) => !d.log || d.step === null, 'log-no-step' satisfies Problem);

/** Optuna's IntDistribution: a log scale needs low ≥ 1 and step 1. */
const intDistribution = z
  .object({
    type: z.literal('int'),
    low: z.number().int(),
    high: z.number().int(),
    log: z.boolean(),
    step: z.number().int().min(1).default(1),
  })
  .refine((d) => d.low <= d.high, 'low-above-high' satisfies Problem)
  .refine((d) => !d.log || d.low >= 1, 'log-low-one' satisfies Problem)
  .refine((d) => !d.log || d.step === 1, 'log-step-one' satisfies Problem);

const categoricalDistribution = z.object({
  type: z.literal('categorical'),
  choices: z.array(choice).min(1),
});

const distributionSchema = z.discriminatedUnion('type', [
  floatDistribution,
  intDistribution,
  categoricalDistribution,
]);
export type ImportanceDistribution = z.output<typeof distributionSchema>;

/** A number (±Infinity included: complete but unusable), NaN or null (not complete). */
const trialValue = z
  .union([z.number(), z.literal(Infinity), z.literal(-Infinity), z.nan()])
  .nullable();

const trialSchema = z.object({
  number: z.number().int().min(0),
  params: z.record(z.string(), choice),
  value: trialValue,
});

/** A study as importance evaluation reads it: Optuna's distributions and the trials' values. */
const importanceStudySchema = z
  .object({
    direction: z.enum(['minimize', 'maximize']),
    distributions: z.record(z.string(), distributionSchema),
    trials: z.array(trialSchema),
  })
  .superRefine((study, ctx) => {
    const numbers = new Set<number>();
    study.trials.forEach((trial, i) => {
      if (numbers.has(trial.number))
        ctx.addIssue({
          code: 'custom',
          path: ['trials', i, 'number'],
          message: 'repeated' satisfies Problem,
        });
      numbers.add(trial.number);
      for (const [name, value] of Object.entries(trial.params)) {
        const distribution = study.distributions[name];
        const problem =
          distribution === undefined ? 'no-distribution' : outside(distribution, value);
        if (problem !== null)
          ctx.addIssue({ code: 'custom', path: ['trials', i, 'params', name], message: problem });
      }
    });
  });

/** What `getParamImportances` accepts (`step` may be left out: null for floats, 1 for ints). */
export type ImportanceStudy = z.input<typeof importanceStudySchema>;
type ParsedImportanceStudy = z.output<typeof importanceStudySchema>;

function outside(distribution: ImportanceDistribution, value: ImportanceChoice): Problem | null {
  if (distribution.type === 'categorical')
    return distribution.choices.includes(value) ? null : 'not-a-choice';
  if (typeof value !== 'number') return 'not-a-number';
  if (distribution.type === 'int' && !Number.isInteger(value)) return 'not-whole';
  return value >= distribution.low && value <= distribution.high ? null : 'out-of-range';
}

/** The problems as one message: the first, then the rest as a list of their own. */
const problemList = (problems: readonly ImportanceStudyMessage[]): ImportanceStudyMessage => {
  const [first, ...rest] = problems;
  if (!first) return studyMessage('invalid');
  return rest.length === 0
    ? first
    : studyMessage('problem-list', { first, rest: problemList(rest) });
};

/**
 * Checks a study, throwing an ImportanceStudyError that names every problem. The study reaches
 * the importance worker from a saved or running search, so its problems are said to people.
 */
export function parseImportanceStudy(study: unknown): ParsedImportanceStudy {
  const parsed = importanceStudySchema.safeParse(study);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    // Our own checks name their problem; zod's (a wrong type, a missing field) are all `invalid`.
    const text = issue.message;
    const problem: Problem | 'invalid' =
      issue.code === 'custom' && isProblem(text) ? text : 'invalid';
    return { path: issue.path.join('.'), problem };
  });
  const reason = studyMessage('invalid-study', {
    problems: problemList(
      problems.map(({ path, problem }) =>
        studyMessage('problem', {
          path: path || studyMessage('study'),
          problem: studyMessage(problem),
        }),
      ),
    ),
  });
  const described = problems.map(({ path, problem }) => `${path || 'study'}: ${problem}`);
  throw new ImportanceStudyError(reason, `invalid-study: ${described.join('; ')}`);
}

/** The app's study as importance evaluation reads it: only complete trials keep their value. */
export function toImportanceStudy(
  direction: Direction,
  space: SearchSpace,
  trials: readonly TrialRecord[],
): ImportanceStudy {
  return {
    direction,
    distributions: Object.fromEntries(space.params.map((p) => [p.name, p.distribution])),
    trials: trials.map((t) => ({
      number: t.number,
      params: t.params,
      value: t.state === 'complete' ? t.value : null,
    })),
  };
}
