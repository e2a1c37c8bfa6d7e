import type { JWK } from 'jose';
import type { EvidenceCheckpointRow } from '../../store/repos/evidence-repo.ts';
import type { Ctx } from '../ctx.ts';
import { CHECKPOINT_TYP } from './ledger-hash.ts';
import { signRecord, verifyRecord } from './signing-keys.ts';

/** Why a checkpoint was signed. */
export type CheckpointReason = 'append' | 'tombstone' | 'import';

/**
 * Up to which position a chain's history is unproven (imported without a signed checkpoint
 * this instance could check), as the newest checkpoint this instance signed for it says.
 * The mark is part of every later signed checkpoint, so it cannot be dropped by export and
 * re-import.
 */
export async function carriedUnverifiedThrough(
  ctx: Ctx,
  userId: string,
  chainId: string,
): Promise<number | undefined> {
  const rows = (await ctx.store.evidence.listCheckpoints(userId))
    .filter((c) => c.chain_id === chainId)
    .sort((a, b) => b.seq - a.seq);
  for (const cp of rows) {
    const v = await verifyRecord(ctx, cp.jws);
    if (!v.ok || !v.own || v.payload.sub !== userId || v.payload.chainId !== chainId) continue;
    const through = v.payload.unverifiedThrough;
    return typeof through === 'number' ? through : undefined;
  }
  return undefined;
}

/** A checkpoint this instance signed, with the time and unproven mark its signature carries. */
export type OwnCheckpoint = EvidenceCheckpointRow & {
  signedAt: string;
  unverifiedThrough: number | undefined;
};

/**
 * The checkpoints of `rows` (`userId`'s, in their order) this instance signed for exactly
 * what the row says (person, chain, position, head), with the time the signature carries:
 * imported or edited rows, or ones signed with another key, are left out. For what is shown
 * publicly as this instance's checkpoints.
 */
export async function ownCheckpoints(
  ctx: Ctx,
  userId: string,
  rows: readonly EvidenceCheckpointRow[],
): Promise<OwnCheckpoint[]> {
  const out: OwnCheckpoint[] = [];
  for (const cp of rows) {
    const v = await verifyRecord(ctx, cp.jws);
    if (!v.ok || !v.own) continue;
    const p = v.payload;
    const fits =
      p.typ === 'checkpoint' &&
      p.sub === userId &&
      p.chainId === cp.chain_id &&
      p.seq === cp.seq &&
      p.headHash === cp.head_hash &&
      typeof p.at === 'string';
    if (fits) {
      const through = typeof p.unverifiedThrough === 'number' ? p.unverifiedThrough : undefined;
      out.push({ ...cp, signedAt: p.at as string, unverifiedThrough: through });
    }
  }
  return out;
}

/**
 * Signs the head of one chain with the instance key and stores the checkpoint. Call it in
 * the same transaction as the change it anchors. `opts.unverifiedThrough`, when given (an
 * import), marks the positions whose history is unproven; otherwise the mark of the
 * previous checkpoint is carried forward.
 */
export async function writeCheckpoint(
  ctx: Ctx,
  userId: string,
  head: { chainId: string; seq: number; hash: string },
  reason: CheckpointReason,
  opts: { unverifiedThrough?: number | undefined } = {},
): Promise<void> {
  const unverifiedThrough =
    'unverifiedThrough' in opts
      ? opts.unverifiedThrough
      : await carriedUnverifiedThrough(ctx, userId, head.chainId);
  await ctx.store.evidence.insertCheckpoint(
    await signCheckpoint(ctx, userId, head, reason, unverifiedThrough),
  );
}

/** JWS strings this process signed, with their payloads (no need to verify them again). */
const signedHere = new Map<string, Record<string, unknown>>();
const SIGNED_HERE_MAX = 10_000;

/** The checkpoint row for `head`, signed (not stored). */
export async function signCheckpoint(
  ctx: Ctx,
  userId: string,
  head: { chainId: string; seq: number; hash: string },
  reason: CheckpointReason,
  unverifiedThrough: number | undefined,
  activeKid?: string | null,
): Promise<EvidenceCheckpointRow> {
  const at = ctx.clock.now();
  const payload = {
    typ: 'checkpoint',
    sub: userId,
    chainId: head.chainId,
    seq: head.seq,
    headHash: head.hash,
    reason,
    at: at.toISOString(),
    ...(unverifiedThrough !== undefined ? { unverifiedThrough } : {}),
  };
  const { jws, kid } = await signRecord(ctx, payload, CHECKPOINT_TYP, activeKid);
  if (signedHere.size >= SIGNED_HERE_MAX) signedHere.clear();
  signedHere.set(jws, payload);
  return {
    id: ctx.ids.id(),
    user_id: userId,
    chain_id: head.chainId,
    seq: head.seq,
    head_hash: head.hash,
    reason,
    kid,
    jws,
    created_at: at,
  };
}

/**
 * `carriedUnverifiedThrough` when the chain's top checkpoint (`topJws`, read with the head)
 * is known: that checkpoint decides when it is this instance's and valid (no further reads
 * when this process signed it, or when `topKey`, this instance's key its kid names as read
 * with it, is given: null for none); otherwise every checkpoint of the chain is checked as
 * before.
 */
export async function carriedMark(
  ctx: Ctx,
  userId: string,
  chainId: string,
  topJws: string | null,
  topKey?: JWK | null,
): Promise<number | undefined> {
  if (topJws) {
    let payload = signedHere.get(topJws);
    if (!payload) {
      const v = await verifyRecord(
        ctx,
        topJws,
        [],
        topKey === undefined ? undefined : topKey ? [topKey] : [],
      );
      if (v.ok && v.own) payload = v.payload;
    }
    if (payload && payload.sub === userId && payload.chainId === chainId) {
      const through = payload.unverifiedThrough;
      return typeof through === 'number' ? through : undefined;
    }
  }
  return carriedUnverifiedThrough(ctx, userId, chainId);
}
