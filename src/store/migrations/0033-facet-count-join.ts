import { type Kysely, sql } from 'kysely';

/**
 * `radar_count_facets` (an import's facets when it is published, or every post's) reads a
 * skill's domain through a join on `radar_skill_domains` instead of calling
 * `radar_skill_domain` per skill row: that function has a subquery, so PostgreSQL cannot inline
 * it and ran it once per row (a 6,000-post import: ~40,000 calls). Same rule, same counts: the
 * authored domain, else the id's prefix before `:` without a `-suffix`, else `imported`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Rows counted: those of one import, or (`p_import` null) all but unfinished imports' rows.
  const counted = (t: string) => `(${t}.import_id = p_import or (p_import is null and
    (${t}.import_id is null or ${t}.import_id not in (
      select id from radar_imports where status in ('queued', 'running')))))`;
  await sql`
    create or replace function radar_count_facets(p_import text) returns void language sql volatile as $$
      delete from radar_month_facets where p_import is null;
      insert into radar_month_facets as c (user_id, source, month, facet, n)
        select user_id, source, month, facet, count(*)::int from (
          select distinct s.post_id, s.user_id, s.source, radar_month_of(s.posted_at) as month,
            'domain:' || coalesce(d.domain,
              nullif(regexp_replace(split_part(s.skill_id, ':', 1), '-.*$', ''), ''),
              'imported') as facet
          from radar_post_skills s left join radar_skill_domains d on d.skill_id = s.skill_id
          where ${sql.raw(counted('s'))}) k
        group by 1, 2, 3, 4
      on conflict (user_id, source, month, facet) do update set n = c.n + excluded.n;
      insert into radar_month_facets as c (user_id, source, month, facet, n)
        select user_id, source, radar_month_of(posted_at), 'occupation:' || occupation, count(*)::int
        from radar_posts p where occupation is not null and ${sql.raw(counted('p'))}
        group by 1, 2, 3, 4
      on conflict (user_id, source, month, facet) do update set n = c.n + excluded.n;
    $$`.execute(db);
}
