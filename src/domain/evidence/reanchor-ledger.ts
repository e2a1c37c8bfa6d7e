import { type Ctx, inTransaction } from '../ctx.ts';
import { writeCheckpoint } from './checkpoint.ts';
import { TOMBSTONE_TYP, tombstoneRecord } from './ledger-hash.ts';
import { signRecord, verifyRecord } from './signing-keys.ts';

/**
 * Re-anchors a ledger that arrived by data import: tombstones and checkpoints signed by
 * another instance (or for another account id) are re-signed here, and the head of every
 * chain gets a signed `import` checkpoint. Content and chain hashes are untouched, so any
 * change made to the export before import is still detected by `verifyLedger`. Returns the
 * number of chains anchored.
 */
export async function reanchorLedger(ctx: Ctx, userId: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    await tx.store.evidence.lockLedger(userId);
    const rows = await tx.store.evidence.listEntries(userId);
    for (const row of rows.filter((r) => r.deleted_at && r.tombstone)) {
      const v = await verifyRecord(tx, row.tombstone!);
      const p = v.ok ? v.payload : undefined;
      if (p?.sub === userId) continue;
      // Re-sign only what the original tombstone said, so a forged one is not laundered.
      const same =
        p && p.entryId === row.id && p.hash === row.hash && p.contentHash === row.content_hash;
      const foreign = !v.ok && /does not know/.test(v.reason);
      if (!same && !foreign) continue;
      const deletedAt = new Date(row.deleted_at!);
      const { jws } = await signRecord(tx, tombstoneRecord(userId, row, deletedAt), TOMBSTONE_TYP);
      await tx.store.evidence.setTombstone(userId, row.id, jws);
    }
    const heads = new Map<string, (typeof rows)[number]>();
    for (const r of rows) {
      const h = heads.get(r.chain_id);
      if (!h || r.seq > h.seq) heads.set(r.chain_id, r);
    }
    for (const h of heads.values()) {
      await writeCheckpoint(
        tx,
        userId,
        { chainId: h.chain_id, seq: h.seq, hash: h.hash },
        'import',
      );
    }
    return heads.size;
  });
}
