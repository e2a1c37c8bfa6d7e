import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';
import type { Ctx } from '../ctx.ts';
import { ownCheckpoints } from './checkpoint.ts';
import { contentHashOf } from './ledger-hash.ts';

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
    const [own] = await ownCheckpoints(ctx, userId, [cp]);
    if (own) anchors.set(cp.chain_id, { seq: own.seq, through: own.unverifiedThrough ?? 0 });
  }
  for (const r of rows) {
    const a = anchors.get(r.chain_id);
    const changed = !r.deleted_at && contentHashOf(r) !== r.content_hash;
    if (!a || r.seq > a.seq || r.seq <= a.through || changed) out.add(r.id);
  }
  return out;
}
