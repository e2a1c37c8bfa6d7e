import type { Ctx } from '../ctx.ts';

/** How many of the person's review cards are due by `at`. */
export async function countDueCards(ctx: Ctx, userId: string, at: Date): Promise<number> {
  return (await ctx.store.practice.listCards(userId, { dueBefore: new Date(at.getTime() + 1) }))
    .length;
}

/**
 * Review answers since `since`, each with whether it was recalled (anything but "again") and
 * whether the card was already learned (a true retention measurement).
 */
export async function reviewAnswers(
  ctx: Ctx,
  userId: string,
  since: Date,
): Promise<Array<{ at: Date; recalled: boolean; mature: boolean }>> {
  return (await ctx.store.practice.listReviewLogs(userId, since)).map((l) => ({
    at: new Date(l.reviewed_at),
    recalled: l.rating > 1,
    mature: l.prior_state === 2,
  }));
}

/** The person's open (not yet submitted) briefs with their creation date and deadline in days. */
export async function openBriefs(
  ctx: Ctx,
  userId: string,
): Promise<Array<{ id: string; title: string; createdAt: Date; deadlineDays: number }>> {
  return (await ctx.store.practice.listBriefs(userId))
    .filter((b) => b.status === 'open')
    .map((b) => {
      const c = b.content as { title: string; constraints: { deadlineDays: number } };
      return {
        id: b.id,
        title: c.title,
        createdAt: new Date(b.created_at),
        deadlineDays: c.constraints.deadlineDays,
      };
    });
}
