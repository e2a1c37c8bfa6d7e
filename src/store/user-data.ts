import { type Kysely, sql } from 'kysely';
import type { Database } from './db-types.ts';
import { unpackPlan } from './packed-plan.ts';

/**
 * Every table that holds a person's data, parent tables first. `owner` is the column that
 * names the user. `exported: false` tables are deleted with the account but never leave the
 * instance (sign-in secrets). A test compares this list with the schema, so a new table
 * that holds user data cannot be forgotten by export, import or delete.
 */
export const USER_DATA_TABLES: ReadonlyArray<{
  table: string;
  owner: string;
  exported: boolean;
  /** One row per user (keyed by the owner): an import replaces the existing row. */
  replaceOnImport?: boolean;
  why?: string;
  /** How an exported row is written when it differs from the stored row. */
  exportRow?: (row: Record<string, unknown>) => Record<string, unknown>;
}> = [
  { table: 'profiles', owner: 'user_id', exported: true, replaceOnImport: true },
  {
    table: 'sessions',
    owner: 'user_id',
    exported: false,
    why: 'sign-in sessions are secrets of this instance',
  },
  {
    table: 'api_tokens',
    owner: 'user_id',
    exported: false,
    why: 'token hashes are secrets of this instance',
  },
  {
    table: 'signin_links',
    owner: 'user_id',
    exported: false,
    why: 'one-time sign-in link hashes are secrets of this instance',
  },
  {
    table: 'user_llm_settings',
    owner: 'user_id',
    exported: false,
    why: 'the sealed API key opens only with this instance secret key',
  },
  { table: 'llm_calls', owner: 'user_id', exported: true },
  { table: 'radar_imports', owner: 'user_id', exported: true },
  { table: 'radar_feeds', owner: 'user_id', exported: true },
  { table: 'radar_posts', owner: 'user_id', exported: true },
  { table: 'radar_post_skills', owner: 'user_id', exported: true },
  { table: 'radar_post_bands', owner: 'user_id', exported: true },
  {
    table: 'radar_import_chunks',
    owner: 'user_id',
    exported: false,
    why: 'validated rows of an unfinished import, staged until it is written (all or nothing)',
  },
  {
    table: 'radar_import_counts',
    owner: 'user_id',
    exported: false,
    why: 'read-model counts of an unfinished import, merged when it is done',
  },
  {
    table: 'radar_reextract_staging',
    owner: 'user_id',
    exported: false,
    why: 'skills a running re-extraction read, swapped in when all of the person’s posts are read',
  },
  {
    table: 'radar_month_counts',
    owner: 'user_id',
    exported: false,
    why: 'derived from the posts by database triggers; an import rebuilds it',
  },
  {
    table: 'radar_month_facets',
    owner: 'user_id',
    exported: false,
    why: 'derived from the posts by database triggers; an import rebuilds it',
  },
  {
    table: 'peer_versions',
    owner: 'user_id',
    exported: false,
    why: 'a cache stamp of this instance, renewed by triggers on every change',
  },
  {
    table: 'person_versions',
    owner: 'user_id',
    exported: false,
    why: 'a cache stamp of this instance, renewed by triggers on every change',
  },
  {
    table: 'insight_versions',
    owner: 'user_id',
    exported: false,
    why: 'a cache stamp of this instance, renewed by triggers on every change',
  },
  { table: 'practice_briefs', owner: 'user_id', exported: true },
  { table: 'practice_submissions', owner: 'user_id', exported: true },
  { table: 'practice_shares', owner: 'user_id', exported: true },
  { table: 'practice_reviews', owner: 'user_id', exported: true },
  { table: 'practice_scaffolding', owner: 'user_id', exported: true },
  { table: 'review_cards', owner: 'user_id', exported: true },
  { table: 'review_logs', owner: 'user_id', exported: true },
  { table: 'exam_answers', owner: 'user_id', exported: true },
  { table: 'external_credentials', owner: 'user_id', exported: true },
  { table: 'time_logs', owner: 'user_id', exported: true },
  { table: 'notifications', owner: 'user_id', exported: true },
  { table: 'progress_settings', owner: 'user_id', exported: true, replaceOnImport: true },
  { table: 'evidence_entries', owner: 'user_id', exported: true },
  { table: 'evidence_attachments', owner: 'user_id', exported: true },
  { table: 'evidence_checkpoints', owner: 'user_id', exported: true },
  {
    table: 'evidence_confirmations',
    owner: 'user_id',
    exported: false,
    why: 'one-time confirmation link hashes are secrets of this instance',
  },
  { table: 'credentials', owner: 'user_id', exported: true },
  { table: 'skill_stories', owner: 'user_id', exported: true },
  { table: 'portfolio_settings', owner: 'user_id', exported: true, replaceOnImport: true },
  {
    table: 'portfolio_handle_history',
    owner: 'user_id',
    exported: false,
    why: 'which handles this instance keeps for the person is this instance’s own reservation',
  },
  { table: 'learning_paths', owner: 'user_id', exported: true },
  {
    table: 'learning_path_versions',
    owner: 'user_id',
    exported: true,
    // Exports carry the plan text, as before plans were stored compressed (migration 0029).
    exportRow: (row) => unpackPlan(row as { plan: string; plan_gzip: string | null }),
  },
  { table: 'learning_path_progress', owner: 'user_id', exported: true },
  { table: 'step_annotations', owner: 'user_id', exported: true },
  { table: 'path_availability', owner: 'user_id', exported: true, replaceOnImport: true },
  {
    table: 'calendar_tokens',
    owner: 'user_id',
    exported: false,
    why: 'calendar feed token hashes are secrets of this instance',
  },
  { table: 'peer_profiles', owner: 'user_id', exported: true, replaceOnImport: true },
  { table: 'peer_credits', owner: 'user_id', exported: true },
  { table: 'peer_questions', owner: 'user_id', exported: true },
  ...[
    'peer_question_routes',
    'peer_answers',
    'peer_blocks',
    'peer_reports',
    'peer_exchanges',
    'peer_messages',
    'peer_teachings',
    'peer_circles',
    'peer_circle_members',
    'peer_circle_invites',
    'peer_shares',
  ].map((table) => ({
    table,
    owner: 'user_id',
    exported: false,
    why: 'peer records shared with other people of this instance (their ids, threads, invite hashes); teaching evidence travels with the ledger',
  })),
];

/** Tables that hold no one person's data: instance state, queues, caches, migrations. */
export const INSTANCE_TABLES: ReadonlyArray<string> = [
  'users',
  'rate_limits',
  // Keyed by the email tried (known or not); forgotten after a quiet day.
  'signin_throttle',
  'kv_cache',
  'jobs',
  'instance_settings',
  'llm_cache',
  'catalog_resources',
  'radar_imported_skills',
  // ESCO occupations imported by the instance's official import (what posts are coded with).
  'radar_imported_occupations',
  // The taxonomy's skill domains, synced from the shipped taxonomy.
  'radar_skill_domains',
  'signing_keys',
  'credential_status_lists',
  // Instance state: a slot stays taken (owner cleared) after its holder's account is deleted.
  'credential_status_slots',
  // One counter for the whole peer pool, bumped by triggers (migration 0028).
  'peer_pool_stamp',
  // Hashes of deleted accounts' portfolio handles, kept from new owners for a while (0037).
  'retired_handles',
  'kysely_migration',
  'kysely_migration_lock',
];

export type ExportedTables = Record<string, Record<string, unknown>[]>;

/** Tables that exist in the connected database's public schema. */
export async function listSchemaTables(db: Kysely<Database>): Promise<string[]> {
  const r = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(
    db,
  );
  return r.rows.map((x) => x.table_name);
}

/**
 * Bytes as exported: PostgreSQL's own text form of `bytea` (`\x` and hex), which JSON
 * carries intact (a byte array as JSON became an object of numbered keys, which no import
 * read back as the same bytes).
 */
function byteaText(b: Uint8Array): string {
  return `\\x${Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')}`;
}

/**
 * An exported `bytea` value as bytes: the `\x` hex text exports write, or what earlier
 * exports wrote for bytes (an object of numbered keys, or Node's `{ type: 'Buffer', data }`).
 * Anything else is refused.
 */
function byteaValue(v: unknown, where: string): Buffer {
  if (typeof v === 'string' && /^\\x(?:[0-9a-f]{2})*$/i.test(v))
    return Buffer.from(v.slice(2), 'hex');
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const data = o.type === 'Buffer' && Array.isArray(o.data) ? o.data : Object.values(o);
    const keysInOrder = o.type === 'Buffer' || Object.keys(o).every((key, i) => key === String(i));
    if (
      keysInOrder &&
      data.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 255)
    )
      return Buffer.from(data as number[]);
  }
  throw new TypeError(`${where}: a bytea value is neither \\x hex text nor a byte array`);
}

async function columnTypes(db: Kysely<Database>, table: string): Promise<Map<string, string>> {
  const r = await sql<{ column_name: string; data_type: string }>`
    select column_name, data_type from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}`.execute(db);
  return new Map(r.rows.map((x) => [x.column_name, x.data_type]));
}

/** Reads every exported row owned by `userId`, with dates as ISO strings and the owner column removed. */
export async function exportUserRows(
  db: Kysely<Database>,
  userId: string,
): Promise<ExportedTables> {
  const out: ExportedTables = {};
  for (const t of USER_DATA_TABLES) {
    if (!t.exported) continue;
    const r = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(t.table)} where ${sql.ref(t.owner)} = ${userId} order by 1`.execute(
      db,
    );
    out[t.table] = r.rows.map((stored) => {
      const row = t.exportRow ? t.exportRow(stored) : stored;
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) {
        if (k === t.owner) continue;
        copy[k] = v instanceof Date ? v.toISOString() : v instanceof Uint8Array ? byteaText(v) : v;
      }
      return copy;
    });
  }
  return out;
}

/**
 * Inserts exported rows as belonging to `userId`. Unknown tables or columns are rejected by
 * the caller's validation; rows whose primary key already exists raise a unique violation.
 */
export async function importUserRows(
  db: Kysely<Database>,
  userId: string,
  tables: ExportedTables,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of USER_DATA_TABLES) {
    const rows = tables[t.table];
    if (!t.exported || !rows || rows.length === 0) continue;
    const types = await columnTypes(db, t.table);
    if (t.replaceOnImport) {
      await sql`delete from ${sql.table(t.table)} where ${sql.ref(t.owner)} = ${userId}`.execute(
        db,
      );
    }
    for (const row of rows) {
      const values: Record<string, unknown> = { [t.owner]: userId };
      for (const [k, v] of Object.entries(row)) {
        if (!types.has(k) || k === t.owner) continue;
        const type = types.get(k);
        values[k] =
          (type === 'jsonb' || type === 'json') && v !== null
            ? JSON.stringify(v)
            : type === 'bytea' && v !== null
              ? byteaValue(v, `${t.table}.${k}`)
              : v;
      }
      const cols = Object.keys(values);
      await sql`insert into ${sql.table(t.table)} (${sql.join(cols.map((c) => sql.ref(c)))}) values (${sql.join(cols.map((c) => values[c]))})`.execute(
        db,
      );
    }
    counts[t.table] = rows.length;
  }
  return counts;
}

/** Deletes every row of every user-data table owned by `userId`, children first, then the user. */
export async function deleteUserRows(db: Kysely<Database>, userId: string): Promise<void> {
  for (const t of [...USER_DATA_TABLES].reverse()) {
    await sql`delete from ${sql.table(t.table)} where ${sql.ref(t.owner)} = ${userId}`.execute(db);
  }
  await sql`delete from users where id = ${userId}`.execute(db);
}

/** Counts rows owned by `userId` in each user-data table (used by tests and the deletion report). */
export async function countUserRows(
  db: Kysely<Database>,
  userId: string,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of USER_DATA_TABLES) {
    const r = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(t.table)} where ${sql.ref(t.owner)} = ${userId}`.execute(
      db,
    );
    out[t.table] = Number(r.rows[0]?.n ?? 0);
  }
  return out;
}
