import { type Kysely, sql } from 'kysely';

/** The channel that carries stamp changes (see `stamp-watch.ts`). */
export const STAMP_CHANNEL = 'skilltrace_stamps';

/** Session setting under which the triggers announce changes (set by the listening store). */
export const STAMP_NOTIFY_SETTING = 'skilltrace.stamp_notify';

/** Triggers that announce stamp changes; the watch is used only once all of them exist. */
export const STAMP_NOTIFY_TRIGGERS = [
  'person_versions_notify',
  'person_versions_notify_truncate',
  'insight_versions_notify',
  'insight_versions_notify_truncate',
  'instance_settings_notify',
] as const;

/**
 * Announces, on commit, every change to the cache stamps: a person's `person_versions` or
 * `insight_versions` row (payload: the person's id), and any instance setting or emptied stamp
 * table (empty payload: everyone). The embedded store is its database's only client and listens on its one
 * connection, so it knows a stamp is unchanged without reading it (see `stamp-watch.ts`).
 * Only sessions that set `skilltrace.stamp_notify` to 'on' announce anything: PostgreSQL
 * (where NOTIFY takes a database-wide lock at commit) is left as it was.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function stamp_notify() returns trigger language plpgsql as $$
    begin
      -- Only a session that listens asks for them (the embedded store's one connection): on
      -- PostgreSQL a NOTIFY serialises committing transactions, so nothing is sent there.
      if coalesce(current_setting(${sql.lit(STAMP_NOTIFY_SETTING)}, true), '') <> 'on' then
        return null;
      end if;
      if tg_level = 'STATEMENT' then
        perform pg_notify(${sql.lit(STAMP_CHANNEL)}, '');
      elsif tg_op = 'DELETE' then
        perform pg_notify(${sql.lit(STAMP_CHANNEL)}, old.user_id);
      else
        perform pg_notify(${sql.lit(STAMP_CHANNEL)}, new.user_id);
      end if;
      return null;
    end $$`.execute(db);
  for (const table of ['person_versions', 'insight_versions']) {
    await sql`create trigger ${sql.raw(`${table}_notify`)}
      after insert or update or delete on ${sql.raw(table)}
      for each row execute function stamp_notify()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_notify_truncate`)}
      after truncate on ${sql.raw(table)}
      for each statement execute function stamp_notify()`.execute(db);
  }
  await sql`create trigger instance_settings_notify
    after insert or update or delete or truncate on instance_settings
    for each statement execute function stamp_notify()`.execute(db);
}
