import type { PeerMatch } from '../../shared/peers.ts';
import type { Ctx } from '../ctx.ts';
import { explainMatch } from './explain-match.ts';
import { bruteForceTopMatches, topMatches } from './matcher/top-matches.ts';
import type { Match } from './matcher/types.ts';
import { loadPeerPool } from './peer-pool.ts';

/** How many matches the API offers. */
export const MATCH_COUNT = 10;

/**
 * Your best complementary matches among opted-in people: each can teach what the other wants,
 * direct competitors (same niches and segments) are never offered, and blocked people (either
 * way) never appear. Your side counts all of your profile; theirs only what they let you see
 * (people in a circle with you as circle members, everyone else as anyone signed in), so a
 * field they keep private changes nothing you are shown. Every match is explained in plain
 * sentences from that. Answers `{ optedIn: false, matches: [] }` until you opt in.
 */
export async function listMatches(
  ctx: Ctx,
  userId: string,
): Promise<{ optedIn: boolean; matches: PeerMatch[] }> {
  const pool = await loadPeerPool(ctx);
  const me = pool.byId.get(userId);
  if (!me) return { optedIn: false, matches: [] };
  const blocked = await ctx.store.peers.blockedEitherWay(userId);
  const circle = await ctx.store.peers.circlePeersOf(userId);
  // A visitor's demo copy meets only other demo copies; members never meet one.
  const index = me.demo ? pool.demoIndex : pool.index;
  // Everyone outside my circles from the index (what anyone may see of them); circle peers
  // scored here on what circle members may see.
  const found: Match[] = topMatches(index, me.vector, {
    k: MATCH_COUNT,
    exclude: new Set([...blocked, ...circle]),
  });
  const circlePeers = [...circle].flatMap((id) => {
    const other = pool.byId.get(id);
    return other && other.demo === me.demo ? [other.seenBy.circle] : [];
  });
  found.push(...bruteForceTopMatches(circlePeers, me.vector, { k: MATCH_COUNT, exclude: blocked }));
  found.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const matches: PeerMatch[] = [];
  for (const m of found.slice(0, MATCH_COUNT)) {
    const other = pool.byId.get(m.id);
    if (other) matches.push(explainMatch(me, other, m, circle.has(m.id) ? 'circle' : 'other'));
  }
  return { optedIn: true, matches };
}
