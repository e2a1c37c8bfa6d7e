import type { Ctx } from '../ctx.ts';
import { CHECKPOINT_TYP } from './ledger-hash.ts';
import { signRecord } from './signing-keys.ts';

/** Why a checkpoint was signed. */
export type CheckpointReason = 'append' | 'tombstone' | 'import';

/**
 * Signs the head of one chain with the instance key and stores the checkpoint. Call it in
 * the same transaction as the change it anchors.
 */
export async function writeCheckpoint(
  ctx: Ctx,
  userId: string,
  head: { chainId: string; seq: number; hash: string },
  reason: CheckpointReason,
): Promise<void> {
  const at = ctx.clock.now();
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
