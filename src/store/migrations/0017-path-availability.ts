import type { Kysely } from 'kysely';

/**
 * A person's week around client work, for scheduling paths: weeks marked busy (with the hours
 * left for learning) and the busy times read from an imported iCalendar file or URL (times
 * only: no titles, places or people are kept).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('path_availability')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('busy_weeks', 'jsonb', (c) => c.notNull())
    .addColumn('calendar', 'jsonb')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
}
