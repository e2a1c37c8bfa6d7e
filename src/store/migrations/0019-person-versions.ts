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
 * Two speed-ups:
 *
 * A per-person stamp for cached reads of the person's own data (see `person-cache.ts`):
 * renewed from `insight_version_seq` by one statement-level trigger per table and event, so a
 * change committed by any process (or by SQL) is seen with one primary-key read. People are
 * renewed in id order, so two statements touching the same people lock their rows in the same
 * order.
 *
 * `ledger_append_point(user)`: one round trip for an append's reads. It takes the ledger's
 * advisory lock (the one `lockLedger` takes), then, each statement on a fresh snapshot (so
 * it sees what the previous lock holder committed), reads the chain new entries go to (the
 * newest checkpoint's, else the first entry's), that chain's head and its top checkpoint.
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
  await upLedger(db);
}

async function upLedger(db: Kysely<unknown>): Promise<void> {
  await sql`create index evidence_checkpoints_chain_seq_idx
    on evidence_checkpoints (user_id, chain_id, seq)`.execute(db);
  await sql`
    create function ledger_append_point(p_user text)
    returns table (chain_id text, head_seq integer, head_hash text, checkpoint_jws text)
    language plpgsql volatile as $$
    declare
      v_chain text;
    begin
      perform pg_advisory_xact_lock(hashtext('ledger:' || p_user));
      select c.chain_id into v_chain from evidence_checkpoints c
        where c.user_id = p_user order by c.created_at desc, c.seq desc limit 1;
      if v_chain is null then
        select e.chain_id into v_chain from evidence_entries e
          where e.user_id = p_user order by e.chain_id, e.seq limit 1;
      end if;
      return query
        select v_chain, h.seq, h.hash,
          (select c.jws from evidence_checkpoints c
            where c.user_id = p_user and c.chain_id = v_chain
            order by c.seq desc, c.created_at desc limit 1)
        from (select 1) one
        left join lateral (select e.seq, e.hash from evidence_entries e
          where e.user_id = p_user and e.chain_id = v_chain order by e.seq desc limit 1) h on true;
    end $$`.execute(db);
}
