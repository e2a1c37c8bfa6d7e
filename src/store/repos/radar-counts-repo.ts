import { type Kysely, sql } from 'kysely';
import type { ClientDelivery, Database } from '../db-types.ts';
import { chunks, visible } from './radar-shared.ts';
import type { RadarSource } from './radar-types.ts';

const month = sql<string>`to_char(date_trunc('month', posted_at at time zone 'UTC'), 'YYYY-MM')`;

/** `YYYY-MM` when `d` is the first instant of a UTC month (what the read model counts by). */
function monthStart(d: Date): string | undefined {
  const iso = d.toISOString();
  return iso.endsWith('-01T00:00:00.000Z') ? iso.slice(0, 7) : undefined;
}

/** The read model: monthly counts, facets, insight stamps, skill domains, client requests. */
export function radarCountsRepo(db: Kysely<Database>) {
  return {
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
  };
}
