import { type Kysely, sql } from 'kysely';

/**
 * Sign-in that an attacker cannot use to lock the owner out:
 * - `signin_throttle`: failed sign-ins per account key, and the earliest time the next attempt
 *   is checked (progressive delays instead of a hard lock).
 * - `signin_links`: one-time sign-in links an admin creates (CLI or admin page); only the
 *   sha256 of the secret is kept, with its expiry and the time it was used.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signin_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('signin_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await sql`create index signin_links_user_idx on signin_links (user_id)`.execute(db);
}
