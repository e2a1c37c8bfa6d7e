import { AppError } from '../../errors.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { writeCheckpoint } from './checkpoint.ts';
import { TOMBSTONE_TYP, tombstoneRecord } from './ledger-hash.ts';
import { signRecord } from './signing-keys.ts';

/**
 * Deletes an entry's content and attachments but keeps its place in the chain: the row
 * keeps its hashes and gains an instance-signed tombstone, so the ledger still verifies
 * and shows that something was deleted, and when. Throws `not_found` (not yours, or
 * already deleted).
 */
export async function deleteEvidence(ctx: Ctx, userId: string, entryId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await tx.store.evidence.lockLedger(userId);
    const row = await tx.store.evidence.findEntry(userId, entryId);
    if (!row || row.deleted_at) throw new AppError('not_found', 'Evidence entry not found');
    const at = tx.clock.now();
    const { jws } = await signRecord(tx, tombstoneRecord(userId, row, at), TOMBSTONE_TYP);
    await tx.store.evidence.tombstone(userId, entryId, at, jws);
    const head = await tx.store.evidence.findHead(userId, row.chain_id);
    if (head) {
      await writeCheckpoint(
        tx,
        userId,
        { chainId: head.chain_id, seq: head.seq, hash: head.hash },
        'tombstone',
      );
    }
  });
}
