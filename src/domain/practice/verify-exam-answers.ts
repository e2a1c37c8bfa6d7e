import { z } from 'zod';
import { isAppError } from '../../errors.ts';
import type { Ctx } from '../ctx.ts';

/** Independent answers needed before a model question counts for readiness. */
export const EXAM_AGREEMENT_K = 3;

const Answers = z.object({
  answers: z
    .array(z.object({ n: z.number().int().min(0), answer: z.number().int().min(0) }))
    .max(10),
});
type Answers = z.infer<typeof Answers>;
type Item = Answers['answers'][number];

/**
 * Asks the model, k times and independently, to answer its own questions (without the key).
 * A question's key is confirmed only when every sample picks the keyed choice; anything
 * else (disagreement, a failed sample, a model error) leaves it unconfirmed, so it is used
 * for practice only. Returns one boolean per question, in order.
 */
export async function verifyExamAnswers(
  ctx: Ctx,
  userId: string,
  questions: ReadonlyArray<{ question: string; choices: string[]; answer: number }>,
  abortSignal?: AbortSignal,
): Promise<boolean[]> {
  if (questions.length === 0) return [];
  try {
    const report = await ctx.llm.checkConsistency({
      purpose: 'practice.exam-answer-check',
      promptVersion: 'practice.exam-check.v1',
      instructions:
        'Answer each multiple-choice question in the data block "questions" on your own: for each question number n give the 0-based index of the one correct choice as {n, answer}.',
      schema: Answers,
      schemaName: 'exam_answers',
      userId,
      data: {
        questions: JSON.stringify(
          questions.map((q, n) => ({ n, question: q.question, choices: q.choices })),
        ),
      },
      k: EXAM_AGREEMENT_K,
      items: (a: Answers) => a.answers,
      key: (x: Item) => String(x.n),
      fingerprint: (x: Item) => String(x.answer),
      minAgreement: 1,
      ...(abortSignal ? { abortSignal } : {}),
    });
    const byN = new Map(report.items.map((i) => [i.key, i]));
    return questions.map((q, n) => {
      const item = byN.get(String(n));
      return Boolean(item && item.agreement === 1 && item.value.answer === q.answer);
    });
  } catch (e) {
    if (!isAppError(e) || !e.code.startsWith('llm_')) throw e;
    return questions.map(() => false);
  }
}
