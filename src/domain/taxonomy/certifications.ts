import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError, issuesToDetails } from '../../errors.ts';

const DIR = new URL('../../../data/certifications/', import.meta.url);

/**
 * One multiple-choice exam-style question with exactly one correct answer, citing the exam
 * objective it tests: `objectiveId` names the catalog objective, `cites` the section of the
 * official exam guide (or course outline) and the topic within it.
 */
export const BankQuestion = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  objectiveId: z.string(),
  cites: z.string().min(10).max(300),
  question: z.string().min(10).max(600),
  choices: z.array(z.string().min(1).max(300)).min(3).max(6),
  answer: z.number().int().min(0),
  explanation: z.string().min(10).max(800),
});
export type BankQuestion = z.infer<typeof BankQuestion>;

/** An external certification clients recognise, with objectives mapped to taxonomy skills. */
export const Certification = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    issuer: z.string().min(1),
    url: z.url({ protocol: /^https$/ }),
    /**
     * `official`: objective weights as the exam guide publishes them (midpoints of ranges);
     * `estimated`: the issuer publishes no weights, so they are the catalog's reading of the
     * course outline.
     */
    weightSource: z.enum(['official', 'estimated']),
    format: z.strictObject({
      questions: z.number().int().positive().nullable(),
      minutes: z.number().int().positive().nullable(),
      passingScore: z.string().nullable(),
      note: z.string(),
    }),
    objectives: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9-]+$/),
          title: z.string().min(1),
          description: z.string().min(1),
          /** The objective's section in the official exam guide or course outline. */
          official: z.string().min(1).max(300),
          /** Share of the exam in percent; a certification's weights add up to 100. */
          weight: z.number().positive().max(100),
          skills: z.array(z.string()).min(1),
        }),
      )
      .min(1),
    questions: z.array(BankQuestion).default([]),
  })
  .superRefine((c, ctx) => {
    const objectives = new Set(c.objectives.map((o) => o.id));
    const total = c.objectives.reduce((a, o) => a + o.weight, 0);
    if (Math.abs(total - 100) > 0.01)
      ctx.addIssue({
        code: 'custom',
        path: ['objectives'],
        message: `weights add up to ${total}, not 100`,
      });
    const ids = new Set<string>();
    c.questions.forEach((q, i) => {
      if (!objectives.has(q.objectiveId))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'objectiveId'],
          message: 'unknown objective',
        });
      if (q.answer >= q.choices.length)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'answer'],
          message: 'no such choice',
        });
      if (new Set(q.choices).size !== q.choices.length)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'choices'],
          message: 'choices repeat',
        });
      if (ids.has(q.id))
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: 'repeated id' });
      ids.add(q.id);
    });
  });
export type Certification = z.infer<typeof Certification>;

let cached: Map<string, Certification> | undefined;

/** The certification catalog in `data/certifications/` (validated once). Throws `invalid_input`. */
export function getCertifications(): Map<string, Certification> {
  if (cached) return cached;
  const out = new Map<string, Certification>();
  for (const name of readdirSync(fileURLToPath(DIR)).sort()) {
    if (!name.endsWith('.json')) continue;
    const r = Certification.safeParse(
      JSON.parse(readFileSync(fileURLToPath(new URL(name, DIR)), 'utf8')),
    );
    if (!r.success)
      throw new AppError('invalid_input', `Certification file ${name} is invalid`, {
        details: { file: name, ...issuesToDetails(r.error.issues) },
      });
    out.set(r.data.id, r.data);
  }
  cached = out;
  return out;
}

/** One certification of the catalog. Throws `not_found`. */
export function getCertification(id: string): Certification {
  const c = getCertifications().get(id);
  if (!c) throw new AppError('not_found', 'Certification not found');
  return c;
}

/** The catalog as the API lists it (without question banks). */
export function listCertifications() {
  return [...getCertifications().values()].map(({ questions, ...c }) => ({
    ...c,
    bankQuestions: questions.length,
  }));
}
