import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';
import { canonicalJson, sha256Hex } from './canonical-json.ts';

/** The `prev_hash` of a chain's first entry. */
export const GENESIS = 'genesis';

/** JWS `typ` values of the instance's internal ledger signatures. */
export const CHECKPOINT_TYP = 'skilltrace-ledger-checkpoint+jws';
export const TOMBSTONE_TYP = 'skilltrace-ledger-tombstone+jws';

/**
 * The committed content of an entry: everything a person could change to alter what the
 * entry says. Visibility is a sharing setting, not content, so it is left out.
 */
export function entryContent(row: EvidenceEntryRow): Record<string, unknown> {
  return {
    v: 1,
    id: row.id,
    chainId: row.chain_id,
    seq: row.seq,
    kind: row.kind,
    occurredAt: new Date(row.occurred_at).toISOString(),
    recordedAt: new Date(row.recorded_at).toISOString(),
    skills: row.skills,
    title: row.title,
    description: row.description,
    relatesTo: row.relates_to,
    url: row.url,
    data: row.data,
    attachments: row.attachments,
  };
}

/** sha256 of the entry's canonical content. */
export function contentHashOf(row: EvidenceEntryRow): string {
  return sha256Hex(canonicalJson(entryContent(row)));
}

/** The chain hash: commits to the position, the previous entry's hash and this content. */
export function linkHash(seq: number, prevHash: string, contentHash: string): string {
  return sha256Hex(canonicalJson({ v: 1, seq, prev: prevHash, content: contentHash }));
}

/** The signed statement that an entry was deleted on purpose (its content erased). */
export function tombstoneRecord(
  userId: string,
  row: Pick<EvidenceEntryRow, 'id' | 'chain_id' | 'seq' | 'content_hash' | 'hash'>,
  deletedAt: Date,
): Record<string, unknown> {
  return {
    typ: 'tombstone',
    sub: userId,
    entryId: row.id,
    chainId: row.chain_id,
    seq: row.seq,
    contentHash: row.content_hash,
    hash: row.hash,
    deletedAt: deletedAt.toISOString(),
  };
}
