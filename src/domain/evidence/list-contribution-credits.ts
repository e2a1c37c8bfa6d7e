import type { Ctx } from '../ctx.ts';

/** One contribution credit shown on the portfolio (e.g. a peer answer that helped someone). */
export interface ContributionCredit {
  kind: string;
  title: string;
  at: string;
  url: string | null;
}

/**
 * The user's contribution credits for the portfolio: answers, reviews and teaching the peers
 * capability recorded (read from its store, so the two capabilities do not import each other).
 * Titles name the skill, never the other person. None yet means no portfolio section.
 */
export async function listContributionCredits(
  ctx: Ctx,
  userId: string,
): Promise<ContributionCredit[]> {
  const rows = await ctx.store.peers.listCredits(userId);
  return rows.map((r) => ({
    kind: r.kind,
    title: r.title,
    at: r.created_at.toISOString(),
    url: null,
  }));
}
