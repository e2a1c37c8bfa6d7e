import { TrendsQuery } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { getSkillIndex, skillName } from '../get-skill-index.ts';
import { cachedInsight } from './cached-insight.ts';
import { MARKET_SOURCES, monthKeys } from './load-demand.ts';
import { classifyWindows, TREND_WINDOW_MONTHS } from './trend-stats.ts';

/** What moved in a person's market, for the dashboard. */
export interface MarketMoves {
  /** Up to 3 rising skills, strongest first (the same order as trends' `rising`), as names. */
  rising: string[];
  /** Up to 2 falling skills, strongest first, as names. */
  falling: string[];
  /** Whether the person has any post at all (market or own client requests, any month). */
  hasPosts: boolean;
}

/**
 * The skills rising and falling in the person's market posts (the default trends window and
 * threshold, so the names match the trends page), read from the monthly counts of the read
 * model alone: a trend compares the last `TREND_WINDOW_MONTHS` months with as many before, so
 * one row per skill mentioned often enough in that span, summed by the database. Cached like the other
 * insight.
 */
export function getMarketMoves(ctx: Ctx, userId: string): Promise<MarketMoves> {
  return cachedInsight(ctx, userId, 'market-moves', async () => {
    const { minPosts } = TrendsQuery.parse({});
    const w = TREND_WINDOW_MONTHS;
    const keys = monthKeys(ctx.clock.now(), 2 * w);
    const range = {
      from: keys[0] as string,
      split: keys[w] as string,
      through: keys[2 * w - 1] as string,
    };
    const [counts, index, all] = await Promise.all([
      ctx.store.radar.skillWindowCounts(userId, MARKET_SOURCES, range, minPosts),
      getSkillIndex(ctx),
      ctx.store.radar.monthlyPostCounts(userId, ['import', 'feed', 'brief', 'client'], new Date(0)),
    ]);
    const { total } = counts;
    const stats = counts.skills.map((s) => ({
      skillId: s.skillId,
      ...classifyWindows(
        { recent: s.recent, total: total.recent },
        { previous: s.previous, total: total.previous },
        minPosts,
      ),
    }));
    const pick = (dir: string, sign: number, top: number) =>
      stats
        .filter((s) => s.direction === dir)
        .sort((a, b) => sign * (b.z - a.z) || a.skillId.localeCompare(b.skillId))
        .slice(0, top)
        .map((s) => skillName(index, s.skillId));
    return {
      rising: pick('rising', 1, 3),
      falling: pick('falling', -1, 2),
      hasPosts: all.some((r) => r.n > 0),
    };
  });
}
