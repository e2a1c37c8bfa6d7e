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
  const at = ctx.clock.now();
  const unverifiedThrough =
    'unverifiedThrough' in opts
      ? opts.unverifiedThrough
      : await carriedUnverifiedThrough(ctx, userId, head.chainId);
  const { jws, kid } = await signRecord(
    ctx,
    {
      typ: 'checkpoint',
      sub: userId,
      chainId: head.chainId,
      seq: head.seq,
      headHash: head.hash,
      reason,
      at: at.toISOString(),
      ...(unverifiedThrough !== undefined ? { unverifiedThrough } : {}),
    },
    CHECKPOINT_TYP,
  );
  await ctx.store.evidence.insertCheckpoint({
    id: ctx.ids.id(),
    user_id: userId,
    chain_id: head.chainId,
    seq: head.seq,
    head_hash: head.hash,
    reason,
    kid,
    jws,
    created_at: at,
  });
}

/** The chain new entries go to: the one the newest checkpoint anchors, else the oldest entry's. */
export async function activeChainId(ctx: Ctx, userId: string): Promise<string> {
  const [latest] = await ctx.store.evidence.listCheckpoints(userId);
  if (latest) return latest.chain_id;
  const [first] = await ctx.store.evidence.listEntries(userId);
  return first?.chain_id ?? ctx.ids.id();
}
