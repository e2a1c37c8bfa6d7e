import type { Ctx } from '../src/domain/ctx.ts';
import { selfReview, submitDeliverable } from '../src/domain/practice/index.ts';
import type { Brief } from '../src/shared/practice.ts';

/** Submits `text` for the brief and self-reviews it with `score` on every criterion. */
export async function submitAndSelfReview(
  ctx: Ctx,
  userId: string,
  brief: Brief,
  score: number,
  text = `Deliverable for ${brief.content.title}`,
) {
  await submitDeliverable(ctx, userId, brief.id, { text });
  return selfReview(ctx, userId, brief.id, {
    scores: brief.content.rubric.map((c) => ({
      criterionId: c.id,
      score,
      feedback: '',
      quotes: [],
    })),
  });
}
