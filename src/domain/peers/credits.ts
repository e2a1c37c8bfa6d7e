import type { Ctx } from '../ctx.ts';

/** One contribution credit: a validation, a review or teaching someone did for a peer. */
export interface PeerContributionCredit {
  kind: 'validation' | 'review' | 'teaching';
  title: string;
  points: number;
  at: string;
  url: string | null;
}

/**
 * Adds a contribution credit to `userId`'s ledger, once per reference (a second call for the
 * same answer, review or teaching changes nothing). Practice calls it for peer reviews.
 * Returns false when the credit was already there.
 */
export async function awardContributionCredit(
  ctx: Ctx,
  userId: string,
  c: {
    kind: PeerContributionCredit['kind'];
    points: number;
    title: string;
    refType: string;
    refId: string;
  },
): Promise<boolean> {
  return ctx.store.peers.insertCredit({
    id: ctx.ids.id(),
    user_id: userId,
    kind: c.kind,
    points: c.points,
    title: c.title,
    ref_type: c.refType,
    ref_id: c.refId,
    created_at: ctx.clock.now(),
  });
}

/**
 * The user's contribution credits, newest first, for the portfolio (same shape as the evidence
 * capability's `ContributionCredit`, plus points). Titles name the skill, never the other person.
 */
export async function listContributionCredits(
  ctx: Ctx,
  userId: string,
): Promise<PeerContributionCredit[]> {
  const rows = await ctx.store.peers.listCredits(userId);
  return rows.map((r) => ({
    kind: r.kind,
    title: r.title,
    points: r.points,
    at: r.created_at.toISOString(),
    url: null,
  }));
}
