import type { PeerMatch } from '../../shared/peers.ts';
import type { Ctx } from '../ctx.ts';
import { explainMatch } from './explain-match.ts';
import { topMatches } from './matcher/top-matches.ts';
import { loadPeerPool } from './peer-pool.ts';

/** How many matches the API offers. */
export const MATCH_COUNT = 10;

/**
 * Your best complementary matches among opted-in people: each can teach what the other wants,
 * direct competitors (same niches and segments) are never offered, and blocked people (either
 * way) never appear. Every match is explained in plain sentences from what the other person
 * lets you see. Answers `{ optedIn: false, matches: [] }` until you opt in.
 */
export async function listMatches(
  ctx: Ctx,
  userId: string,
): Promise<{ optedIn: boolean; matches: PeerMatch[] }> {
  const pool = await loadPeerPool(ctx);
  const me = pool.byId.get(userId);
  if (!me) return { optedIn: false, matches: [] };
  const exclude = await ctx.store.peers.blockedEitherWay(userId);
  // A visitor's demo copy meets only other demo copies; members never meet one.
  const index = me.demo ? pool.demoIndex : pool.index;
  const found = topMatches(index, me.vector, { k: MATCH_COUNT, exclude });
  const circle = await ctx.store.peers.circlePeersOf(userId);
  const matches: PeerMatch[] = [];
  for (const m of found) {
    const other = pool.byId.get(m.id);
    if (other) matches.push(explainMatch(me, other, m, circle.has(m.id) ? 'circle' : 'other'));
  }
  return { optedIn: true, matches };
}
