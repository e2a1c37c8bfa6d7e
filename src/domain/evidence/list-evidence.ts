import { AppError } from '../../errors.ts';
import type { EvidenceEntry } from '../../shared/evidence.ts';
import type { Ctx } from '../ctx.ts';
import { assessEntries } from './assess-entries.ts';
import { linkedEvidenceIds } from './linked-evidence.ts';
import { presentEntry } from './present-entry.ts';

/**
 * The user's ledger entries, newest first, optionally only those for one skill or kind.
 * Deleted entries are listed as tombstones unless `includeDeleted` is false.
 */
export async function listEvidence(
  ctx: Ctx,
  userId: string,
  filter: { skillId?: string; kind?: string; includeDeleted?: boolean } = {},
): Promise<EvidenceEntry[]> {
  const rows = await ctx.store.evidence.listEntries(userId);
  const assurance = await assessEntries(ctx, rows);
  return rows
    .map((r) => presentEntry(r, assurance.get(r.id)))
    .filter((e) => filter.includeDeleted !== false || !e.deleted)
    .filter((e) => !filter.skillId || e.skills.includes(filter.skillId))
    .filter((e) => !filter.kind || e.kind === filter.kind)
    .sort((a, b) =>
      a.recordedAt === b.recordedAt ? b.seq - a.seq : a.recordedAt < b.recordedAt ? 1 : -1,
    );
}

/** One entry of the user. Throws `not_found`. */
export async function getEvidence(
  ctx: Ctx,
  userId: string,
  entryId: string,
): Promise<EvidenceEntry> {
  const row = await ctx.store.evidence.findEntry(userId, entryId);
  if (!row) throw new AppError('not_found', 'Evidence entry not found');
  return presentEntry(row, (await assessEntries(ctx, [row])).get(row.id));
}

/**
 * Changes who may see an entry (visibility is not part of the hashed content, so the chain
 * is unaffected). Throws `not_found` (not yours, or deleted) and `conflict` when a public
 * credential links to the entry (its link must keep answering).
 */
export async function setEvidenceVisibility(
  ctx: Ctx,
  userId: string,
  entryId: string,
  visibility: EvidenceEntry['visibility'] | undefined,
): Promise<EvidenceEntry> {
  if (visibility === undefined) return getEvidence(ctx, userId, entryId);
  if (visibility !== 'public') {
    const linking = (await ctx.store.credentials.listCredentials(userId)).filter(
      (c) =>
        c.visibility === 'public' &&
        !c.revoked_at &&
        linkedEvidenceIds(ctx.config, c).includes(entryId),
    );
    if (linking.length) {
      throw new AppError(
        'conflict',
        'A public credential links to this entry; make that credential private (or revoke it) first',
      );
    }
  }
  if (!(await ctx.store.evidence.setVisibility(userId, entryId, visibility))) {
    throw new AppError('not_found', 'Evidence entry not found');
  }
  return getEvidence(ctx, userId, entryId);
}

/** A downloadable attachment. */
export interface AttachmentFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** An attachment's bytes, for its owner. Throws `not_found`. */
export async function getAttachment(
  ctx: Ctx,
  userId: string,
  attachmentId: string,
): Promise<AttachmentFile> {
  const a = await ctx.store.evidence.findAttachment(userId, attachmentId);
  if (!a) throw new AppError('not_found', 'Attachment not found');
  return {
    name: a.name,
    mediaType: a.media_type,
    bytes: new Uint8Array(Buffer.from(a.content_b64, 'base64')),
  };
}

/** An attachment of a public, non-deleted entry, for anyone. Throws `not_found` otherwise. */
export async function getPublicAttachment(ctx: Ctx, attachmentId: string): Promise<AttachmentFile> {
  const a = await ctx.store.evidence.findAttachmentById(attachmentId);
  const entry = a ? await ctx.store.evidence.findEntryById(a.entry_id) : undefined;
  if (!a || !entry || entry.visibility !== 'public' || entry.deleted_at) {
    throw new AppError('not_found', 'Attachment not found');
  }
  return {
    name: a.name,
    mediaType: a.media_type,
    bytes: new Uint8Array(Buffer.from(a.content_b64, 'base64')),
  };
}
