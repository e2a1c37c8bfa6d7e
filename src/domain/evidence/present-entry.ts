import type { EvidenceEntry } from '../../shared/evidence.ts';
import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';
import { assuranceOf, type EntryAssurance } from './assess-entries.ts';

/**
 * A ledger row as the API shows it, with its assurance (from `assessEntries`; without it,
 * what the entry shows by itself, never more).
 */
export function presentEntry(row: EvidenceEntryRow, assurance?: EntryAssurance): EvidenceEntry {
  const a = assurance ?? assuranceOf(row);
  return {
    id: row.id,
    seq: row.seq,
    kind: row.kind as EvidenceEntry['kind'],
    title: row.title,
    description: row.description,
    skills: (row.skills as string[]) ?? [],
    occurredAt: new Date(row.occurred_at).toISOString(),
    recordedAt: new Date(row.recorded_at).toISOString(),
    relatesTo: row.relates_to,
    url: row.url,
    data: (row.data as Record<string, unknown>) ?? {},
    attachments: (row.attachments as EvidenceEntry['attachments']) ?? [],
    visibility: row.visibility,
    hash: row.hash,
    deleted: row.deleted_at !== null,
    deletedAt: row.deleted_at ? new Date(row.deleted_at).toISOString() : null,
    assurance: a.level,
    assuranceDetail: a.detail,
  };
}
