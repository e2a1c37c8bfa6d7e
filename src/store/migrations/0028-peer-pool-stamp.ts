import { type Kysely, sql } from 'kysely';

/**
 * One counter for the whole peer pool: `peer_pool_stamp.n` goes up in the same transaction
 * as any change to `peer_versions` (the per-person stamps that triggers keep for profiles,
 * evidence, credentials and peer settings of opted-in people, migration 0012). Knowing whether
 * a process's match index is current then costs one primary-key read instead of summing a row
 * per opted-in person (14 ms at 50k people on the embedded store, growing with the pool).
 *
 * Only statements that changed at least one stamp bump it (transition tables), so writes by
 * people outside the pool never touch the counter row. A reader that sees the old value while
 * the data is already newer rebuilds once more later; it can never keep a pool older than the
 * value it read, because the counter commits with the data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table peer_pool_stamp (id integer primary key check (id = 1), n bigint not null)`.execute(
    db,
  );
  await sql`insert into peer_pool_stamp (id, n) values (1, 0)`.execute(db);
  for (const [event, rows] of [
    ['insert', 'new'],
    ['update', 'new'],
    ['delete', 'old'],
  ] as const) {
    await sql`
      create function ${sql.raw(`peer_pool_bump_${event}`)}() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from ${sql.raw(`${rows}_rows`)}) then
          update peer_pool_stamp set n = n + 1 where id = 1;
        end if;
        return null;
      end $$`.execute(db);
    await sql`
      create trigger ${sql.raw(`peer_versions_pool_${event}`)} after ${sql.raw(event)} on peer_versions
        referencing ${sql.raw(rows)} table as ${sql.raw(`${rows}_rows`)}
        for each statement execute function ${sql.raw(`peer_pool_bump_${event}`)}()`.execute(db);
  }
}
