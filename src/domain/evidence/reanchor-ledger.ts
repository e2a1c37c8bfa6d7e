import type { JWK } from 'jose';
import { type Ctx, inTransaction } from '../ctx.ts';
import type { ImportedChain } from './check-imported-ledger.ts';
import { writeCheckpoint } from './checkpoint.ts';
import { TOMBSTONE_TYP, tombstoneRecord } from './ledger-hash.ts';
import { signRecord, verifyRecord } from './signing-keys.ts';

/**
 * Re-anchors a ledger that arrived by data import, after `checkImportedLedger` judged it:
 * tombstones the source signed (this instance's keys or the supplied ones) for exactly
 * these entries are re-signed for this account, and the head of every chain gets a signed
 * `import` checkpoint that carries which positions are unproven. Content and chain hashes
 * are untouched, so changes made to the export are still detected by `verifyLedger`.
 * Returns the number of chains anchored.
 */
export async function reanchorLedger(
  ctx: Ctx,
  userId: string,
  chains: ImportedChain[],
  sourceKeys: JWK[] = [],
): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    await tx.store.evidence.lockLedger(userId);
    const rows = await tx.store.evidence.listEntries(userId);
    for (const row of rows.filter((r) => r.deleted_at && r.tombstone)) {
      const v = await verifyRecord(tx, row.tombstone!, sourceKeys);
      const p = v.ok ? v.payload : undefined;
      if (p?.sub === userId) continue;
      // Re-sign only what a valid original tombstone said, so a forged one is not laundered.
      const same =
        p && p.entryId === row.id && p.hash === row.hash && p.contentHash === row.content_hash;
      if (!same) continue;
      const deletedAt = new Date(row.deleted_at!);
      const { jws } = await signRecord(tx, tombstoneRecord(userId, row, deletedAt), TOMBSTONE_TYP);
      await tx.store.evidence.setTombstone(userId, row.id, jws);
    }
    const marks = new Map(chains.map((c) => [c.chainId, c.unverifiedThrough]));
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
        // A chain the check did not see (here before the import) keeps its own mark.
        marks.has(h.chain_id) ? { unverifiedThrough: marks.get(h.chain_id) } : {},
      );
    }
    return heads.size;
  });
}
