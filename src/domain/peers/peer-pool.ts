import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { type DerivedPeer, derivePeer } from './derive-peer.ts';
import { buildMatchIndex, type MatchIndex } from './matcher/build-match-index.ts';

/** Every opted-in person and the match index over them, as of one store fingerprint. */
export interface PeerPool {
  signature: string;
  byId: Map<string, DerivedPeer>;
  index: MatchIndex;
}

const CREDENTIAL_RANK: Record<string, number> = { foundational: 1, working: 2, advanced: 3 };

// One pool per database handle: each process keeps its own copy and checks the store-side
// fingerprint on every use, so a change written by another process triggers a rebuild here.
const pools = new WeakMap<object, PeerPool>();
const building = new WeakMap<object, Promise<PeerPool>>();

/** Loads and derives the given people (all opted-in people when `userIds` is omitted). */
export async function derivePeers(ctx: Ctx, userIds?: string[]): Promise<DerivedPeer[]> {
  const rows = await ctx.store.peers.listCandidates(userIds);
  const ids = rows.map((r) => r.user_id);
  const [evidence, credentials] = await Promise.all([
    ctx.store.peers.evidenceCounts(ids),
    ctx.store.peers.credentialLevels(ids),
  ]);
  const verified = new Map<string, Map<string, { evidence: number; credential: string | null }>>();
  const slot = (u: string, s: string) => {
    let m = verified.get(u);
    if (!m) {
      m = new Map();
      verified.set(u, m);
    }
    let v = m.get(s);
    if (!v) {
      v = { evidence: 0, credential: null };
      m.set(s, v);
    }
    return v;
  };
  for (const e of evidence) slot(e.user_id, e.skill_id).evidence += e.n;
  for (const c of credentials) {
    const v = slot(c.user_id, c.skill_id);
    if (!v.credential || (CREDENTIAL_RANK[c.level] ?? 0) > (CREDENTIAL_RANK[v.credential] ?? 0))
      v.credential = c.level;
  }
  const taxonomy = getTaxonomy();
  return rows.map((r) => derivePeer(r, verified.get(r.user_id) ?? new Map(), taxonomy));
}

/**
 * The pool of opted-in people with its match index, cached in memory and rebuilt only when
 * the store's fingerprint (profiles, evidence, credentials) changed.
 */
export async function loadPeerPool(ctx: Ctx): Promise<PeerPool> {
  const key = ctx.store.db;
  const signature = await ctx.store.peers.matchSignature();
  const cached = pools.get(key);
  if (cached?.signature === signature) return cached;
  const pending = building.get(key);
  if (pending) {
    const p = await pending;
    if (p.signature === signature) return p;
  }
  const build = (async () => {
    const people = await derivePeers(ctx);
    const pool: PeerPool = {
      signature,
      byId: new Map(people.map((p) => [p.userId, p])),
      index: buildMatchIndex(people.map((p) => p.vector)),
    };
    pools.set(key, pool);
    return pool;
  })();
  building.set(key, build);
  try {
    return await build;
  } finally {
    if (building.get(key) === build) building.delete(key);
  }
}

/** One person as derived now (opted in or not); undefined when they never saved a peer profile. */
export async function findDerivedPeer(ctx: Ctx, userId: string): Promise<DerivedPeer | undefined> {
  return (await derivePeers(ctx, [userId]))[0];
}
