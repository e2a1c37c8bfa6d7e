import { type Kysely, sql } from 'kysely';
import type { ClientDelivery, Database } from '../db-types.ts';
import { createBandKeyIndex } from './band-key-index.ts';
import { bandArray, insertPostRows, packBandKey, unpackBandKey } from './radar-post-rows.ts';
import { chunks, visible, yieldToLoop } from './radar-shared.ts';
import type {
  HeldBandKeys,
  NearCandidate,
  NewRadarPost,
  NewRadarPostSkill,
  PendingPost,
  RadarPostRow,
  RadarSource,
} from './radar-types.ts';

/** Posts read per statement when an import holds an account's band keys (`holdBandKeys`). */
const HOLD_PAGE = 5000;

/** Demand signals: finding duplicates, inserting, listing, reading, changing and deleting posts. */
export function radarPostsRepo(db: Kysely<Database>) {
  return {
    /**
     * Up to `limit` posts (any person's, by id) whose title and text together are at most
     * `maxBytes` long in UTF-8 and whose band keys hold none of band `band`: what a band added
     * later (the repost key) is still to be computed for. Sizes are read from the stored
     * lengths (`octet_length`), so no long text is read or decompressed.
     */
    async postsWithoutBand(
      band: number,
      maxBytes: number,
      limit: number,
    ): Promise<{ id: string; title: string; text: string }[]> {
      const lo = band * 2 ** 32;
      const hi = (band + 1) * 2 ** 32;
      const r = await sql<{ id: string; title: string; text: string }>`
        select id, title, text from radar_posts p
        where octet_length(p.title) + octet_length(p.text) <= ${maxBytes}
          and not exists (select 1 from unnest(p.band_keys) k where k >= ${lo} and k < ${hi})
        order by id limit ${limit}`.execute(db);
      return r.rows;
    },
    /** Adds one band key to each post named (a key it holds already is not added twice). */
    async appendBandKeys(rows: { id: string; key: string }[]): Promise<void> {
      if (rows.length === 0) return;
      const values = sql.join(
        rows.map((r) => sql`(${r.id}::text, ${String(packBandKey(r.key))}::bigint)`),
      );
      await sql`update radar_posts p set band_keys = p.band_keys || v.k
        from (values ${values}) as v(id, k)
        where p.id = v.id and not (p.band_keys @> array[v.k])`.execute(db);
    },
    /** The subset of `hashes` the user already has a (visible, or `importId`'s own) post for. */
    /** Which of the posts `ids` import `importId` wrote (any run of it). */
    async postsOfImport(importId: string, ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('radar_posts')
        .select('id')
        .where('import_id', '=', importId)
        .where('id', 'in', ids)
        .execute();
      return new Set(rows.map((r) => r.id));
    },
    async existingHashes(
      userId: string,
      hashes: string[],
      importId?: string,
    ): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const part of chunks([...new Set(hashes)], 1000)) {
        const rows = await db
          .selectFrom('radar_posts')
          .select(['text_hash', 'id'])
          .where('user_id', '=', userId)
          .where('text_hash', 'in', part)
          .where(visible(userId, importId))
          .execute();
        for (const r of rows) out.set(r.text_hash, r.id);
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
     * `held`: the keys of the posts to search, held by the caller (`holdBandKeys` plus what it
     * wrote since), asked instead of the database's index; same answer for the same posts.
     */
    async nearCandidates(
      userId: string,
      bands: string[],
      limit = 50,
      importId?: string,
      known?: ReadonlyMap<string, unknown>,
      pending: readonly PendingPost[] = [],
      held?: HeldBandKeys,
    ): Promise<NearCandidate[]> {
      if (bands.length === 0) return [];
      const matches = held
        ? {
            rows: [...held.lookup(bands.map(packBandKey))].map(([id, keys]) => ({
              id,
              shared: keys.map(String),
            })),
          }
        : // One GIN probe per key: `offset 0` keeps each probe on the band-key index whatever
          // the statistics (a big `&&` array, or a join the planner flattens, scans every post).
          await sql<{ id: string; shared: string[] }>`
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
    /**
     * The band keys of the user's posts a near-duplicate search sees (visible ones and
     * `importId`'s own), held in memory for `nearCandidates`; undefined when there are more
     * than `max` posts (a caller then lets `nearCandidates` ask the database per chunk). Read
     * in pages of `HOLD_PAGE` posts with the event loop (and the embedded store's one
     * connection) free between them: 100,000 posts in one read held both for ~2.7 s.
     */
    async holdBandKeys(
      userId: string,
      max: number,
      importId?: string,
    ): Promise<HeldBandKeys | undefined> {
      // The read model's count of the user's posts first: an account far bigger than the file
      // is answered without reading its posts.
      const counted = await sql<{ n: number }>`select coalesce(sum(n), 0)::int as n
        from radar_month_counts where user_id = ${userId} and skill_id = ''`.execute(db);
      if ((counted.rows[0]?.n ?? 0) > max) return undefined;
      const held = createBandKeyIndex();
      let read = 0;
      // Keyset pages in the order of the (user_id, text_hash) index.
      let after = '';
      for (;;) {
        const rows = await sql<{ id: string; keys: string; text_hash: string }>`
          select id, array_to_string(band_keys, ',') as keys, text_hash from radar_posts
          where user_id = ${userId} and text_hash > ${after} and ${visible(userId, importId)}
          order by text_hash limit ${HOLD_PAGE}`.execute(db);
        read += rows.rows.length;
        if (read > max) return undefined;
        held.addPacked(
          rows.rows.map((r) => ({ id: r.id, keys: r.keys ? r.keys.split(',').map(Number) : [] })),
        );
        if (rows.rows.length < HOLD_PAGE) return held;
        after = rows.rows.at(-1)?.text_hash ?? after;
        await yieldToLoop();
      }
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
  };
}
