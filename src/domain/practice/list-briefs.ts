import type { Brief } from '../../shared/practice.ts';
import type { Ctx } from '../ctx.ts';
import { reviewCounts } from './check-review.ts';
import { presentBrief } from './present.ts';
import { briefOrThrow } from './submit-deliverable.ts';

/** The person's briefs (optionally of one skill), newest first. */
export async function listBriefs(
  ctx: Ctx,
  userId: string,
  opts: { skillId?: string | undefined } = {},
): Promise<Brief[]> {
  const rows = await ctx.store.practice.listBriefs(
    userId,
    opts.skillId ? { skillId: opts.skillId } : {},
  );
  return rows.map(presentBrief);
}

/** One of the person's briefs. Throws `not_found`. */
export async function getBrief(ctx: Ctx, userId: string, briefId: string): Promise<Brief> {
  return presentBrief(await briefOrThrow(ctx, userId, briefId));
}

/** Per skill: each reviewed brief's date and mean review score, oldest first (progress). */
export async function practiceResults(
  ctx: Ctx,
  userId: string,
): Promise<Array<{ skillId: string; briefId: string; at: Date; average: number }>> {
  const briefs = await ctx.store.practice.listBriefs(userId, { limit: 1000 });
  const reviews = await ctx.store.practice.listReviews(userId);
  const out: Array<{ skillId: string; briefId: string; at: Date; average: number }> = [];
  for (const b of briefs) {
    const rs = reviews.filter((r) => r.brief_id === b.id && reviewCounts(r.scores));
    if (!rs.length) continue;
    const average = Math.round((rs.reduce((a, r) => a + r.average, 0) / rs.length) * 100) / 100;
    out.push({ skillId: b.skill_id, briefId: b.id, at: new Date(rs[0]!.created_at), average });
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}
