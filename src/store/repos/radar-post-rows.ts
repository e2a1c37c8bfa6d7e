import { type Kysely, sql } from 'kysely';
import type { Database } from '../db-types.ts';
import { chunks } from './radar-shared.ts';
import type { NewRadarPost, NewRadarPostSkill } from './radar-types.ts';

/**
 * A band key `<band>:<hash in base 36>` packed as one integer, `band * 2^32 + hash` (exact in a
 * JS number: bands are < 2^21), as stored in `radar_posts.band_keys`; and back.
 */
export function packBandKey(key: string): number {
  const at = key.indexOf(':');
  return Number(key.slice(0, at)) * 2 ** 32 + Number.parseInt(key.slice(at + 1), 36);
}
export function unpackBandKey(packed: number): string {
  return `${Math.floor(packed / 2 ** 32)}:${(packed % 2 ** 32).toString(36)}`;
}
/** Band keys as a bigint[] value (one array literal parameter, the same on both stores). */
export function bandArray(keys: string[]) {
  return sql`${`{${[...new Set(keys)].map(packBandKey).join(',')}}`}::bigint[]`;
}

/** The columns of `radar_posts` an insert writes, with their types for `json_to_recordset`. */
export const POST_INSERT_COLUMNS = [
  ['id', 'text'],
  ['user_id', 'text'],
  ['source', 'text'],
  ['title', 'text'],
  ['text', 'text'],
  ['posted_at', 'timestamptz'],
  ['budget', 'text'],
  ['client', 'text'],
  ['url', 'text'],
  ['text_hash', 'text'],
  ['skills', 'jsonb'],
  ['import_id', 'text'],
  ['feed_id', 'text'],
  ['visibility', 'text'],
  ['delivery', 'text'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  // Sent as base64 text (two thirds of hex, and the fingerprint is a row's largest field
  // after its text), decoded by the insert.
  ['fingerprint', 'text'],
  ['band_keys', 'bigint[]'],
  ['extraction_version', 'text'],
  ['occupation', 'text'],
  ['occupation_given', 'text'],
] as const;
const POST_COLUMNS = sql.raw(POST_INSERT_COLUMNS.map(([n, t]) => `${n} ${t}`).join(', '));
const POST_NAMES = sql.raw(POST_INSERT_COLUMNS.map(([n]) => n).join(', '));
/** What the insert selects from the rows: the columns, the fingerprint decoded. */
const POST_VALUES = sql.raw(
  POST_INSERT_COLUMNS.map(([n]) => (n === 'fingerprint' ? `decode(${n}, 'base64')` : n)).join(', '),
);
const SKILL_COLUMNS = sql.raw(
  'post_id text, user_id text, skill_id text, source text, posted_at timestamptz, confidence double precision, import_id text',
);
const SKILL_NAMES = sql.raw('post_id, user_id, skill_id, source, posted_at, confidence, import_id');

/**
 * Inserts posts with their band keys and skills (skills take the post's import id): one
 * statement per table for up to 1,000 posts and 5,000 skills, the rows sent as one JSON
 * parameter and expanded with `json_to_recordset` (the same on PGlite and PostgreSQL, and
 * much cheaper to bind and plan than a VALUES list of thousands of parameters).
 */
/**
 * Posts and their skill rows as the JSON parameters of their inserts (`json_to_recordset`:
 * read straight from the text, with no jsonb value built first; about 15 % less database time
 * per insert than `jsonb_to_recordset` on the embedded store), one per part of at most 1,000
 * posts / 5,000 skills. Built before a transaction opens, so the embedded store's one
 * connection is not held while it is serialised.
 */
export interface PostRowsJson {
  posts: string[];
  skills: string[];
}

/** Bytes as base64, without copying them first. */
const base64 = (b: Uint8Array) =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');

export function postRowsJson(posts: NewRadarPost[], skills: NewRadarPostSkill[]): PostRowsJson {
  const importOf = new Map(posts.map((p) => [p.id, p.import_id]));
  return {
    posts: chunks(posts, 1000).map((part) =>
      JSON.stringify(
        // The columns the insert reads, in one shape (no rest and spread copies of each post).
        part.map((p) => ({
          id: p.id,
          user_id: p.user_id,
          source: p.source,
          title: p.title,
          text: p.text,
          posted_at: p.posted_at,
          budget: p.budget,
          client: p.client,
          url: p.url,
          text_hash: p.text_hash,
          skills: p.skills,
          import_id: p.import_id,
          feed_id: p.feed_id,
          visibility: p.visibility,
          delivery: p.delivery ?? null,
          created_at: p.created_at,
          updated_at: p.updated_at,
          fingerprint: p.fingerprint ? base64(p.fingerprint) : null,
          band_keys: [...new Set(p.bands)].map(packBandKey),
          extraction_version: p.extraction_version,
          occupation: p.occupation,
          occupation_given: p.occupation_given ?? null,
        })),
      ),
    ),
    skills: chunks(skills, 5000).map((part) =>
      JSON.stringify(
        part.map((k) => ({ ...k, import_id: k.import_id ?? importOf.get(k.post_id) ?? null })),
      ),
    ),
  };
}

export async function insertPostRows(
  db: Kysely<Database>,
  posts: NewRadarPost[],
  skills: NewRadarPostSkill[],
): Promise<void> {
  await insertPostRowsJson(db, postRowsJson(posts, skills));
}

export async function insertPostRowsJson(
  db: Kysely<Database>,
  rows: PostRowsJson,
  between?: () => Promise<void>,
): Promise<void> {
  for (const part of rows.posts) {
    await sql`insert into radar_posts (${POST_NAMES})
      select ${POST_VALUES} from json_to_recordset(${part}::json) as r(${POST_COLUMNS})`.execute(
      db,
    );
    await between?.();
  }
  for (const part of rows.skills) {
    await sql`insert into radar_post_skills (${SKILL_NAMES})
      select ${SKILL_NAMES} from json_to_recordset(${part}::json) as r(${SKILL_COLUMNS})`.execute(
      db,
    );
    await between?.();
  }
}

/**
 * An import chunk ready to write (`stageImportChunk`, outside the transaction): its rows as
 * insert parameters and their read-model counts.
 */
export interface StagedImportChunk {
  rows: PostRowsJson;
  counts: { user_id: string; source: string; month: string; skill_id: string; n: number }[];
}

/** Serialises an import chunk's posts and skills and counts them, before its transaction. */
export function stageImportChunk(
  posts: NewRadarPost[],
  skills: NewRadarPostSkill[],
): StagedImportChunk {
  const counts = new Map<string, StagedImportChunk['counts'][number]>();
  const bump = (user_id: string, source: string, at: Date, skill_id: string) => {
    const m = new Date(at).toISOString().slice(0, 7);
    const key = `${source}\u0000${m}\u0000${skill_id}`;
    const c = counts.get(key);
    if (c) c.n += 1;
    else counts.set(key, { user_id, source, month: m, skill_id, n: 1 });
  };
  for (const p of posts) bump(p.user_id, p.source, p.posted_at, '');
  for (const k of skills) bump(k.user_id, k.source, k.posted_at, k.skill_id);
  return { rows: postRowsJson(posts, skills), counts: [...counts.values()] };
}
