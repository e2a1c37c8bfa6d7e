import { type Kysely, sql } from 'kysely';

/**
 * Tables the dashboard summary reads beyond those of migration 0019 (`PERSON_VERSION_TABLES`):
 * a change to one of them renews the person's stamp in `person_versions` too, with the same
 * statement-level triggers and functions.
 */
export const DASHBOARD_VERSION_TABLES = ['portfolio_settings'] as const;

/**
 * Two read-path speed-ups:
 *
 * The dashboard's stamp tables (above).
 *
 * `radar_month_facets`: per person, source and UTC month, how many posts fall in each skill
 * domain (`domain:<d>`, a post counted once however many of its skills are in the domain)
 * and each occupation (`occupation:<o>`), so trends read a few hundred rows instead of every
 * post-skill row. A skill's domain is `radar_skill_domains` (authored skills, filled from the
 * taxonomy by the app, which rebuilds the counts whenever that map changes), else derived from
 * the id as `domainOf` does. Kept by statement-level triggers like `radar_month_counts`: a
 * post enters a domain when its first skill there arrives and leaves it with the last one.
 * Like those, they stand aside for staged import writes; publishing an import adds its rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of DASHBOARD_VERSION_TABLES) {
    for (const [event, rows] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      await sql`create trigger ${sql.raw(`${table}_person_${event}`)} after ${sql.raw(event)}
        on ${sql.raw(table)} referencing ${sql.raw(rows)} table as ${sql.raw(`${rows}_rows`)}
        for each statement execute function ${sql.raw(`person_version_${rows}_rows`)}()`.execute(
        db,
      );
    }
  }
  await upFacets(db);
}

/** Staged import writes are counted when the import is published (see `publishImport`). */
const GUARD = "when (coalesce(current_setting('skilltrace.import_staging', true), '') <> 'on')";

async function upFacets(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('radar_skill_domains')
    .addColumn('skill_id', 'text', (c) => c.primaryKey())
    .addColumn('domain', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('radar_month_facets')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('radar_month_facets_pk', ['user_id', 'source', 'month', 'facet'])
    .execute();
  await sql`
    create function radar_skill_domain(s text) returns text language sql stable as $$
      select coalesce((select d.domain from radar_skill_domains d where d.skill_id = s),
        nullif(regexp_replace(split_part(s, ':', 1), '-.*$', ''), ''), 'imported') $$`.execute(db);

  // Keys (post, user, source, month, facet) of a transition table's rows.
  const keys = (rows: string) => `select distinct r.post_id, r.user_id, r.source,
      radar_month_of(r.posted_at) as month, 'domain:' || radar_skill_domain(r.skill_id) as facet
    from ${rows} r where exists (select 1 from users u where u.id = r.user_id)`;
  // Whether rows of the table other than `except`'s still put the key's post in the facet.
  const heldBy = (except: string | null) => `exists (select 1 from radar_post_skills o
      where o.post_id = k.post_id and o.source = k.source and radar_month_of(o.posted_at) = k.month
        and 'domain:' || radar_skill_domain(o.skill_id) = k.facet${
          except
            ? ` and not exists (select 1 from ${except} x where x.post_id = o.post_id and x.skill_id = o.skill_id)`
            : ''
        })`;
  const apply = (sign: '' | '-', from: string, rows: string) => `
      insert into radar_month_facets as c (user_id, source, month, facet, n)
        select k.user_id, k.source, k.month, k.facet, ${sign}count(*)::int from (${from}) k
        group by 1, 2, 3, 4
      on conflict (user_id, source, month, facet) do update set n = c.n + excluded.n;
      delete from radar_month_facets
        where n <= 0 and user_id in (select distinct user_id from ${rows});`;
  // Insert: the post enters a facet no other of its rows held. Delete: it leaves a facet no
  // remaining row holds. Update: both, against the rows the statement did not touch.
  await sql`create function radar_facets_skills_added() returns trigger language plpgsql as $$
    begin ${sql.raw(apply('', `select * from (${keys('new_rows')}) k where not ${heldBy('new_rows')}`, 'new_rows'))}
      return null; end $$`.execute(db);
  await sql`create function radar_facets_skills_removed() returns trigger language plpgsql as $$
    begin ${sql.raw(apply('-', `select * from (${keys('old_rows')}) k where not ${heldBy(null)}`, 'old_rows'))}
      return null; end $$`.execute(db);
  await sql`create function radar_facets_skills_updated() returns trigger language plpgsql as $$
    begin
      ${sql.raw(
        apply(
          '-',
          `select * from (${keys('old_rows')}) k where not ${heldBy('new_rows')}
            and (k.post_id, k.source, k.month, k.facet) not in (select post_id, source, month, facet from (${keys('new_rows')}) n)`,
          'old_rows',
        ),
      )}
      ${sql.raw(
        apply(
          '',
          `select * from (${keys('new_rows')}) k where not ${heldBy('new_rows')}
            and (k.post_id, k.source, k.month, k.facet) not in (select post_id, source, month, facet from (${keys('old_rows')}) n)`,
          'new_rows',
        ),
      )}
      return null; end $$`.execute(db);
  await sql`create trigger radar_post_skills_facets_ins after insert on radar_post_skills
    referencing new table as new_rows for each statement ${sql.raw(GUARD)}
    execute function radar_facets_skills_added()`.execute(db);
  await sql`create trigger radar_post_skills_facets_del after delete on radar_post_skills
    referencing old table as old_rows for each statement ${sql.raw(GUARD)}
    execute function radar_facets_skills_removed()`.execute(db);
  await sql`create trigger radar_post_skills_facets_upd after update on radar_post_skills
    referencing old table as old_rows new table as new_rows for each statement ${sql.raw(GUARD)}
    execute function radar_facets_skills_updated()`.execute(db);

  // Occupations: one per post, so a post's rows move in and out like the post counts.
  const occupations = (name: string, rows: string, sign: '' | '-') => sql`
    create function ${sql.raw(name)}() returns trigger language plpgsql as $$
    begin ${sql.raw(
      apply(
        sign,
        `select r.user_id, r.source, radar_month_of(r.posted_at) as month,
            'occupation:' || r.occupation as facet from ${rows} r
          where r.occupation is not null and exists (select 1 from users u where u.id = r.user_id)`,
        rows,
      ),
    )}
      return null; end $$`;
  await occupations('radar_facets_posts_added', 'new_rows', '').execute(db);
  await occupations('radar_facets_posts_removed', 'old_rows', '-').execute(db);
  for (const [event, rows, fn] of [
    ['insert', 'new', 'added'],
    ['delete', 'old', 'removed'],
    ['update', 'old', 'removed'],
    ['update', 'new', 'added'],
  ] as const) {
    await sql`create trigger ${sql.raw(`radar_posts_facets_${event}_${rows}`)} after ${sql.raw(event)}
      on radar_posts referencing ${sql.raw(rows)} table as ${sql.raw(`${rows}_rows`)}
      for each statement ${sql.raw(GUARD)}
      execute function ${sql.raw(`radar_facets_posts_${fn}`)}()`.execute(db);
  }
  // Rows counted: those of one import, or (`p_import` null) all but unfinished imports' rows.
  const counted = `(import_id = p_import or (p_import is null and (import_id is null or import_id
    not in (select id from radar_imports where status in ('queued', 'running')))))`;
  // Adds the facets of every post (`p_import` null, after emptying the table) or of one
  // import's posts (when it is published: they are new posts, so they add to no other row).
  await sql`
    create function radar_count_facets(p_import text) returns void language sql volatile as $$
      delete from radar_month_facets where p_import is null;
      insert into radar_month_facets as c (user_id, source, month, facet, n)
        select user_id, source, month, facet, count(*)::int from (
          select distinct post_id, user_id, source, radar_month_of(posted_at) as month,
            'domain:' || radar_skill_domain(skill_id) as facet from radar_post_skills
          where ${sql.raw(counted)}) k
        group by 1, 2, 3, 4
      on conflict (user_id, source, month, facet) do update set n = c.n + excluded.n;
      insert into radar_month_facets as c (user_id, source, month, facet, n)
        select user_id, source, radar_month_of(posted_at), 'occupation:' || occupation, count(*)::int
        from radar_posts where occupation is not null and ${sql.raw(counted)}
        group by 1, 2, 3, 4
      on conflict (user_id, source, month, facet) do update set n = c.n + excluded.n;
    $$`.execute(db);
  await sql`select radar_count_facets(null)`.execute(db);
}
