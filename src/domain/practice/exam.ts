import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError, isAppError } from '../../errors.ts';
import type { Ctx } from '../ctx.ts';
import { type BankQuestion, type Certification, getCertification } from './certifications.ts';
import { modelFor } from './model.ts';
import { seededRandom } from './seeded-random.ts';

/** Answers per objective that readiness looks back over. */
export const READINESS_WINDOW = 10;
/** Rolling accuracy at which an objective counts as ready (with at least 5 answers). */
export const READY_AT = 0.8;

/** A question as the person sees it (no answer). */
export interface ExamQuestionView {
  id: string;
  certificationId: string;
  objectiveId: string;
  question: string;
  choices: string[];
  source: 'bank' | 'model';
}

const ModelQuestions = z.object({
  questions: z
    .array(
      z.object({
        objectiveId: z.string(),
        question: z.string().min(10).max(600),
        choices: z.array(z.string().min(1).max(300)).min(3).max(6),
        answer: z.number().int().min(0),
        explanation: z.string().min(10).max(600),
      }),
    )
    .min(1)
    .max(10),
});

function sign(ctx: Ctx, payload: string): string {
  return createHmac('sha256', ctx.config.secretKey ?? '')
    .update(`exam:${payload}`)
    .digest('base64url');
}

// A model question is not stored: its answer travels signed inside its id, so it cannot be forged.
function modelQuestionId(ctx: Ctx, q: { c: string; o: string; a: number; e: string }): string {
  const payload = Buffer.from(JSON.stringify(q)).toString('base64url');
  return `m.${payload}.${sign(ctx, payload)}`;
}

function readModelQuestionId(ctx: Ctx, id: string) {
  const [, payload = '', mac = ''] = id.split('.');
  const want = Buffer.from(sign(ctx, payload));
  if (want.length !== mac.length || !timingSafeEqual(want, Buffer.from(mac))) return undefined;
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
    c: string;
    o: string;
    a: number;
    e: string;
  };
}

/** Checks model questions: known objective, an answer index within the choices, distinct choices. */
export function checkModelQuestions(
  cert: Certification,
  qs: z.infer<typeof ModelQuestions>['questions'],
) {
  const objectives = new Set(cert.objectives.map((o) => o.id));
  return qs.filter(
    (q) =>
      objectives.has(q.objectiveId) &&
      q.answer < q.choices.length &&
      new Set(q.choices.map((c) => c.trim().toLowerCase())).size === q.choices.length,
  );
}

/**
 * Exam-style practice questions for a certification, weakest objectives first. Offline from the
 * authored bank (seeded, so a session is reproducible); with a model, generated against the
 * objectives and checked (known objective, exactly one answer index, distinct choices), falling
 * back to the bank. Throws `not_found` for an unknown certification.
 */
export async function getExamQuestions(
  ctx: Ctx,
  userId: string,
  certificationId: string,
  opts: { count?: number; seed?: string; useModel?: boolean } = {},
): Promise<ExamQuestionView[]> {
  const cert = getCertification(certificationId);
  const count = Math.min(10, Math.max(1, opts.count ?? 5));
  const readiness = await getReadiness(ctx, userId, certificationId);
  const weakest = [...readiness.objectives].sort(
    (a, b) => a.accuracy - b.accuracy || a.answered - b.answered,
  );
  const model = opts.useModel === false ? undefined : await modelFor(ctx, userId);
  if (model) {
    try {
      const answer = await model.generateObject({
        purpose: 'practice.exam-questions',
        promptVersion: 'practice.exam.v1',
        instructions: `Write ${count} multiple-choice exam-style practice questions, each with exactly one correct answer (its 0-based index in "answer") and an explanation. Cover the objectives in the data block "objectives", weakest first; use each objective's id as objectiveId. Write original questions; never copy real exam content.`,
        schema: ModelQuestions,
        userId,
        data: {
          objectives: JSON.stringify(
            weakest.map((w) => cert.objectives.find((o) => o.id === w.objectiveId)),
          ),
        },
      });
      const ok = checkModelQuestions(cert, answer.value.questions).slice(0, count);
      if (ok.length)
        return ok.map((q) => ({
          id: modelQuestionId(ctx, { c: cert.id, o: q.objectiveId, a: q.answer, e: q.explanation }),
          certificationId: cert.id,
          objectiveId: q.objectiveId,
          question: q.question,
          choices: q.choices,
          source: 'model' as const,
        }));
    } catch (e) {
      if (!isAppError(e) || !['llm_unavailable', 'llm_bad_output'].includes(e.code)) throw e;
    }
  }
  if (cert.questions.length === 0)
    throw new AppError(
      'llm_unavailable',
      'No question bank for this certification; configure a model to generate questions',
    );
  const rnd = seededRandom(opts.seed ?? ctx.ids.id());
  const rank = new Map(weakest.map((w, i) => [w.objectiveId, i]));
  const picked = rnd
    .sample(cert.questions, cert.questions.length)
    .sort((a, b) => (rank.get(a.objectiveId) ?? 0) - (rank.get(b.objectiveId) ?? 0))
    .slice(0, count);
  return picked.map((q: BankQuestion) => ({
    id: q.id,
    certificationId: cert.id,
    objectiveId: q.objectiveId,
    question: q.question,
    choices: q.choices,
    source: 'bank' as const,
  }));
}

/**
 * Records an answer and returns whether it was right, the right choice and the explanation.
 * Throws `not_found` (unknown certification or question) and `invalid_input` (no such choice).
 */
export async function answerExamQuestion(
  ctx: Ctx,
  userId: string,
  certificationId: string,
  input: { questionId: string; choice: number },
): Promise<{ correct: boolean; answer: number; explanation: string; objectiveId: string }> {
  const cert = getCertification(certificationId);
  let key: { objectiveId: string; answer: number; explanation: string };
  if (input.questionId.startsWith('m.')) {
    const m = readModelQuestionId(ctx, input.questionId);
    if (!m || m.c !== cert.id) throw new AppError('not_found', 'Question not found');
    key = { objectiveId: m.o, answer: m.a, explanation: m.e };
  } else {
    const q = cert.questions.find((x) => x.id === input.questionId);
    if (!q) throw new AppError('not_found', 'Question not found');
    if (input.choice >= q.choices.length) throw new AppError('invalid_input', 'No such choice');
    key = { objectiveId: q.objectiveId, answer: q.answer, explanation: q.explanation };
  }
  const correct = input.choice === key.answer;
  await ctx.store.practice.insertExamAnswer({
    id: ctx.ids.id(),
    user_id: userId,
    certification_id: cert.id,
    objective_id: key.objectiveId,
    question_id: input.questionId.slice(0, 200),
    correct,
    answered_at: ctx.clock.now(),
  });
  return {
    correct,
    answer: key.answer,
    explanation: key.explanation,
    objectiveId: key.objectiveId,
  };
}

/**
 * Readiness per objective: accuracy over the last READINESS_WINDOW answers; an objective is
 * ready at READY_AT with at least 5 answers. Overall readiness is the mean over all objectives
 * (unanswered ones count as 0). Throws `not_found`.
 */
export async function getReadiness(ctx: Ctx, userId: string, certificationId: string) {
  const cert = getCertification(certificationId);
  const answers = await ctx.store.practice.listExamAnswers(userId, certificationId);
  const objectives = cert.objectives.map((o) => {
    const recent = answers.filter((a) => a.objective_id === o.id).slice(-READINESS_WINDOW);
    const accuracy = recent.length ? recent.filter((a) => a.correct).length / recent.length : 0;
    return {
      objectiveId: o.id,
      title: o.title,
      skills: o.skills,
      answered: recent.length,
      accuracy: Math.round(accuracy * 100) / 100,
      ready: recent.length >= 5 && accuracy >= READY_AT,
    };
  });
  const overall = objectives.reduce((a, o) => a + o.accuracy, 0) / Math.max(1, objectives.length);
  return {
    certificationId: cert.id,
    overall: Math.round(overall * 100) / 100,
    ready: objectives.every((o) => o.ready),
    objectives,
  };
}
