import { type Kysely, sql } from 'kysely';

/**
 * Personal demo workspaces: a visitor's copy of the demo carries the time it is removed.
 * Null for every ordinary account (and for the shared demo and its demo peers).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('demo_expires_at', 'timestamptz').execute();
  await sql`create index users_demo_expires_idx on users (demo_expires_at) where demo_expires_at is not null`.execute(
    db,
  );
}
