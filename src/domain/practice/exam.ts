import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError, isAppError } from '../../errors.ts';
import type { ClaimFlag, ModelProvenance } from '../../shared/claims.ts';
import type { Ctx } from '../ctx.ts';
import {
  type BankQuestion,
  type Certification,
  getCertification,
  objectiveReadiness,
} from '../taxonomy/index.ts';
import { checkClaims, describeProvenance } from '../verify/index.ts';
import { FALLBACK_CODES, modelFor, REQUEST_BUDGET_MS } from './model.ts';
import { seededRandom } from './seeded-random.ts';
import { EXAM_AGREEMENT_K, verifyExamAnswers } from './verify-exam-answers.ts';

/** A question as the person sees it (no answer). */
export interface ExamQuestionView {
  id: string;
  certificationId: string;
  objectiveId: string;
  question: string;
  choices: string[];
  source: 'bank' | 'model';
  /**
   * `counts`: answers move readiness (bank questions, and model questions whose key k
   * independent samples confirmed); `practice_only`: the key could not be confirmed.
   */
  readiness: 'counts' | 'practice_only';
  /** Claim-check flags on the model-written question, choices and explanation. */
  flags: ClaimFlag[];
  provenance: ModelProvenance | null;
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
function modelQuestionId(
  ctx: Ctx,
  q: { c: string; o: string; a: number; e: string; v: boolean },
): string {
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
    /** Key confirmed by k samples: the answer counts for readiness. */
    v?: boolean;
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
    const deadline = AbortSignal.timeout(REQUEST_BUDGET_MS);
    const data = {
      objectives: JSON.stringify(
        weakest.map((w) => cert.objectives.find((o) => o.id === w.objectiveId)),
      ),
    };
    try {
      const answer = await model.generateObject({
        purpose: 'practice.exam-questions',
        promptVersion: 'practice.exam.v1',
        instructions: `Write ${count} multiple-choice exam-style practice questions, each with exactly one correct answer (its 0-based index in "answer") and an explanation. Cover the objectives in the data block "objectives", weakest first; use each objective's id as objectiveId. Write original questions; never copy real exam content.`,
        schema: ModelQuestions,
        userId,
        data,
        abortSignal: deadline,
      });
      const ok = checkModelQuestions(cert, answer.value.questions).slice(0, count);
      const [confirmed, flags] = await Promise.all([
        verifyExamAnswers(ctx, userId, ok, deadline),
        // Every number too, small ones included: "7 values" or "two months" is where a wrong
        // key hides, and a model agreeing with itself does not make it right.
        checkClaims(
          ctx,
          ok.map((q) => [q.question, ...q.choices, q.explanation].join('\n')),
          { data, allNumbers: true },
        ),
      ]);
      // A question moves readiness only when its key was confirmed and nothing in it is
      // unsupported by the objectives it was written from.
      const counts = (i: number) => confirmed[i] === true && (flags[i] ?? []).length === 0;
      if (ok.length)
        return ok.map((q, i) => ({
          id: modelQuestionId(ctx, {
            c: cert.id,
            o: q.objectiveId,
            a: q.answer,
            e: q.explanation,
            v: counts(i),
          }),
          certificationId: cert.id,
          objectiveId: q.objectiveId,
          question: q.question,
          choices: q.choices,
          source: 'model' as const,
          readiness: counts(i) ? ('counts' as const) : ('practice_only' as const),
          flags: flags[i] ?? [],
          provenance: describeProvenance(
            answer.provenance,
            ['schema', 'objectives', `answer_key_agreement_k${EXAM_AGREEMENT_K}`, 'claims'],
            flags[i] ?? [],
            counts(i) ? 0 : 1,
          ),
        }));
    } catch (e) {
      if (!isAppError(e) || !FALLBACK_CODES.includes(e.code)) throw e;
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
    readiness: 'counts' as const,
    flags: [],
    provenance: null,
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
): Promise<{
  correct: boolean;
  answer: number;
  explanation: string;
  objectiveId: string;
  counted: boolean;
}> {
  const cert = getCertification(certificationId);
  let key: { objectiveId: string; answer: number; explanation: string; counts: boolean };
  if (input.questionId.startsWith('m.')) {
    const m = readModelQuestionId(ctx, input.questionId);
    if (!m || m.c !== cert.id) throw new AppError('not_found', 'Question not found');
    key = { objectiveId: m.o, answer: m.a, explanation: m.e, counts: m.v === true };
  } else {
    const q = cert.questions.find((x) => x.id === input.questionId);
    if (!q) throw new AppError('not_found', 'Question not found');
    if (input.choice >= q.choices.length) throw new AppError('invalid_input', 'No such choice');
    key = {
      objectiveId: q.objectiveId,
      answer: q.answer,
      explanation: q.explanation,
      counts: true,
    };
  }
  const correct = input.choice === key.answer;
  // A model question whose key no k samples confirmed is practice only: readiness ignores it.
  if (key.counts)
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
    counted: key.counts,
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
  const objectives = objectiveReadiness(cert, answers);
  const overall = objectives.reduce((a, o) => a + o.accuracy, 0) / Math.max(1, objectives.length);
  return {
    certificationId: cert.id,
    overall: Math.round(overall * 100) / 100,
    ready: objectives.every((o) => o.ready),
    objectives,
  };
}
