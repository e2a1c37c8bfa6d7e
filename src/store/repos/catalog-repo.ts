import { type Kysely, type Selectable, sql } from 'kysely';
import type { CatalogResourcesTable, Database } from '../db-types.ts';

export type CatalogRow = Selectable<CatalogResourcesTable>;
export type CatalogInsert = Omit<CatalogRow, 'skills' | 'redirects'> & {
  skills: string[];
  redirects: unknown[];
};

/** Result of a link check as stored on the resource. */
export interface LinkCheckUpdate {
  link_status: CatalogRow['link_status'];
  http_status: number | null;
  final_url: string | null;
  redirects: unknown[];
  check_error: string | null;
  last_checked: Date;
}

const serialise = (r: CatalogInsert) => ({
  ...r,
  skills: JSON.stringify(r.skills),
  redirects: JSON.stringify(r.redirects),
});

/** The source catalog: seed and imported resources, full-text search, link-check results. */
export function catalogRepo(db: Kysely<Database>) {
  return {
    /** Inserts or refreshes seed rows by id, keeping link-check results of existing rows. */
    async upsertSeed(rows: CatalogInsert[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 200) {
        const chunk = rows.slice(i, i + 200).map(serialise);
        await db
          .insertInto('catalog_resources')
          .values(chunk)
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              url: eb.ref('excluded.url'),
              url_norm: eb.ref('excluded.url_norm'),
              title: eb.ref('excluded.title'),
              description: eb.ref('excluded.description'),
              publisher: eb.ref('excluded.publisher'),
              kind: eb.ref('excluded.kind'),
              format: eb.ref('excluded.format'),
              level: eb.ref('excluded.level'),
              cost: eb.ref('excluded.cost'),
              language: eb.ref('excluded.language'),
              skills: eb.ref('excluded.skills'),
              search_text: eb.ref('excluded.search_text'),
              vouched_by: eb.ref('excluded.vouched_by'),
              provenance: eb.ref('excluded.provenance'),
              duration_minutes: eb.ref('excluded.duration_minutes'),
              duration_source: eb.ref('excluded.duration_source'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
      }
    },
    /** Inserts an imported row unless its normalised URL is already catalogued; true when inserted. */
    async insertIfNew(row: CatalogInsert): Promise<boolean> {
      const r = await db
        .insertInto('catalog_resources')
        .values(serialise(row))
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    findById(id: string): Promise<CatalogRow | undefined> {
      return db.selectFrom('catalog_resources').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findByNormUrls(urls: string[]): Promise<CatalogRow[]> {
      if (urls.length === 0) return Promise.resolve([]);
      return db.selectFrom('catalog_resources').selectAll().where('url_norm', 'in', urls).execute();
    },
    /** Every catalogued address with its title, publisher and link status (for claim checks). */
    listLinks(): Promise<
      Array<Pick<CatalogRow, 'url_norm' | 'title' | 'publisher' | 'link_status'>>
    > {
      return db
        .selectFrom('catalog_resources')
        .select(['url_norm', 'title', 'publisher', 'link_status'])
        .execute();
    },
    findByIds(ids: string[]): Promise<CatalogRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.selectFrom('catalog_resources').selectAll().where('id', 'in', ids).execute();
    },
    /** Current link status of the given resources. */
    findLinkStatus(ids: string[]): Promise<Array<Pick<CatalogRow, 'id' | 'link_status'>>> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('catalog_resources')
        .select(['id', 'link_status'])
        .where('id', 'in', ids)
        .execute();
    },
    /** Every resource that covers at least one of `skillIds`, by id (without the search text). */
    listBySkills(skillIds: string[]): Promise<CatalogRow[]> {
      if (skillIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('catalog_resources')
        .selectAll()
        .select(sql<string>`''`.as('search_text'))
        .where(sql<boolean>`skills ?| ${sql.val(skillIds)}::text[]`)
        .orderBy('id')
        .execute();
    },
    /**
     * Full-text search (PostgreSQL `english` configuration) over title, description and skill
     * names, best match first; without `q`, lists by title. Filters by skill, kind, link status.
     */
    async search(q: {
      text?: string | undefined;
      skill?: string | undefined;
      kind?: string | undefined;
      linkStatus?: string | undefined;
      limit: number;
      offset: number;
    }): Promise<{ total: number; rows: Array<CatalogRow & { rank: number }> }> {
      const text = q.text?.trim() ?? '';
      let base = db.selectFrom('catalog_resources');
      if (text) {
        base = base.where(
          sql<boolean>`to_tsvector('english', search_text) @@ websearch_to_tsquery('english', ${text})`,
        );
      }
      if (q.skill) base = base.where(sql<boolean>`skills ? ${q.skill}`);
      if (q.kind) base = base.where('kind', '=', q.kind);
      if (q.linkStatus)
        base = base.where('link_status', '=', q.linkStatus as CatalogRow['link_status']);
      const countRow = await base
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const rank = text
        ? sql<number>`ts_rank(to_tsvector('english', search_text), websearch_to_tsquery('english', ${text}))`
        : sql<number>`0`;
      const rows = await base
        .selectAll()
        .select(rank.as('rank'))
        .orderBy(sql`rank desc`)
        .orderBy('title')
        .orderBy('id')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      return { total: Number(countRow.n), rows: rows.map((r) => ({ ...r, rank: Number(r.rank) })) };
    },
    /** Resources due for a link check: never checked first, then the oldest check. */
    listForCheck(limit: number, checkedBefore: Date): Promise<CatalogRow[]> {
      return db
        .selectFrom('catalog_resources')
        .selectAll()
        .where((eb) =>
          eb.or([eb('last_checked', 'is', null), eb('last_checked', '<', checkedBefore)]),
        )
        .orderBy(sql`last_checked asc nulls first`)
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    async recordCheck(id: string, u: LinkCheckUpdate): Promise<void> {
      await db
        .updateTable('catalog_resources')
        .set({ ...u, redirects: JSON.stringify(u.redirects) })
        .where('id', '=', id)
        .execute();
    },
    async count(): Promise<number> {
      const r = await db
        .selectFrom('catalog_resources')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
