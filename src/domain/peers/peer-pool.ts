import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { type DerivedPeer, derivePeer } from './derive-peer.ts';
import { buildMatchIndex, type MatchIndex } from './matcher/build-match-index.ts';

/** Every opted-in person and the match index over them, as of one store fingerprint. */
export interface PeerPool {
  signature: string;
  /** Each person's peer stamp as of this pool (who changed since is derived again). */
  versions: Map<string, string>;
  byId: Map<string, DerivedPeer>;
  /**
   * Members' match index over what anyone may see of them (`seenBy.other`); `demoIndex` holds
   * visitors' demo copies, which meet only each other.
   */
  index: MatchIndex;
  demoIndex: MatchIndex;
}

const CREDENTIAL_RANK: Record<string, number> = { foundational: 1, working: 2, advanced: 3 };

// One pool per database handle: each process keeps its own copy and checks the store-side
// fingerprint on every use, so a change written by another process triggers a rebuild here.
const pools = new WeakMap<object, PeerPool>();
const building = new WeakMap<object, Promise<PeerPool>>();

/** Loads and derives the given people (all opted-in people when `userIds` is omitted). */
export async function derivePeers(ctx: Ctx, userIds?: string[]): Promise<DerivedPeer[]> {
  const rows = await ctx.store.peers.listCandidates(userIds);
  const who = userIds ?? 'opted-in';
  const [evidence, credentials] = await Promise.all([
    ctx.store.peers.evidenceCounts(who),
    ctx.store.peers.credentialLevels(who),
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
 * Above this many changed people a pool is derived afresh rather than patched (one query for
 * all instead of many small ones).
 */
const PATCH_LIMIT = 5_000;

/** The people to derive again: stamps that are new or differ from the pool's, and the removed. */
function changedSince(
  pool: PeerPool,
  versions: ReadonlyMap<string, string>,
): { changed: string[]; removed: string[] } {
  const changed: string[] = [];
  for (const [id, v] of versions) if (pool.versions.get(id) !== v) changed.push(id);
  const removed: string[] = [];
  for (const id of pool.versions.keys()) if (!versions.has(id)) removed.push(id);
  return { changed, removed };
}

function poolOf(
  signature: string,
  versions: Map<string, string>,
  people: Iterable<DerivedPeer>,
): PeerPool {
  const byId = new Map<string, DerivedPeer>();
  for (const p of [...people].sort((a, b) => (a.userId < b.userId ? -1 : 1)))
    if (p.optedIn) byId.set(p.userId, p);
  const all = [...byId.values()];
  return {
    signature,
    versions,
    byId,
    index: buildMatchIndex(all.filter((p) => !p.demo).map((p) => p.seenBy.other)),
    demoIndex: buildMatchIndex(all.filter((p) => p.demo).map((p) => p.seenBy.other)),
  };
}

/**
 * The pool of opted-in people with its match index, cached in memory per database handle.
 * Each use reads the pool counter (one row); when it moved, the per-person stamps say who
 * changed, and only those people are derived again (everyone when there is no pool yet or
 * more than `PATCH_LIMIT` changed). Stamps are read before the data, so a change committed
 * in between is seen again next time rather than missed.
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
    const versions = await ctx.store.peers.peerVersions();
    const base = pools.get(key);
    const delta = base ? changedSince(base, versions) : undefined;
    let pool: PeerPool;
    if (base && delta && delta.changed.length <= PATCH_LIMIT) {
      const people = new Map(base.byId);
      for (const id of delta.removed) people.delete(id);
      for (const id of delta.changed) people.delete(id);
      for (const p of await derivePeers(ctx, delta.changed)) people.set(p.userId, p);
      pool = poolOf(signature, versions, people.values());
    } else {
      pool = poolOf(signature, versions, await derivePeers(ctx));
    }
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
