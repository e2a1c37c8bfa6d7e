import type {
  DuplicateRow,
  FeedInfo,
  ImportRecord,
  NearDuplicateRow,
  PostInfo,
  PostSkill,
  RowError,
} from '../../../shared/radar.ts';
import type {
  RadarFeedRow,
  RadarImportRow,
  RadarPostRow,
} from '../../../store/repos/radar-repo.ts';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A stored post as the API shows it. */
export function presentPost(r: RadarPostRow): PostInfo {
  return {
    id: r.id,
    source: r.source,
    title: r.title,
    text: r.text,
    postedAt: new Date(r.posted_at).toISOString(),
    budget: r.budget,
    client: r.client,
    url: r.url,
    skills: (r.skills as PostSkill[]) ?? [],
    visibility: r.visibility,
    status: r.source === 'client' ? (r.delivery ?? 'delivered') : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** An import record with its progress and row errors. */
export function presentImport(r: RadarImportRow): ImportRecord {
  return {
    id: r.id,
    format: r.format,
    fileName: r.file_name,
    source: r.source,
    status: r.status,
    total: r.total,
    processed: r.processed,
    added: r.added,
    duplicates: r.duplicates,
    nearDuplicates: r.near_duplicates,
    errors: (r.errors as RowError[]) ?? [],
    nearDuplicateRows: (r.near_rows as NearDuplicateRow[]) ?? [],
    duplicateRows: (r.duplicate_rows as DuplicateRow[]) ?? [],
    warnings: (r.warnings as string[]) ?? [],
    createdAt: new Date(r.created_at).toISOString(),
    finishedAt: iso(r.finished_at),
  };
}

/** A feed without its conditional-request validators. */
export function presentFeed(r: RadarFeedRow): FeedInfo {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    enabled: r.enabled,
    intervalMinutes: r.interval_minutes,
    lastPolledAt: iso(r.last_polled_at),
    lastStatus: r.last_status,
    lastError: r.last_error,
    itemsAdded: r.items_added,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
