import { type Kysely, sql } from 'kysely';
import {
  byteaArray,
  float8Array,
  int8Array,
  jsonbArray,
  textArray,
  timestamptzArray,
} from '../binary-arrays.ts';
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

/** How a column is sent: its binary array encoder, with the SQL array type it is cast to. */
const ARRAY_TYPES = {
  text: ['text[]', textArray],
  timestamptz: ['timestamptz[]', timestamptzArray],
  jsonb: ['jsonb[]', jsonbArray],
  bytea: ['bytea[]', byteaArray],
  float8: ['float8[]', float8Array],
  int8: ['int8[]', int8Array],
} as const;
type ArrayType = keyof typeof ARRAY_TYPES;

/** A column of an insert: its name, how it is sent, and the value of a row. */
type Column<R> = readonly [name: string, type: ArrayType, value: (row: R) => unknown];

/**
 * The columns of `radar_posts` an insert writes. Band keys go as the text of a `bigint[]`
 * literal per post (an array per row does not fit one flat array), cast in the insert.
 */
export const POST_INSERT_COLUMNS: readonly Column<NewRadarPost>[] = [
  ['id', 'text', (p) => p.id],
  ['user_id', 'text', (p) => p.user_id],
  ['source', 'text', (p) => p.source],
  ['title', 'text', (p) => p.title],
  ['text', 'text', (p) => p.text],
  ['posted_at', 'timestamptz', (p) => p.posted_at],
  ['budget', 'text', (p) => p.budget],
  ['client', 'text', (p) => p.client],
  ['url', 'text', (p) => p.url],
  ['text_hash', 'text', (p) => p.text_hash],
  ['skills', 'jsonb', (p) => p.skills],
  ['import_id', 'text', (p) => p.import_id],
  ['feed_id', 'text', (p) => p.feed_id],
  ['visibility', 'text', (p) => p.visibility],
  ['delivery', 'text', (p) => p.delivery ?? null],
  ['created_at', 'timestamptz', (p) => p.created_at],
  ['updated_at', 'timestamptz', (p) => p.updated_at],
  ['fingerprint', 'bytea', (p) => p.fingerprint ?? null],
  ['band_keys', 'text', (p) => `{${[...new Set(p.bands)].map(packBandKey).join(',')}}`],
  ['extraction_version', 'text', (p) => p.extraction_version],
  ['occupation', 'text', (p) => p.occupation],
  ['occupation_given', 'text', (p) => p.occupation_given ?? null],
];

/** A post-skill row as inserted: its import id resolved. */
type SkillRow = NewRadarPostSkill & { import_id: string | null };
const SKILL_INSERT_COLUMNS: readonly Column<SkillRow>[] = [
  ['post_id', 'text', (k) => k.post_id],
  ['user_id', 'text', (k) => k.user_id],
  ['skill_id', 'text', (k) => k.skill_id],
  ['source', 'text', (k) => k.source],
  ['posted_at', 'timestamptz', (k) => k.posted_at],
  ['confidence', 'float8', (k) => k.confidence],
  ['import_id', 'text', (k) => k.import_id],
];

/** `unnest($1::<type>[], …) as r(<columns>)`: rows sent as one binary array per column. */
function unnestRows<R>(columns: readonly Column<R>[], params: Buffer[]) {
  return sql`unnest(${sql.join(
    params.map((p, i) => sql`${p}::${sql.raw(ARRAY_TYPES[columns[i]![1]][0])}`),
  )}) as r(${sql.raw(columns.map(([n]) => n).join(', '))})`;
}

/**
 * `insert into <table> (<columns>) select … from unnest(…) as r(<columns>)`, with `expr` for
 * a column read other than as is.
 */
function unnestInsert<R>(
  table: string,
  columns: readonly Column<R>[],
  expr: Record<string, string> = {},
) {
  const names = columns.map(([n]) => n).join(', ');
  const values = columns.map(([n]) => expr[n] ?? n).join(', ');
  return (params: Buffer[]) =>
    sql`insert into ${sql.raw(table)} (${sql.raw(names)}) select ${sql.raw(values)} from ${unnestRows(columns, params)}`;
}
const insertPosts = unnestInsert('radar_posts', POST_INSERT_COLUMNS, {
  band_keys: 'band_keys::bigint[]',
});
const insertSkills = unnestInsert('radar_post_skills', SKILL_INSERT_COLUMNS);

/** One binary array parameter per column, for `rows`. */
function columnParams<R>(columns: readonly Column<R>[], rows: readonly R[]): Buffer[] {
  return columns.map(([, type, value]) =>
    (ARRAY_TYPES[type][1] as (v: unknown[]) => Buffer)(rows.map(value)),
  );
}

/**
 * Posts and their skill rows as the parameters of their inserts: per part of at most 1,000
 * posts / 5,000 skills, one binary array per column (`binary-arrays.ts`), which the inserts
 * `unnest`. The database reads each value by its length instead of parsing JSON text (about
 * a third of an import insert's database time on the embedded store went to
 * `json_to_recordset`), on PGlite and PostgreSQL alike. Built before a transaction opens, so
 * the embedded store's one connection is not held while it is encoded.
 */
export interface PostRowParams {
  posts: Buffer[][];
  skills: Buffer[][];
}

export function postRowParams(posts: NewRadarPost[], skills: NewRadarPostSkill[]): PostRowParams {
  const importOf = new Map(posts.map((p) => [p.id, p.import_id]));
  return {
    posts: chunks(posts, 1000).map((part) => columnParams(POST_INSERT_COLUMNS, part)),
    skills: chunks(skills, 5000).map((part) =>
      columnParams(
        SKILL_INSERT_COLUMNS,
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
  await insertPostRowParams(db, postRowParams(posts, skills));
}

export async function insertPostRowParams(
  db: Kysely<Database>,
  rows: PostRowParams,
  between?: () => Promise<void>,
): Promise<void> {
  for (const part of rows.posts) {
    await insertPosts(part).execute(db);
    await between?.();
  }
  for (const part of rows.skills) {
    await insertSkills(part).execute(db);
    await between?.();
  }
}

/**
 * An import chunk ready to write (`stageImportChunk`, outside the transaction): its rows as
 * insert parameters and their read-model counts.
 */
export interface StagedImportChunk {
  rows: PostRowParams;
  counts: { user_id: string; source: string; month: string; skill_id: string; n: number }[];
}

type StagedCount = StagedImportChunk['counts'][number];
const COUNT_COLUMNS: readonly Column<StagedCount>[] = [
  ['user_id', 'text', (c) => c.user_id],
  ['source', 'text', (c) => c.source],
  ['month', 'text', (c) => c.month],
  ['skill_id', 'text', (c) => c.skill_id],
  ['n', 'int8', (c) => c.n],
];

/**
 * Adds an import chunk's read-model counts to the import's (`radar_import_counts`), up to
 * 1,000 rows a statement, sent as column arrays.
 */
export async function addImportCounts(
  db: Kysely<Database>,
  importId: string,
  counts: readonly StagedCount[],
): Promise<void> {
  for (const part of chunks([...counts], 1000)) {
    await sql`insert into radar_import_counts as c (import_id, user_id, source, month, skill_id, n)
        select ${importId}, user_id, source, month, skill_id, n
        from ${unnestRows(COUNT_COLUMNS, columnParams(COUNT_COLUMNS, part))}
      on conflict (import_id, source, month, skill_id) do update set n = c.n + excluded.n`.execute(
      db,
    );
  }
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
  return { rows: postRowParams(posts, skills), counts: [...counts.values()] };
}
