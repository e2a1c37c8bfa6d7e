import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';
import type { Ctx } from '../ctx.ts';
import { contentHashOf } from './ledger-hash.ts';
import { verifyRecord } from './signing-keys.ts';

/**
 * Which of one person's entries (`rows`, all of `userId`) this instance cannot stand behind,
 * by id: entries it did not record (imported history its own checkpoints mark unproven, or
 * entries no checkpoint signed with its own key covers: written outside Skilltrace) and
 * entries changed since they were recorded (content hash). Their facts (a client's
 * confirmation, a peer's review) are the entry's say-so, so their assurance counts as
 * self-reported. Reads the person's checkpoints and verifies the newest fitting one per
 * chain; never throws for a broken ledger.
 */
export async function unprovenEntryIds(
  ctx: Ctx,
  userId: string,
  rows: readonly EvidenceEntryRow[],
): Promise<Set<string>> {
  const out = new Set<string>();
  if (rows.length === 0) return out;
  const chains = new Set(rows.map((r) => r.chain_id));
  const checkpoints = (await ctx.store.evidence.listCheckpoints(userId))
    .filter((c) => chains.has(c.chain_id))
    .sort((a, b) => b.seq - a.seq);
  // Per chain: the highest position a valid own checkpoint covers, and its unproven mark.
  const anchors = new Map<string, { seq: number; through: number }>();
  for (const cp of checkpoints) {
    if (anchors.has(cp.chain_id)) continue;
    const v = await verifyRecord(ctx, cp.jws);
    if (!v.ok || !v.own) continue;
    const p = v.payload;
    if (p.typ !== 'checkpoint' || p.sub !== userId || p.chainId !== cp.chain_id) continue;
    if (p.seq !== cp.seq || p.headHash !== cp.head_hash) continue;
    const through = typeof p.unverifiedThrough === 'number' ? p.unverifiedThrough : 0;
    anchors.set(cp.chain_id, { seq: cp.seq, through });
  }
  for (const r of rows) {
    const a = anchors.get(r.chain_id);
    const changed = !r.deleted_at && contentHashOf(r) !== r.content_hash;
    if (!a || r.seq > a.seq || r.seq <= a.through || changed) out.add(r.id);
  }
  return out;
}
