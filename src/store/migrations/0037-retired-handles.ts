import type { Kysely } from 'kysely';

/**
 * `retired_handles`: portfolio handles of deleted accounts, by hash (`handleHash`), and since
 * when. For a while nobody can claim one (a client's old link to `/p/<handle>` says the
 * portfolio was removed instead of opening a newcomer's page under the same name); no user
 * row refers to it, so it outlives the account without keeping who it was.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retired_handles')
    .addColumn('handle_hash', 'text', (c) => c.primaryKey())
    .addColumn('retired_at', 'timestamptz', (c) => c.notNull())
    .execute();
}
