import type { JWK } from 'jose';
import { AppError, parseInput } from '../../errors.ts';
import { type EvidenceEntry, EvidenceInput } from '../../shared/evidence.ts';
import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { checkAttachments } from './attachments.ts';
import { carriedMark, signCheckpoint } from './checkpoint.ts';
import { contentHashOf, GENESIS, linkHash } from './ledger-hash.ts';
import { normaliseText } from './normalise-text.ts';
import { presentEntry } from './present-entry.ts';

const MAX_DATA_BYTES = 20_000;

/**
 * Appends one entry to the user's evidence ledger: the capability-wide verb that paths,
 * practice and peers call when something worth proving happens (a completed step, a
 * deliverable, a review, a peer validation), and that the API uses for client projects,
 * artifacts and reflections. The entry is hash-chained to the previous one and the new
 * head is signed as a checkpoint, all in one transaction (the caller's, if it has one).
 *
 * Input (`EvidenceInput` in `src/shared/evidence.ts`): kind, title, description, skills
 * (taxonomy ids), optional occurredAt, relatesTo (another entry of the same user, e.g. the
 * deliverable a review is about), url, data (small kind-specific JSON such as
 * `{ pathId, stepId }` or `{ rubricScore }`), attachments (base64, type-checked) and
 * visibility. Throws `invalid_input` (unknown skill, bad attachment, unknown relatesTo,
 * malformed input) and `payload_too_large`.
 */
export async function recordEvidence(
  ctx: Ctx,
  userId: string,
  input: EvidenceInput,
): Promise<EvidenceEntry> {
  const parsed = parseInput(EvidenceInput, input, 'The evidence entry is not valid');
  // What is hashed must be what is stored: no lone surrogates, no NUL (see normaliseText).
  const v = {
    ...normaliseText({ ...parsed, attachments: [] }),
    attachments: parsed.attachments.map((a) => ({ ...a, name: normaliseText(a.name) })),
  };
  const taxonomy = getTaxonomy();
  const unknown = v.skills.filter((s) => !taxonomy.skillById.has(s));
  if (unknown.length) {
    throw new AppError('invalid_input', `Unknown skill ids: ${unknown.join(', ')}`, {
      details: { issues: unknown.map((s) => ({ path: 'skills', message: `unknown skill ${s}` })) },
    });
  }
  if (Buffer.byteLength(JSON.stringify(v.data)) > MAX_DATA_BYTES) {
    throw new AppError('payload_too_large', 'The entry data is larger than 20 kB');
  }
  const files = checkAttachments(v.attachments);
  const now = ctx.clock.now();
  const occurredAt = v.occurredAt ? new Date(v.occurredAt) : now;

  return inTransaction(ctx, async (tx) => {
    // One round trip: the ledger lock, the chain, its head and its top checkpoint.
    const point = await tx.store.evidence.lockAppendPoint(userId);
    if (v.relatesTo) {
      const target = await tx.store.evidence.findEntry(userId, v.relatesTo);
      if (!target || target.deleted_at) {
        throw new AppError('invalid_input', 'relatesTo names no entry of yours', {
          details: { issues: [{ path: 'relatesTo', message: 'unknown entry' }] },
        });
      }
    }
    const chainId = point.chainId ?? tx.ids.id();
    const head = point.head;
    const id = tx.ids.id();
    const attachments = files.map((f) => ({
      id: tx.ids.id(),
      name: f.name,
      mediaType: f.mediaType,
      size: f.size,
      sha256: f.sha256,
    }));
    const row: EvidenceEntryRow = {
      id,
      user_id: userId,
      chain_id: chainId,
      seq: (head?.seq ?? 0) + 1,
      kind: v.kind,
      occurred_at: occurredAt,
      recorded_at: now,
      skills: [...new Set(v.skills)],
      title: v.title,
      description: v.description,
      relates_to: v.relatesTo ?? null,
      url: v.url ?? null,
      data: v.data,
      attachments,
      visibility: v.visibility,
      content_hash: '',
      prev_hash: head?.hash ?? GENESIS,
      hash: '',
      deleted_at: null,
      tombstone: null,
    };
    row.content_hash = contentHashOf(row);
    row.hash = linkHash(row.seq, row.prev_hash, row.content_hash);
    const checkpoint = await signCheckpoint(
      tx,
      userId,
      { chainId, seq: row.seq, hash: row.hash },
      'append',
      await carriedMark(
        tx,
        userId,
        chainId,
        point.checkpointJws,
        point.checkpointJwk as JWK | null,
      ),
      point.activeKid,
    );
    // The entry and the checkpoint anchoring it go in together.
    await tx.store.evidence.insertEntryWithCheckpoint(row, checkpoint);
    for (const [i, f] of files.entries()) {
      await tx.store.evidence.insertAttachment({
        id: attachments[i]!.id,
        user_id: userId,
        entry_id: id,
        name: f.name,
        media_type: f.mediaType,
        size: f.size,
        sha256: f.sha256,
        content_b64: f.contentB64,
        created_at: now,
      });
    }
    return presentEntry(row);
  });
}
