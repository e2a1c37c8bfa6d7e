import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError, issuesToDetails } from '../../errors.ts';
import { ClientPersona, RubricCriterion } from '../../shared/practice.ts';

const DIR = new URL('../../../data/practice/', import.meta.url);
const Range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const ByLevel = z.object({ beginner: Range, intermediate: Range, advanced: Range });

/** `data/practice/common.json`: parts every brief shares. */
export const CommonTemplates = z.strictObject({
  personas: z.array(ClientPersona).min(1),
  tones: z.array(z.string().min(1)).min(1),
  budgets: ByLevel,
  deadlines: ByLevel,
  currencies: z.array(z.string().length(3)).min(1),
  changeRequests: z.array(z.string().min(1)).min(1),
  rubric: z.array(RubricCriterion).min(1),
  acceptance: z.array(z.string().min(1)).min(1),
});
export type CommonTemplates = z.infer<typeof CommonTemplates>;

/** `data/practice/<domain>.json`: contexts, deliverables by skill kind, rubric, tools, help. */
export const DomainTemplates = z.strictObject({
  domain: z.string().min(1),
  contexts: z.array(z.string().min(1)).min(1),
  deliverables: z.record(z.string(), z.array(z.string().min(1)).min(1)).refine((d) => !!d.default, {
    message: 'needs a "default" list',
  }),
  acceptance: z.array(z.string().min(1)).min(1),
  rubric: z.array(RubricCriterion).min(1),
  tools: z.array(z.string().min(1)).min(1),
  hints: z.array(z.string().min(1)).min(2),
  workedExample: z.string().min(1),
});
export type DomainTemplates = z.infer<typeof DomainTemplates>;

/** Every practice template the product ships. */
export interface PracticeTemplates {
  common: CommonTemplates;
  domains: Map<string, DomainTemplates>;
}

let cached: PracticeTemplates | undefined;

function parse<T>(file: string, schema: z.ZodType<T>): T {
  const r = schema.safeParse(JSON.parse(readFileSync(fileURLToPath(new URL(file, DIR)), 'utf8')));
  if (!r.success)
    throw new AppError('invalid_input', `Practice template ${file} is invalid`, {
      details: { file, ...issuesToDetails(r.error.issues) },
    });
  return r.data;
}

/**
 * The brief templates in `data/practice/` (read once, validated). Throws `invalid_input`
 * naming the file when one does not match its schema.
 */
export function getPracticeTemplates(): PracticeTemplates {
  if (cached) return cached;
  const common = parse('common.json', CommonTemplates);
  const domains = new Map<string, DomainTemplates>();
  for (const name of readdirSync(fileURLToPath(DIR)).sort()) {
    if (!name.endsWith('.json') || name === 'common.json') continue;
    const t = parse(name, DomainTemplates);
    domains.set(t.domain, t);
  }
  if (!domains.has('general'))
    throw new AppError('invalid_input', 'Practice templates need data/practice/general.json');
  cached = { common, domains };
  return cached;
}
