import { type Kysely, sql } from 'kysely';

/**
 * Tables whose rows feed a person's own dashboard reads (paths and their numbers, progress,
 * the review queue, notifications, the profile and the progress view). Any change to one of
 * them renews the person's stamp in `person_versions`.
 */
export const PERSON_VERSION_TABLES = [
  'profiles',
  'progress_settings',
  'learning_paths',
  'learning_path_versions',
  'learning_path_progress',
  'time_logs',
  'notifications',
  'evidence_entries',
  'credentials',
  'practice_briefs',
  'practice_reviews',
  'external_credentials',
  'review_cards',
] as const;

/**
 * A per-person stamp for cached reads of the person's own data (see `person-cache.ts`):
 * renewed from `insight_version_seq` by one statement-level trigger per table and event, so a
 * change committed by any process (or by SQL) is seen with one primary-key read. People are
 * renewed in id order, so two statements touching the same people lock their rows in the same
 * order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('person_versions')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  for (const rows of ['new_rows', 'old_rows']) {
    await sql`
      create function ${sql.raw(`person_version_${rows}`)}() returns trigger language plpgsql as $$
      begin
        insert into person_versions as v (user_id, version)
          select u.id, nextval('insight_version_seq') from users u
          where u.id in (select distinct user_id from ${sql.raw(rows)}) order by u.id
        on conflict (user_id) do update set version = excluded.version;
        return null;
      end $$`.execute(db);
  }
  for (const table of PERSON_VERSION_TABLES) {
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
}
