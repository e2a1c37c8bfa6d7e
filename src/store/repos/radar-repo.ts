import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  ClientDelivery,
  Database,
  RadarFeedsTable,
  RadarImportedOccupationsTable,
  RadarImportedSkillsTable,
  RadarImportsTable,
  RadarPostSkillsTable,
  RadarPostsTable,
} from '../db-types.ts';

export type RadarPostRow = Selectable<RadarPostsTable>;
export type RadarImportRow = Selectable<RadarImportsTable>;
export type RadarFeedRow = Selectable<RadarFeedsTable>;
export type RadarPostSkillRow = Selectable<RadarPostSkillsTable>;
export type RadarImportedSkillRow = Selectable<RadarImportedSkillsTable>;
export type RadarImportedOccupationRow = Selectable<RadarImportedOccupationsTable>;
export type RadarSource = RadarPostsTable['source'];

/** A post to insert; jsonb fields as values (serialised here). */
export type NewRadarPost = Omit<
  RadarPostRow,
  'skills' | 'fingerprint' | 'delivery' | 'band_keys' | 'occupation_given'
> & {
  /** The ESCO code the import file gave (absent: none). */
  occupation_given?: string | null;
  /** Client requests only; absent means delivered. */
  delivery?: ClientDelivery | null;
  /** MinHash band keys `<band>:<hash base 36>` (stored packed in radar_posts.band_keys). */
  bands: string[];
  skills: unknown;
  /** Shingle-hash fingerprint bytes (compared for near-duplicates without re-reading texts). */
  fingerprint?: Uint8Array | null;
};
/** A post-skill row to insert (`import_id` comes from the post when left out). */
export type NewRadarPostSkill = Omit<RadarPostSkillRow, 'import_id'> & {
  import_id?: string | null;
};
/** A stored post that may be a near-duplicate: its fingerprint, or its text when it has none. */
export interface NearCandidate {
  id: string;
  bands: string[];
  fingerprint: Uint8Array | null;
  text: string | null;
}
/** A post whose insert may not have committed yet: its band keys and stored fingerprint. */
export interface PendingPost {
  id: string;
  bands: readonly string[];
  fingerprint: Uint8Array;
}
/** What one committed chunk of an import adds to the import record. */
export interface ImportChunkOutcome {
  processed: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  nearRows: { row: number; duplicateOf: string }[];
}
/** Rows of an unfinished import are hidden from reads until it is done. */
const STAGING = sql`select set_config('skilltrace.import_staging', 'on', true)`;
/** Near-duplicate rows named in an import record, at most. */
const MAX_NEAR_ROWS = 1000;

const BATCH = 500;
const month = sql<string>`to_char(date_trunc('month', posted_at at time zone 'UTC'), 'YYYY-MM')`;

/** `YYYY-MM` when `d` is the first instant of a UTC month (what the read model counts by). */
function monthStart(d: Date): string | undefined {
  const iso = d.toISOString();
  return iso.endsWith('-01T00:00:00.000Z') ? iso.slice(0, 7) : undefined;
}

function chunks<T>(rows: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

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
function bandArray(keys: string[]) {
  return sql`${`{${[...new Set(keys)].map(packBandKey).join(',')}}`}::bigint[]`;
}

/** The columns of `radar_posts` an insert writes, with their types for `jsonb_to_recordset`. */
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
  ['fingerprint', 'bytea'],
  ['band_keys', 'bigint[]'],
  ['extraction_version', 'text'],
  ['occupation', 'text'],
  ['occupation_given', 'text'],
] as const;
const POST_COLUMNS = sql.raw(POST_INSERT_COLUMNS.map(([n, t]) => `${n} ${t}`).join(', '));
const POST_NAMES = sql.raw(POST_INSERT_COLUMNS.map(([n]) => n).join(', '));
const SKILL_COLUMNS = sql.raw(
  'post_id text, user_id text, skill_id text, source text, posted_at timestamptz, confidence double precision, import_id text',
);
const SKILL_NAMES = sql.raw('post_id, user_id, skill_id, source, posted_at, confidence, import_id');

/**
 * Inserts posts with their band keys and skills (skills take the post's import id): one
 * statement per table for up to 1,000 posts and 5,000 skills, the rows sent as one JSON
 * parameter and expanded with `jsonb_to_recordset` (the same on PGlite and PostgreSQL, and
 * much cheaper to bind and plan than a VALUES list of thousands of parameters).
 */
/**
 * Posts and their skill rows as the JSON parameters of their inserts (`jsonb_to_recordset`),
 * one per part of at most 1,000 posts / 5,000 skills. Built before a transaction opens, so
 * the embedded store's one connection is not held while it is serialised.
 */
export interface PostRowsJson {
  posts: string[];
  skills: string[];
}

/** Bytes as hex, without copying them first. */
const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

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
          fingerprint: p.fingerprint ? `\\x${hex(p.fingerprint)}` : null,
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

async function insertPostRows(
  db: Kysely<Database>,
  posts: NewRadarPost[],
  skills: NewRadarPostSkill[],
): Promise<void> {
  await insertPostRowsJson(db, postRowsJson(posts, skills));
}

async function insertPostRowsJson(
  db: Kysely<Database>,
  rows: PostRowsJson,
  between?: () => Promise<void>,
): Promise<void> {
  for (const part of rows.posts) {
    await sql`insert into radar_posts (${POST_NAMES})
      select ${POST_NAMES} from jsonb_to_recordset(${part}::jsonb) as r(${POST_COLUMNS})`.execute(
      db,
    );
    await between?.();
  }
  for (const part of rows.skills) {
    await sql`insert into radar_post_skills (${SKILL_NAMES})
      select ${SKILL_NAMES} from jsonb_to_recordset(${part}::jsonb) as r(${SKILL_COLUMNS})`.execute(
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

/** Lets the event loop run (timers, sockets) between the statements of an import chunk. */
const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

/**
 * Rows visible to reads: not written by an import of `userId` that is still queued or
 * running (`ownImport`, the import asking, sees its own rows). A failed import's rows are
 * removed when it fails.
 */
function visible(userId: string, ownImport?: string) {
  const unfinished = sql`select id from radar_imports where user_id = ${userId} and status in ('queued', 'running')${
    ownImport ? sql` and id <> ${ownImport}` : sql``
  }`;
  return sql<boolean>`(import_id is null or import_id not in (${unfinished}))`;
}

/**
 * Demand signals, their extracted skills, imports, feeds and imported ESCO / O*NET skills.
 * `embedded`: the store is the embedded database (one connection, its own superuser), where
 * an import chunk's inserts skip the per-row foreign-key checks (see `commitImportChunk`).
 */
export function radarRepo(db: Kysely<Database>, opts: { embedded?: boolean } = {}) {
  return {
    /** The subset of `hashes` the user already has a (visible, or `importId`'s own) post for. */
    async existingHashes(
      userId: string,
      hashes: string[],
      importId?: string,
    ): Promise<Set<string>> {
      const out = new Set<string>();
      for (const part of chunks([...new Set(hashes)], 1000)) {
        const rows = await db
          .selectFrom('radar_posts')
          .select('text_hash')
          .where('user_id', '=', userId)
          .where('text_hash', 'in', part)
          .where(visible(userId, importId))
          .execute();
        for (const r of rows) out.add(r.text_hash);
      }
      return out;
    },
    /**
     * Posts of the user sharing at least one MinHash band key with `bands` (visible ones and
     * `importId`'s own), with the keys they share and their stored fingerprint; the text only
     * for posts stored before fingerprints were (so they can still be compared). Posts in
     * `known` (the caller holds their fingerprints) come without fingerprint or text.
     * `pending`: posts of `importId` whose insert may not have committed yet (an import writes
     * one chunk while it prepares the next); they count as stored, found whether or not the
     * query sees them, in the same order (most shared keys first) and under the same limit.
     */
    async nearCandidates(
      userId: string,
      bands: string[],
      limit = 50,
      importId?: string,
      known?: ReadonlyMap<string, unknown>,
      pending: readonly PendingPost[] = [],
    ): Promise<NearCandidate[]> {
      if (bands.length === 0) return [];
      // One GIN probe per key: `offset 0` keeps each probe on the band-key index whatever the
      // statistics (a big `&&` array, or a join the planner flattens, scans every post).
      const matches = await sql<{ id: string; shared: string[] }>`
        select m.id, array_agg(m.k)::text[] as shared
        from unnest(${bandArray(bands)}) k
        cross join lateral (
          select p.id, p.user_id, p.import_id, k from radar_posts p
          where p.band_keys @> array[k] offset 0) m
        where m.user_id = ${userId} and ${visible(userId, importId)}
        group by m.id`.execute(db);
      const seen = new Set(matches.rows.map((m) => m.id));
      const asked = new Set(bands);
      const pendingBytes = new Map<string, Uint8Array>();
      for (const p of pending) {
        if (seen.has(p.id)) continue;
        // The keys as the query returns them: distinct packed numbers, as text.
        const keys = [...new Set(p.bands.filter((b) => asked.has(b)))].map((b) =>
          String(packBandKey(b)),
        );
        if (keys.length === 0) continue;
        matches.rows.push({ id: p.id, shared: keys });
        pendingBytes.set(p.id, p.fingerprint);
      }
      // Most shared keys first: the likeliest near-duplicates survive the limit.
      const hits = matches.rows
        .sort((a, b) => b.shared.length - a.shared.length || (a.id < b.id ? -1 : 1))
        .slice(0, limit);
      const shared = new Map(hits.map((h) => [h.id, h.shared]));
      const keys = (id: string) => (shared.get(id) ?? []).map((k) => unpackBandKey(Number(k)));
      const out: NearCandidate[] = [];
      const unknown: string[] = [];
      const unwritten: NearCandidate[] = [];
      for (const id of shared.keys()) {
        const bytes = pendingBytes.get(id);
        if (known?.has(id)) out.push({ id, fingerprint: null, text: null, bands: keys(id) });
        else if (bytes) unwritten.push({ id, fingerprint: bytes, text: null, bands: keys(id) });
        else unknown.push(id);
      }
      for (const part of chunks(unknown, 1000)) {
        const rows = await db
          .selectFrom('radar_posts')
          .select([
            'id',
            'fingerprint',
            sql<string | null>`case when fingerprint is null then text end`.as('text'),
          ])
          .where('id', 'in', part)
          .execute();
        for (const r of rows) {
          out.push({
            id: r.id,
            fingerprint: r.fingerprint ? new Uint8Array(r.fingerprint) : null,
            text: r.text,
            bands: keys(r.id),
          });
        }
      }
      out.push(...unwritten);
      return out;
    },
    insertPosts(posts: NewRadarPost[], skills: NewRadarPostSkill[]): Promise<void> {
      return insertPostRows(db, posts, skills);
    },
    async listPosts(
      userId: string,
      opts: { sources?: RadarSource[] | undefined; limit: number; offset: number },
    ): Promise<{ rows: RadarPostRow[]; total: number }> {
      let q = db.selectFrom('radar_posts').where('user_id', '=', userId).where(visible(userId));
      if (opts.sources?.length) q = q.where('source', 'in', opts.sources);
      const total = await q
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const rows = await q
        .selectAll()
        .orderBy('posted_at', 'desc')
        .orderBy('id')
        .limit(opts.limit)
        .offset(opts.offset)
        .execute();
      return { rows, total: Number(total.n) };
    },
    findPost(userId: string, id: string): Promise<RadarPostRow | undefined> {
      return db
        .selectFrom('radar_posts')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where(visible(userId))
        .executeTakeFirst();
    },
    async deletePost(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('radar_posts')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where(visible(userId))
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    /**
     * Up to `limit` posts whose stored skills were read with another extraction version than
     * `version`, after `after` in (user, id) order. Rows of unfinished imports are left out
     * (they are picked up once the import is done).
     */
    async staleExtractionPosts(
      version: string,
      after: { userId: string; postId: string },
      limit: number,
    ): Promise<
      {
        id: string;
        user_id: string;
        title: string;
        text: string;
        occupation: string | null;
        occupation_given: string | null;
      }[]
    > {
      return db
        .selectFrom('radar_posts')
        .select(['id', 'user_id', 'title', 'text', 'occupation', 'occupation_given'])
        .where((eb) =>
          eb.or([eb('extraction_version', 'is', null), eb('extraction_version', '<>', version)]),
        )
        .where((eb) =>
          eb.or([
            eb('user_id', '>', after.userId),
            eb.and([eb('user_id', '=', after.userId), eb('id', '>', after.postId)]),
          ]),
        )
        .where(
          sql<boolean>`(import_id is null or import_id not in (select id from radar_imports where status in ('queued', 'running')))`,
        )
        .orderBy('user_id')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    /** Whether any post outside unfinished imports was read with another extraction version. */
    async hasStaleExtraction(version: string): Promise<boolean> {
      const row = await db
        .selectFrom('radar_posts')
        .select('id')
        .where((eb) =>
          eb.or([eb('extraction_version', 'is', null), eb('extraction_version', '<>', version)]),
        )
        .where(
          sql<boolean>`(import_id is null or import_id not in (select id from radar_imports where status in ('queued', 'running')))`,
        )
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    /** Holds re-read skills of posts until their person is swapped (`swapReextraction`). */
    async stageReextraction(
      rows: {
        post_id: string;
        user_id: string;
        version: string;
        skills: unknown;
        occupation: string | null;
      }[],
    ): Promise<void> {
      for (const part of chunks(rows)) {
        await db
          .insertInto('radar_reextract_staging')
          .values(part.map((r) => ({ ...r, skills: JSON.stringify(r.skills) })))
          .onConflict((oc) =>
            oc.column('post_id').doUpdateSet((eb) => ({
              version: eb.ref('excluded.version'),
              skills: eb.ref('excluded.skills'),
              occupation: eb.ref('excluded.occupation'),
            })),
          )
          .execute();
      }
    },
    /** Drops staged re-extractions of any other version than `version`. */
    async dropStaleStaging(version: string): Promise<void> {
      await db.deleteFrom('radar_reextract_staging').where('version', '<>', version).execute();
    },
    /**
     * Swaps in every staged re-extraction of `userId` at `version` (call inside a transaction,
     * so the person's trends switch from one reading to the other at once): the post-skill
     * rows (the read-model triggers move the month counts and renew the insight stamp), the
     * post's skills and its version. Posts rewritten since they were staged (already at
     * `version`) keep what they have. Returns how many posts were swapped.
     */
    async swapReextraction(userId: string, version: string): Promise<number> {
      const due = sql`select s.post_id from radar_reextract_staging s join radar_posts p on p.id = s.post_id
        where s.user_id = ${userId} and s.version = ${version}
          and (p.extraction_version is null or p.extraction_version <> ${version})`;
      await sql`delete from radar_post_skills where post_id in (${due})`.execute(db);
      await sql`insert into radar_post_skills (post_id, user_id, skill_id, source, posted_at, confidence, import_id)
        select distinct on (p.id, e->>'skillId') p.id, p.user_id, e->>'skillId', p.source, p.posted_at,
               (e->>'confidence')::double precision, p.import_id
        from radar_reextract_staging s
        join radar_posts p on p.id = s.post_id
        cross join jsonb_array_elements(s.skills) e
        where s.post_id in (${due})`.execute(db);
      const r =
        await sql`update radar_posts p set skills = s.skills, extraction_version = s.version,
          occupation = s.occupation
        from radar_reextract_staging s
        where s.post_id = p.id and s.user_id = ${userId} and s.version = ${version}
          and (p.extraction_version is null or p.extraction_version <> ${version})`.execute(db);
      await db.deleteFrom('radar_reextract_staging').where('user_id', '=', userId).execute();
      return Number(r.numAffectedRows ?? 0);
    },
    /** Replaces a post's fields, band keys and extracted skills. */
    async updatePost(post: NewRadarPost, skills: NewRadarPostSkill[]): Promise<void> {
      const { bands, ...row } = post;
      await db
        .updateTable('radar_posts')
        .set({ ...row, skills: JSON.stringify(row.skills), band_keys: bandArray(bands) })
        .where('id', '=', post.id)
        .where('user_id', '=', post.user_id)
        .execute();
      await db.deleteFrom('radar_post_skills').where('post_id', '=', post.id).execute();
      if (skills.length) {
        await db
          .insertInto('radar_post_skills')
          .values(skills.map((k) => ({ ...k, import_id: k.import_id ?? post.import_id })))
          .execute();
      }
    },

    /** Posts per month (`YYYY-MM`, UTC) of the given sources since `from`. */
    async monthlyPostCounts(
      userId: string,
      sources: RadarSource[],
      from: Date,
    ): Promise<{ month: string; n: number }[]> {
      const fromMonth = monthStart(from);
      if (fromMonth) {
        const rows = await db
          .selectFrom('radar_month_counts')
          .select(['month', (eb) => eb.fn.sum<number>('n').as('n')])
          .where('user_id', '=', userId)
          .where('source', 'in', sources)
          .where('month', '>=', fromMonth)
          .where('skill_id', '=', '')
          .groupBy('month')
          .execute();
        return rows.map((r) => ({ month: r.month, n: Number(r.n) }));
      }
      const rows = await db
        .selectFrom('radar_posts')
        .select([month.as('month'), (eb) => eb.fn.countAll<number>().as('n')])
        .where('user_id', '=', userId)
        .where('source', 'in', sources)
        .where('posted_at', '>=', from)
        .where(visible(userId))
        .groupBy(month)
        .execute();
      return rows.map((r) => ({ month: r.month, n: Number(r.n) }));
    },
    /** Posts per occupation label (`radar_posts.occupation`) and month since `from`. */
    async monthlyOccupationCounts(
      userId: string,
      sources: RadarSource[],
      from: Date,
    ): Promise<{ occupation: string; month: string; n: number }[]> {
      const rows = await db
        .selectFrom('radar_posts')
        .select(['occupation', month.as('month'), (eb) => eb.fn.countAll<number>().as('n')])
        .where('user_id', '=', userId)
        .where('source', 'in', sources)
        .where('posted_at', '>=', from)
        .where('occupation', 'is not', null)
        .where(visible(userId))
        .groupBy(['occupation', month])
        .execute();
      return rows.map((r) => ({ occupation: r.occupation ?? '', month: r.month, n: Number(r.n) }));
    },
    /** Posts mentioning each skill per month since `from`. */
    async monthlySkillCounts(
      userId: string,
      sources: RadarSource[],
      from: Date,
    ): Promise<{ skillId: string; month: string; n: number }[]> {
      const fromMonth = monthStart(from);
      if (fromMonth) {
        const rows = await db
          .selectFrom('radar_month_counts')
          .select(['skill_id', 'month', (eb) => eb.fn.sum<number>('n').as('n')])
          .where('user_id', '=', userId)
          .where('source', 'in', sources)
          .where('month', '>=', fromMonth)
          .where('skill_id', '<>', '')
          .groupBy(['skill_id', 'month'])
          .execute();
        return rows.map((r) => ({ skillId: r.skill_id, month: r.month, n: Number(r.n) }));
      }
      const rows = await db
        .selectFrom('radar_post_skills')
        .select(['skill_id', month.as('month'), (eb) => eb.fn.countAll<number>().as('n')])
        .where('user_id', '=', userId)
        .where('source', 'in', sources)
        .where('posted_at', '>=', from)
        .where(visible(userId))
        .groupBy(['skill_id', month])
        .execute();
      return rows.map((r) => ({ skillId: r.skill_id, month: r.month, n: Number(r.n) }));
    },
    /**
     * Mentions of each skill in two adjacent month ranges of the given sources, from the
     * monthly counts of the read model: `previous` is months `from` up to before `split`,
     * `recent` is `split` through `through` (`YYYY-MM`, UTC). Only skills mentioned at least
     * `min` times in both ranges together; `total` is the posts of each range. One row per
     * skill, so what a trend test needs costs a few hundred rows, not skill × month.
     */
    async skillWindowCounts(
      userId: string,
      sources: RadarSource[],
      range: { from: string; split: string; through: string },
      min: number,
    ): Promise<{
      total: { recent: number; previous: number };
      skills: { skillId: string; recent: number; previous: number }[];
    }> {
      const r = await sql<{ skill_id: string; recent: number | null; previous: number | null }>`
        select skill_id,
               sum(n) filter (where month >= ${range.split})::int as recent,
               sum(n) filter (where month < ${range.split})::int as previous
        from radar_month_counts
        where user_id = ${userId} and source in (${sql.join(sources)})
          and month >= ${range.from} and month <= ${range.through}
        group by skill_id
        having skill_id = '' or sum(n) >= ${min}`.execute(db);
      const total = { recent: 0, previous: 0 };
      const skills: { skillId: string; recent: number; previous: number }[] = [];
      for (const row of r.rows) {
        const counts = { recent: Number(row.recent ?? 0), previous: Number(row.previous ?? 0) };
        if (row.skill_id === '') Object.assign(total, counts);
        else skills.push({ skillId: row.skill_id, ...counts });
      }
      return { total, skills };
    },
    /**
     * A stamp that changes whenever the person's posts, post skills or profile change (kept
     * by database triggers), with the imported-skills version: equal stamps, equal insight.
     */
    /**
     * Posts per domain or occupation and month since `from` (a month start), from the facet
     * counts of the read model: each post once per domain however many of its skills are in it.
     */
    async monthlyFacetCounts(
      userId: string,
      sources: RadarSource[],
      from: Date,
      kind: 'domain' | 'occupation',
    ): Promise<{ facet: string; month: string; n: number }[]> {
      const prefix = `${kind}:`;
      const rows = await db
        .selectFrom('radar_month_facets')
        .select(['facet', 'month', (eb) => eb.fn.sum<number>('n').as('n')])
        .where('user_id', '=', userId)
        .where('source', 'in', sources)
        .where('month', '>=', from.toISOString().slice(0, 7))
        .where('facet', '>=', prefix)
        .where('facet', '<', `${kind};`)
        .groupBy(['facet', 'month'])
        .execute();
      return rows.map((r) => ({
        facet: r.facet.slice(prefix.length),
        month: r.month,
        n: Number(r.n),
      }));
    },
    /**
     * Makes `radar_skill_domains` the given map (tagged `version`) and, when it changed,
     * recounts every post's domains. Serialised across processes; call inside a transaction.
     * True when it changed.
     */
    async syncSkillDomains(version: string, domains: [string, string][]): Promise<boolean> {
      await sql`select pg_advisory_xact_lock(hashtext('skilltrace:skill-domains'))`.execute(db);
      const held = await db
        .selectFrom('radar_skill_domains')
        .select('domain')
        .where('skill_id', '=', '')
        .executeTakeFirst();
      if (held?.domain === version) return false;
      await db.deleteFrom('radar_skill_domains').execute();
      const rows = [['', version] as [string, string], ...domains].map(([skill_id, domain]) => ({
        skill_id,
        domain,
      }));
      for (const part of chunks(rows, 1000))
        await db.insertInto('radar_skill_domains').values(part).execute();
      await sql`select radar_count_facets(null)`.execute(db);
      return true;
    },

    /**
     * The person's own-data stamp (`person_versions`) and insight stamp together, in one
     * query: what the dashboard summary depends on.
     */
    async personAndInsightStamp(userId: string, settingKey: string): Promise<string> {
      const r = await sql<{ p: string | null; v: string | null; s: unknown }>`
        select (select version from person_versions where user_id = ${userId})::text as p,
               (select version from insight_versions where user_id = ${userId})::text as v,
               (select value from instance_settings where key = ${settingKey}) as s`.execute(db);
      const row = r.rows[0];
      return `${row?.p ?? '0'}:${row?.v ?? '0'}:${JSON.stringify(row?.s ?? null)}`;
    },
    async insightStamp(userId: string, settingKey: string): Promise<string> {
      const r = await sql<{ v: string | null; s: unknown }>`
        select (select version from insight_versions where user_id = ${userId})::text as v,
               (select value from instance_settings where key = ${settingKey}) as s`.execute(db);
      const row = r.rows[0];
      return `${row?.v ?? '0'}:${JSON.stringify(row?.s ?? null)}`;
    },

    /** (post, skill, month) rows of the given sources since `from`, for distinct counts. */
    async postSkillMonths(
      userId: string,
      sources: RadarSource[],
      from: Date,
    ): Promise<{ postId: string; skillId: string; month: string }[]> {
      const rows = await db
        .selectFrom('radar_post_skills')
        .select(['post_id', 'skill_id', month.as('month')])
        .where('user_id', '=', userId)
        .where('source', 'in', sources)
        .where('posted_at', '>=', from)
        .where(visible(userId))
        .execute();
      return rows.map((r) => ({ postId: r.post_id, skillId: r.skill_id, month: r.month }));
    },

    /**
     * The user's client requests with the skills stored for each (newest first, at most
     * `limit` requests): what trajectories cite as support and what counts as delivered work.
     */
    async clientRequestSkills(
      userId: string,
      limit = 500,
    ): Promise<
      {
        postId: string;
        title: string;
        postedAt: Date;
        delivery: ClientDelivery;
        skillIds: string[];
      }[]
    > {
      const posts = await db
        .selectFrom('radar_posts')
        .select(['id', 'title', 'posted_at', 'delivery'])
        .where('user_id', '=', userId)
        .where('source', '=', 'client')
        .orderBy('posted_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      if (posts.length === 0) return [];
      const skills = new Map<string, string[]>();
      for (const part of chunks(
        posts.map((p) => p.id),
        1000,
      )) {
        const rows = await db
          .selectFrom('radar_post_skills')
          .select(['post_id', 'skill_id'])
          .where('post_id', 'in', part)
          .orderBy('skill_id')
          .execute();
        for (const r of rows) {
          const list = skills.get(r.post_id) ?? [];
          list.push(r.skill_id);
          skills.set(r.post_id, list);
        }
      }
      return posts.map((p) => ({
        postId: p.id,
        title: p.title,
        postedAt: new Date(p.posted_at),
        delivery: p.delivery ?? 'delivered',
        skillIds: skills.get(p.id) ?? [],
      }));
    },

    /** Marks one of the user's client requests delivered, declined or not delivered. */
    async setDelivery(userId: string, id: string, delivery: ClientDelivery): Promise<boolean> {
      const r = await db
        .updateTable('radar_posts')
        .set({ delivery })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('source', '=', 'client')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async insertImport(row: RadarImportRow): Promise<void> {
      await db
        .insertInto('radar_imports')
        .values({
          ...row,
          errors: JSON.stringify(row.errors),
          near_rows: JSON.stringify(row.near_rows),
          warnings: JSON.stringify(row.warnings),
        })
        .execute();
    },
    async updateImport(
      id: string,
      patch: Partial<Omit<RadarImportRow, 'id' | 'user_id' | 'created_at'>>,
    ): Promise<void> {
      const set: Record<string, unknown> = { ...patch };
      for (const k of ['errors', 'near_rows', 'warnings'] as const) {
        if (patch[k] !== undefined) set[k] = JSON.stringify(patch[k]);
      }
      await db.updateTable('radar_imports').set(set).where('id', '=', id).execute();
    },
    findImport(userId: string, id: string): Promise<RadarImportRow | undefined> {
      return db
        .selectFrom('radar_imports')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    findImportById(id: string): Promise<RadarImportRow | undefined> {
      return db.selectFrom('radar_imports').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listImports(userId: string, limit = 50): Promise<RadarImportRow[]> {
      return db
        .selectFrom('radar_imports')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    /** Ids of every import that is queued or running (after a restart: to resume). */
    async unfinishedImports(): Promise<string[]> {
      const rows = await db
        .selectFrom('radar_imports')
        .select('id')
        .where('status', 'in', ['queued', 'running'])
        .orderBy('created_at')
        .execute();
      return rows.map((r) => r.id);
    },
    /** Stores the validated rows of an import, one JSON text per chunk (seq from 0). */
    async insertImportChunks(importId: string, chunkTexts: string[]): Promise<void> {
      for (let i = 0; i < chunkTexts.length; i += 1) {
        await db
          .insertInto('radar_import_chunks')
          .values({
            import_id: importId,
            // The import's owner, so the staged rows are the person's data like the import.
            user_id: sql<string>`(select user_id from radar_imports where id = ${importId})`,
            seq: i,
            rows: chunkTexts[i] ?? '[]',
          })
          .execute();
      }
    },
    /**
     * The import's next chunk still to write (after `afterSeq`, when given: the one being
     * written), or undefined when all are written.
     */
    nextImportChunk(
      importId: string,
      afterSeq?: number,
    ): Promise<{ seq: number; rows: string } | undefined> {
      return db
        .selectFrom('radar_import_chunks')
        .select(['seq', 'rows'])
        .where('import_id', '=', importId)
        .$if(afterSeq !== undefined, (q) => q.where('seq', '>', afterSeq ?? -1))
        .orderBy('seq')
        .limit(1)
        .executeTakeFirst();
    },
    /**
     * Writes one chunk of an import (call inside a transaction): claims the chunk (false when
     * another run already wrote it), inserts its posts, skills and band keys as staged rows
     * (hidden, uncounted), adds their read-model counts to the import's, and advances the
     * import record.
     */
    /** `stageImportChunk`: an import chunk serialised and counted, before its transaction. */
    stageImportChunk,
    async commitImportChunk(
      importId: string,
      seq: number,
      staged: StagedImportChunk,
      outcome: ImportChunkOutcome,
    ): Promise<boolean> {
      await STAGING.execute(db);
      const claimed = await db
        .deleteFrom('radar_import_chunks')
        .where('import_id', '=', importId)
        .where('seq', '=', seq)
        .executeTakeFirst();
      if (Number(claimed.numDeletedRows) === 0) return false;
      await yieldToLoop();
      // Embedded store: the chunk's inserts run as a replica session, which skips the per-row
      // foreign-key checks (a query per post and per skill row, a third of the write). They
      // hold by construction here: the posts, skills and counts name the import's owner and
      // import, which exist (the chunk of the import, owned by them, was just claimed in this
      // transaction, and the one connection runs nothing else meanwhile), and the skills name
      // posts inserted just before. The statement triggers of these tables do nothing while
      // an import is staged. The setting is the transaction's and ends after the inserts.
      if (opts.embedded)
        await sql`select set_config('session_replication_role', 'replica', true)`.execute(db);
      await insertPostRowsJson(db, staged.rows, yieldToLoop);
      // One JSON parameter (binding hundreds of rows of parameters cost more than the rows).
      for (const part of chunks(staged.counts, 1000)) {
        await sql`insert into radar_import_counts as c (import_id, user_id, source, month, skill_id, n)
            select ${importId}, user_id, source, month, skill_id, n
            from json_to_recordset(${JSON.stringify(part)}::json)
              as r(user_id text, source text, month text, skill_id text, n integer)
          on conflict (import_id, source, month, skill_id) do update set n = c.n + excluded.n`.execute(
          db,
        );
      }
      if (opts.embedded)
        await sql`select set_config('session_replication_role', 'origin', true)`.execute(db);
      const named = JSON.stringify(outcome.nearRows);
      await db
        .updateTable('radar_imports')
        .set({
          status: 'running',
          processed: sql`processed + ${outcome.processed}`,
          added: sql`added + ${outcome.added}`,
          duplicates: sql`duplicates + ${outcome.duplicates}`,
          near_duplicates: sql`near_duplicates + ${outcome.nearDuplicates}`,
          near_rows: sql`case when jsonb_array_length(near_rows) < ${MAX_NEAR_ROWS}
            then near_rows || ${named}::jsonb else near_rows end`,
        })
        .where('id', '=', importId)
        .execute();
      return true;
    },
    /**
     * Makes a running import's rows visible in one short transaction (call inside one): its
     * counts join the read model, the person's insight stamp is renewed, the record says done.
     * False when it was not running (already done, failed, or removed).
     */
    async publishImport(importId: string, finishedAt: Date): Promise<boolean> {
      const r = await db
        .updateTable('radar_imports')
        .set({ status: 'done', finished_at: finishedAt })
        .where('id', '=', importId)
        .where('status', 'in', ['queued', 'running'])
        .returning('user_id')
        .executeTakeFirst();
      if (!r) return false;
      await sql`insert into radar_month_counts as c (user_id, source, month, skill_id, n)
          select user_id, source, month, skill_id, n from radar_import_counts
          where import_id = ${importId} and n <> 0
        on conflict (user_id, source, month, skill_id) do update set n = c.n + excluded.n`.execute(
        db,
      );
      await db.deleteFrom('radar_import_counts').where('import_id', '=', importId).execute();
      await sql`select radar_count_facets(${importId})`.execute(db);
      await sql`insert into insight_versions as v (user_id, version)
          values (${r.user_id}, nextval('insight_version_seq'))
        on conflict (user_id) do update set version = excluded.version`.execute(db);
      return true;
    },
    /**
     * Removes up to `limit` staged posts of an unfinished import (with their skills and band
     * keys; call inside a transaction). Returns how many went; 0 when none are left.
     */
    async removeStagedImportRows(importId: string, limit = 2000): Promise<number> {
      await STAGING.execute(db);
      const r = await db
        .deleteFrom('radar_posts')
        .where(
          'id',
          'in',
          db.selectFrom('radar_posts').select('id').where('import_id', '=', importId).limit(limit),
        )
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    /** Drops the held rows of failed imports (an upload that stopped part way). */
    async dropFailedImportChunks(): Promise<void> {
      await db
        .deleteFrom('radar_import_chunks')
        .where(
          'import_id',
          'in',
          db.selectFrom('radar_imports').select('id').where('status', '=', 'failed'),
        )
        .execute();
    },
    /** Drops what is left of an import's chunks and staged counts. */
    async clearImportStaging(importId: string): Promise<void> {
      await db.deleteFrom('radar_import_chunks').where('import_id', '=', importId).execute();
      await db.deleteFrom('radar_import_counts').where('import_id', '=', importId).execute();
    },

    async insertFeed(row: RadarFeedRow): Promise<void> {
      await db.insertInto('radar_feeds').values(row).execute();
    },
    findFeedByUrl(userId: string, url: string): Promise<RadarFeedRow | undefined> {
      return db
        .selectFrom('radar_feeds')
        .selectAll()
        .where('user_id', '=', userId)
        .where('url', '=', url)
        .executeTakeFirst();
    },
    listFeeds(userId: string): Promise<RadarFeedRow[]> {
      return db
        .selectFrom('radar_feeds')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    findFeed(userId: string, id: string): Promise<RadarFeedRow | undefined> {
      return db
        .selectFrom('radar_feeds')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    findFeedById(id: string): Promise<RadarFeedRow | undefined> {
      return db.selectFrom('radar_feeds').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async updateFeed(
      id: string,
      patch: Partial<Omit<RadarFeedRow, 'id' | 'user_id' | 'created_at'>>,
    ): Promise<void> {
      await db.updateTable('radar_feeds').set(patch).where('id', '=', id).execute();
    },
    async deleteFeed(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('radar_feeds')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    /** Enabled feeds never polled or last polled at least their interval before `now`. */
    listDueFeeds(now: Date): Promise<RadarFeedRow[]> {
      return db
        .selectFrom('radar_feeds')
        .selectAll()
        .where('enabled', '=', true)
        .where((eb) =>
          eb.or([
            eb('last_polled_at', 'is', null),
            eb(
              'last_polled_at',
              '<=',
              sql<Date>`${now}::timestamptz - make_interval(mins => interval_minutes)`,
            ),
          ]),
        )
        .orderBy('id')
        .execute();
    },

    listImportedSkills(): Promise<RadarImportedSkillRow[]> {
      return db.selectFrom('radar_imported_skills').selectAll().orderBy('id').execute();
    },
    async importedHashes(ids: string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const part of chunks(ids, 1000)) {
        const rows = await db
          .selectFrom('radar_imported_skills')
          .select(['id', 'content_hash'])
          .where('id', 'in', part)
          .execute();
        for (const r of rows) out.set(r.id, r.content_hash);
      }
      return out;
    },
    /** Inserts new rows and replaces changed ones (by id); keeps the first `imported_at`. */
    async upsertImportedSkills(rows: RadarImportedSkillRow[]): Promise<void> {
      for (const part of chunks(rows)) {
        await db
          .insertInto('radar_imported_skills')
          .values(part.map((r) => ({ ...r, aliases: JSON.stringify(r.aliases) })))
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              source_id: eb.ref('excluded.source_id'),
              name: eb.ref('excluded.name'),
              aliases: eb.ref('excluded.aliases'),
              description: eb.ref('excluded.description'),
              mapped_to: eb.ref('excluded.mapped_to'),
              file: eb.ref('excluded.file'),
              version: eb.ref('excluded.version'),
              content_hash: eb.ref('excluded.content_hash'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
      }
    },
    /** Imported ESCO occupations, by id. */
    listImportedOccupations(): Promise<RadarImportedOccupationRow[]> {
      return db.selectFrom('radar_imported_occupations').selectAll().orderBy('id').execute();
    },
    async importedOccupationHashes(ids: string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const part of chunks(ids, 1000)) {
        const rows = await db
          .selectFrom('radar_imported_occupations')
          .select(['id', 'content_hash'])
          .where('id', 'in', part)
          .execute();
        for (const r of rows) out.set(r.id, r.content_hash);
      }
      return out;
    },
    /** Names of imported ESCO occupations by code (`2512.4` → software developer). */
    async importedOccupationNames(codes: string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const part of chunks(codes, 1000)) {
        const rows = await db
          .selectFrom('radar_imported_occupations')
          .select(['code', 'name'])
          .where('code', 'in', part)
          .execute();
        for (const r of rows) out.set(r.code, r.name);
      }
      return out;
    },
    /** Inserts new occupations and replaces changed ones (by id); keeps the first `imported_at`. */
    async upsertImportedOccupations(rows: RadarImportedOccupationRow[]): Promise<void> {
      for (const part of chunks(rows)) {
        await db
          .insertInto('radar_imported_occupations')
          .values(
            part.map((r) => ({
              ...r,
              aliases: JSON.stringify(r.aliases),
              relations: JSON.stringify(r.relations),
            })),
          )
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              uri: eb.ref('excluded.uri'),
              code: eb.ref('excluded.code'),
              isco_group: eb.ref('excluded.isco_group'),
              name: eb.ref('excluded.name'),
              aliases: eb.ref('excluded.aliases'),
              description: eb.ref('excluded.description'),
              relations: eb.ref('excluded.relations'),
              file: eb.ref('excluded.file'),
              version: eb.ref('excluded.version'),
              content_hash: eb.ref('excluded.content_hash'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
      }
    },
    async countImportedSkills(): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('radar_imported_skills')
        .select(['source', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('source')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.source, Number(r.n)]));
    },
  };
}
