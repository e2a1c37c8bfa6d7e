import type { LedgerProblem, LedgerVerification } from '../../shared/evidence.ts';
import type { EvidenceCheckpointRow, EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';
import type { Ctx } from '../ctx.ts';
import { contentHashOf, GENESIS, linkHash } from './ledger-hash.ts';
import { verifyRecord } from './signing-keys.ts';

type Problem = LedgerProblem;

const label = (r: EvidenceEntryRow) => `entry #${r.seq} (${r.id})`;

async function checkTombstone(
  ctx: Ctx,
  userId: string,
  row: EvidenceEntryRow,
): Promise<string | undefined> {
  if (!row.tombstone) return 'it is marked deleted but has no signed tombstone';
  const v = await verifyRecord(ctx, row.tombstone);
  if (!v.ok) return `its tombstone is not valid: ${v.reason}`;
  const p = v.payload;
  const matches =
    p.typ === 'tombstone' &&
    p.sub === userId &&
    p.entryId === row.id &&
    p.chainId === row.chain_id &&
    p.seq === row.seq &&
    p.contentHash === row.content_hash &&
    p.hash === row.hash;
  return matches ? undefined : 'its tombstone was signed for different content';
}

async function checkChain(
  ctx: Ctx,
  userId: string,
  rows: EvidenceEntryRow[],
  checkpoints: EvidenceCheckpointRow[],
): Promise<{ problems: Problem[]; checkpoint: LedgerVerification['checkpoint'] }> {
  const problems: Problem[] = [];
  const add = (row: EvidenceEntryRow | undefined, problem: Problem['problem'], message: string) =>
    problems.push({ entryId: row?.id ?? null, seq: row?.seq ?? null, problem, message });
  let prev = GENESIS;
  let expected = 1;
  for (const row of rows) {
    if (row.seq !== expected) {
      add(
        row,
        'sequence_gap',
        row.seq > expected
          ? `${label(row)} follows #${expected - 1}: entries #${expected}–#${row.seq - 1} are missing (deleted outside Skilltrace)`
          : `${label(row)} is out of order`,
      );
    }
    if (row.deleted_at) {
      const why = await checkTombstone(ctx, userId, row);
      if (why) add(row, 'tombstone_invalid', `${label(row)}: ${why}`);
    } else if (contentHashOf(row) !== row.content_hash) {
      add(row, 'content_changed', `${label(row)} was changed after it was recorded (or moved)`);
    }
    if (row.prev_hash !== prev) {
      add(
        row,
        'link_broken',
        `${label(row)} does not follow the entry before it: an entry was deleted, changed or reordered`,
      );
    }
    if (linkHash(row.seq, row.prev_hash, row.content_hash) !== row.hash) {
      add(row, 'hash_mismatch', `${label(row)} has a chain hash that does not match its content`);
    }
    prev = row.hash;
    expected = row.seq + 1;
  }

  // The strongest anchor of the chain is its signed checkpoint with the highest position.
  const sorted = [...checkpoints].sort((a, b) => b.seq - a.seq);
  let anchor: { cp: EvidenceCheckpointRow; payload: Record<string, unknown> } | undefined;
  let firstInvalid: string | undefined;
  for (const cp of sorted) {
    const v = await verifyRecord(ctx, cp.jws);
    const p = v.ok ? v.payload : undefined;
    const fits =
      p &&
      p.typ === 'checkpoint' &&
      p.sub === userId &&
      p.chainId === cp.chain_id &&
      p.seq === cp.seq &&
      p.headHash === cp.head_hash;
    if (fits) {
      anchor = { cp, payload: p };
      break;
    }
    firstInvalid ??= v.ok ? 'it was signed for different values' : v.reason;
  }
  const last = rows.at(-1);
  if (!anchor) {
    if (firstInvalid)
      add(undefined, 'checkpoint_invalid', `The ledger checkpoint is not valid: ${firstInvalid}`);
    else if (last) add(undefined, 'no_checkpoint', 'No signed checkpoint anchors this ledger');
    return { problems, checkpoint: null };
  }
  const { cp } = anchor;
  const atCp = rows.find((r) => r.seq === cp.seq);
  if (!atCp) {
    add(
      last,
      'entries_missing',
      `The signed checkpoint covers ${cp.seq} entries but the ledger ends at #${last?.seq ?? 0}: entries were deleted outside Skilltrace`,
    );
  } else if (atCp.hash !== cp.head_hash) {
    add(atCp, 'content_changed', `${label(atCp)} differs from what the signed checkpoint recorded`);
  }
  const unproven = anchor.payload.unverifiedThrough;
  if (typeof unproven === 'number' && unproven > 0) {
    add(
      rows.find((r) => r.seq === Math.min(unproven, last?.seq ?? unproven)),
      'imported_unverified',
      `Entries #1–#${unproven} were imported without a checkpoint signed by this instance: their history is not proven here, and they count as self-reported`,
    );
  }
  for (const r of rows.filter((x) => x.seq > cp.seq)) {
    add(
      r,
      'not_checkpointed',
      `${label(r)} was added outside Skilltrace (no signed checkpoint covers it)`,
    );
  }
  return {
    problems,
    checkpoint: {
      seq: cp.seq,
      at: new Date(cp.created_at).toISOString(),
      reason: cp.reason,
      kid: cp.kid,
    },
  };
}

/**
 * Checks the whole evidence ledger of `userId`: every entry's content hash, every link to
 * the entry before it, sequence numbers, signed tombstones, and the instance-signed
 * checkpoint of each chain. Reports the first bad entry and every problem; never throws
 * for a broken ledger (that is the answer, not an error).
 */
export async function verifyLedger(ctx: Ctx, userId: string): Promise<LedgerVerification> {
  const rows = await ctx.store.evidence.listEntries(userId);
  const checkpoints = await ctx.store.evidence.listCheckpoints(userId);
  const chainIds = [
    ...new Set([...rows.map((r) => r.chain_id), ...checkpoints.map((c) => c.chain_id)]),
  ];
  const problems: Problem[] = [];
  let checkpoint: LedgerVerification['checkpoint'] = null;
  let headHash: string | null = null;
  for (const chainId of chainIds) {
    const chainRows = rows.filter((r) => r.chain_id === chainId).sort((a, b) => a.seq - b.seq);
    const r = await checkChain(
      ctx,
      userId,
      chainRows,
      checkpoints.filter((c) => c.chain_id === chainId),
    );
    problems.push(...r.problems);
    if (r.checkpoint && (!checkpoint || r.checkpoint.at >= checkpoint.at)) {
      checkpoint = r.checkpoint;
      headHash = chainRows.at(-1)?.hash ?? null;
    }
  }
  const withSeq = problems
    .filter((p) => p.seq !== null)
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  return {
    ok: problems.length === 0,
    entries: rows.length,
    tombstones: rows.filter((r) => r.deleted_at).length,
    chains: chainIds.length,
    headHash,
    checkpoint,
    firstBad: withSeq[0] ?? problems[0] ?? null,
    problems,
  };
}
