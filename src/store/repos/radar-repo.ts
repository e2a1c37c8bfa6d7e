import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  ClientDelivery,
  Database,
  RadarFeedsTable,
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
export type RadarSource = RadarPostsTable['source'];

/** A post to insert; jsonb fields as values (serialised here). */
export type NewRadarPost = Omit<RadarPostRow, 'skills' | 'delivery'> & {
  /** Client requests only; absent means delivered. */
  delivery?: ClientDelivery | null;
  /** MinHash band keys (stored in radar_post_bands). */
  bands: string[];
  skills: unknown;
};

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

/** Demand signals, their extracted skills, imports, feeds and imported ESCO / O*NET skills. */
export function radarRepo(db: Kysely<Database>) {
  return {
    /** The subset of `hashes` the user already has a post for. */
    async existingHashes(userId: string, hashes: string[]): Promise<Set<string>> {
      const out = new Set<string>();
      for (const part of chunks([...new Set(hashes)], 1000)) {
        const rows = await db
          .selectFrom('radar_posts')
          .select('text_hash')
          .where('user_id', '=', userId)
          .where('text_hash', 'in', part)
          .execute();
        for (const r of rows) out.add(r.text_hash);
      }
      return out;
    },
    /** Posts of the user sharing at least one MinHash band key with `bands`, with their bands. */
    async nearCandidates(
      userId: string,
      bands: string[],
      limit = 50,
    ): Promise<{ id: string; text: string; bands: string[] }[]> {
      const hits = new Map<string, string[]>();
      for (const part of chunks([...new Set(bands)], 1000)) {
        const rows = await db
          .selectFrom('radar_post_bands')
          .select(['post_id', 'band'])
          .where('user_id', '=', userId)
          .where('band', 'in', part)
          .execute();
        for (const r of rows) {
          const list = hits.get(r.post_id) ?? [];
          list.push(r.band);
          hits.set(r.post_id, list);
        }
      }
      const ids = [...hits.keys()].sort().slice(0, limit);
      if (ids.length === 0) return [];
      const out: { id: string; text: string; bands: string[] }[] = [];
      for (const part of chunks(ids, 1000)) {
        const rows = await db
          .selectFrom('radar_posts')
          .select(['id', 'text'])
          .where('id', 'in', part)
          .execute();
        for (const r of rows) out.push({ id: r.id, text: r.text, bands: hits.get(r.id) ?? [] });
      }
      return out;
    },
    async insertPosts(posts: NewRadarPost[], skills: RadarPostSkillRow[]): Promise<void> {
      for (const part of chunks(posts)) {
        await db
          .insertInto('radar_posts')
          .values(part.map(({ bands: _b, ...p }) => ({ ...p, skills: JSON.stringify(p.skills) })))
          .execute();
      }
      const bands = posts.flatMap((p) =>
        [...new Set(p.bands)].map((band) => ({ user_id: p.user_id, band, post_id: p.id })),
      );
      for (const part of chunks(bands, 2000)) {
        await db.insertInto('radar_post_bands').values(part).execute();
      }
      for (const part of chunks(skills, 1000)) {
        await db.insertInto('radar_post_skills').values(part).execute();
      }
    },
    async listPosts(
      userId: string,
      opts: { sources?: RadarSource[] | undefined; limit: number; offset: number },
    ): Promise<{ rows: RadarPostRow[]; total: number }> {
      let q = db.selectFrom('radar_posts').where('user_id', '=', userId);
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
        .executeTakeFirst();
    },
    async deletePost(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('radar_posts')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    /** Replaces a post's fields, band keys and extracted skills. */
    async updatePost(post: NewRadarPost, skills: RadarPostSkillRow[]): Promise<void> {
      const { bands, ...row } = post;
      await db
        .updateTable('radar_posts')
        .set({ ...row, skills: JSON.stringify(row.skills) })
        .where('id', '=', post.id)
        .where('user_id', '=', post.user_id)
        .execute();
      await db.deleteFrom('radar_post_bands').where('post_id', '=', post.id).execute();
      const unique = [...new Set(bands)];
      if (unique.length) {
        await db
          .insertInto('radar_post_bands')
          .values(unique.map((band) => ({ user_id: post.user_id, band, post_id: post.id })))
          .execute();
      }
      await db.deleteFrom('radar_post_skills').where('post_id', '=', post.id).execute();
      if (skills.length) await db.insertInto('radar_post_skills').values(skills).execute();
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
        .groupBy(month)
        .execute();
      return rows.map((r) => ({ month: r.month, n: Number(r.n) }));
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
        .groupBy(['skill_id', month])
        .execute();
      return rows.map((r) => ({ skillId: r.skill_id, month: r.month, n: Number(r.n) }));
    },
    /**
     * A stamp that changes whenever the person's posts, post skills or profile change (kept
     * by database triggers), with the imported-skills version: equal stamps, equal insight.
     */
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
        .values({ ...row, errors: JSON.stringify(row.errors) })
        .execute();
    },
    async updateImport(
      id: string,
      patch: Partial<Omit<RadarImportRow, 'id' | 'user_id' | 'created_at'>>,
    ): Promise<void> {
      const set =
        patch.errors === undefined ? patch : { ...patch, errors: JSON.stringify(patch.errors) };
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
