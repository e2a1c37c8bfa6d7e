import { type Kysely, sql } from 'kysely';

/**
 * Radar read model, kept by the database itself so that every writer (imports, feeds,
 * briefs, client requests, edits, deletes, account import and delete) maintains it:
 * - `radar_month_counts`: per person, source and UTC month, how many posts there are
 *   (`skill_id = ''`) and how many mention each skill: what trends, gap, trajectories and
 *   learn-next read (a few hundred rows) instead of grouping every post-skill row.
 * - `insight_versions`: a per-person stamp from one sequence, renewed by any change to the
 *   person's posts, post skills or profile, so computed insight can be cached and checked
 *   with one primary-key read (also across processes).
 * - `peer_versions`: the same kind of stamp for what the peer match index is built from
 *   (peer profiles, and the profiles, evidence and credentials of opted-in people). The pool
 *   signature is `(count, sum)` over it: any committed change raises the sum (stamps only
 *   grow), uncommitted ones stay invisible, and no two writers contend on one row.
 * Statement-level triggers with transition tables do one grouped upsert per statement.
 */
/** An AFTER `event` trigger on `table` running `fn` once per statement over the changed rows. */
function statementTrigger(
  db: Kysely<unknown>,
  table: string,
  event: 'insert' | 'update' | 'delete',
  rows: 'new' | 'old',
  name: string,
  fn: string,
) {
  return sql`create trigger ${sql.raw(name)} after ${sql.raw(event)} on ${sql.raw(table)}
    referencing ${sql.raw(rows)} table as ${sql.raw(`${rows}_rows`)}
    for each statement execute function ${sql.raw(fn)}()`.execute(db);
}

/** SQL renewing, in `stamps`, the stamp of every still existing person among `rowsTable`. */
function renewStamps(stamps: string, rowsTable: string, condition = ''): string {
  return `insert into ${stamps} as v (user_id, version)
        select u.id, nextval('insight_version_seq') from users u
        where u.id in (select distinct user_id from ${rowsTable}) ${condition}
      on conflict (user_id) do update set version = excluded.version;`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('radar_month_counts')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('radar_month_counts_pk', ['user_id', 'source', 'month', 'skill_id'])
    .execute();
  await sql`create sequence insight_version_seq`.execute(db);
  await db.schema
    .createTable('insight_versions')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();

  await sql`
    create function radar_month_of(t timestamptz) returns text language sql immutable as
    $$ select to_char(date_trunc('month', t at time zone 'UTC'), 'YYYY-MM') $$`.execute(db);

  // One function per (table, direction): `rows` are the transition table's rows.
  // Rows of people being deleted (a cascade from users) are skipped: nothing is left to count.
  const count = (name: string, rowsTable: string, skillExpr: string, sign: '+' | '-') => sql`
    create function ${sql.raw(name)}() returns trigger language plpgsql as $$
    begin
      insert into radar_month_counts as c (user_id, source, month, skill_id, n)
        select r.user_id, r.source, radar_month_of(r.posted_at), ${sql.raw(skillExpr)}, ${sql.raw(sign === '+' ? '' : '-')}count(*)::int
        from ${sql.raw(rowsTable)} r where exists (select 1 from users u where u.id = r.user_id)
        group by 1, 2, 3, 4
      on conflict (user_id, source, month, skill_id) do update set n = c.n + excluded.n;
${sql.raw(
  sign === '+'
    ? ''
    : `      delete from radar_month_counts c using (select distinct user_id, source, radar_month_of(posted_at) as month, ${skillExpr} as skill_id from ${rowsTable} r) k
        where c.user_id = k.user_id and c.source = k.source and c.month = k.month and c.skill_id = k.skill_id and c.n <= 0;`,
)}
      ${sql.raw(renewStamps('insight_versions', rowsTable))}
      return null;
    end $$`;
  await count('radar_posts_added', 'new_rows', "''::text", '+').execute(db);
  await count('radar_posts_removed', 'old_rows', "''::text", '-').execute(db);
  await count('radar_skills_added', 'new_rows', 'r.skill_id', '+').execute(db);
  await count('radar_skills_removed', 'old_rows', 'r.skill_id', '-').execute(db);
  for (const [table, prefix] of [
    ['radar_posts', 'radar_posts'],
    ['radar_post_skills', 'radar_skills'],
  ] as const) {
    await statementTrigger(db, table, 'insert', 'new', `${table}_counted_ins`, `${prefix}_added`);
    await statementTrigger(db, table, 'delete', 'old', `${table}_counted_del`, `${prefix}_removed`);
    // An update moves counts: out with the old rows, in with the new.
    await statementTrigger(
      db,
      table,
      'update',
      'old',
      `${table}_counted_upd_old`,
      `${prefix}_removed`,
    );
    await statementTrigger(
      db,
      table,
      'update',
      'new',
      `${table}_counted_upd_new`,
      `${prefix}_added`,
    );
  }

  await sql`
    create function profile_changed() returns trigger language plpgsql as $$
    begin
      insert into insight_versions as v (user_id, version)
        values (coalesce(new.user_id, old.user_id), nextval('insight_version_seq'))
      on conflict (user_id) do update set version = excluded.version;
      return null;
    end $$`.execute(db);
  await sql`create trigger profiles_insight_version after insert or update on profiles
    for each row execute function profile_changed()`.execute(db);

  await db.schema
    .createTable('peer_versions')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  const peerStamp = (name: string, rowsTable: string, optedInOnly: boolean) => sql`
    create function ${sql.raw(name)}() returns trigger language plpgsql as $$
    begin
      ${sql.raw(
        renewStamps(
          'peer_versions',
          rowsTable,
          optedInOnly
            ? 'and exists (select 1 from peer_profiles p where p.user_id = u.id and p.opted_in)'
            : '',
        ),
      )}
      return null;
    end $$`;
  await peerStamp('peer_source_added', 'new_rows', true).execute(db);
  await peerStamp('peer_source_removed', 'old_rows', true).execute(db);
  await peerStamp('peer_profile_added', 'new_rows', false).execute(db);
  await peerStamp('peer_profile_removed', 'old_rows', false).execute(db);
  for (const [table, fn] of [
    ['profiles', 'peer_source'],
    ['evidence_entries', 'peer_source'],
    ['credentials', 'peer_source'],
    ['peer_profiles', 'peer_profile'],
  ] as const) {
    await statementTrigger(db, table, 'insert', 'new', `${table}_peer_ins`, `${fn}_added`);
    await statementTrigger(db, table, 'update', 'new', `${table}_peer_upd`, `${fn}_added`);
    await statementTrigger(db, table, 'delete', 'old', `${table}_peer_del`, `${fn}_removed`);
  }

  // Existing data: stamp every peer profile (so deleting one later is seen) and count posts once.
  await sql`insert into peer_versions (user_id, version)
    select user_id, nextval('insight_version_seq') from peer_profiles`.execute(db);
  await sql`
    insert into radar_month_counts (user_id, source, month, skill_id, n)
      select user_id, source, radar_month_of(posted_at), '', count(*)::int
      from radar_posts group by 1, 2, 3`.execute(db);
  await sql`
    insert into radar_month_counts (user_id, source, month, skill_id, n)
      select user_id, source, radar_month_of(posted_at), skill_id, count(*)::int
      from radar_post_skills group by 1, 2, 3, 4`.execute(db);
}
