import type { Kysely } from 'kysely';

/**
 * `portfolio_handle_history`: portfolio handles a person gave up, and when. A released handle
 * stays theirs for a while (links to `/p/<old>` shared on client platforms redirect to the new
 * handle instead of opening someone else's page) and nobody else can claim it meanwhile.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('portfolio_handle_history')
    .addColumn('handle', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('released_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('portfolio_handle_history_user_idx')
    .on('portfolio_handle_history')
    .column('user_id')
    .execute();
}
