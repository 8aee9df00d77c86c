import { z } from 'zod';
import type { Direction } from '../../experiment/search-schema';
import type { SearchSpace, TrialRecord } from '../types';

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
  .refine((d) => d.low <= d.high, 'low is above high')
  .refine((d) => !d.log || d.low > 0, 'a log scale needs low > 0')
  .refine((d) => !d.log || d.step === null, 'a log scale takes no step');

/** Optuna's IntDistribution: a log scale needs low ≥ 1 and step 1. */
const intDistribution = z
  .object({
    type: z.literal('int'),
    low: z.number().int(),
    high: z.number().int(),
    log: z.boolean(),
    step: z.number().int().min(1).default(1),
  })
  .refine((d) => d.low <= d.high, 'low is above high')
  .refine((d) => !d.log || d.low >= 1, 'a log scale needs low ≥ 1')
  .refine((d) => !d.log || d.step === 1, 'a log scale needs step 1');

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
        ctx.addIssue({ code: 'custom', path: ['trials', i, 'number'], message: 'repeated' });
      numbers.add(trial.number);
      for (const [name, value] of Object.entries(trial.params)) {
        const distribution = study.distributions[name];
        const problem =
          distribution === undefined ? 'has no distribution' : outside(distribution, value);
        if (problem !== null)
          ctx.addIssue({ code: 'custom', path: ['trials', i, 'params', name], message: problem });
      }
    });
  });

/** What `getParamImportances` accepts (`step` may be left out: null for floats, 1 for ints). */
export type ImportanceStudy = z.input<typeof importanceStudySchema>;
type ParsedImportanceStudy = z.output<typeof importanceStudySchema>;

function outside(distribution: ImportanceDistribution, value: ImportanceChoice): string | null {
  if (distribution.type === 'categorical')
    return distribution.choices.includes(value) ? null : 'is not one of the choices';
  if (typeof value !== 'number') return 'is not a number';
  if (distribution.type === 'int' && !Number.isInteger(value)) return 'is not a whole number';
  return value >= distribution.low && value <= distribution.high ? null : 'is out of range';
}

/** Checks a study, throwing an Error that names every problem. */
export function parseImportanceStudy(study: unknown): ParsedImportanceStudy {
  const parsed = importanceStudySchema.safeParse(study);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'study'}: ${issue.message}`,
  );
  throw new Error(`Invalid study for parameter importance: ${problems.join('; ')}`);
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
