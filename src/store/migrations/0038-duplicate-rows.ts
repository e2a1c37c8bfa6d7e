import { type Kysely, sql } from 'kysely';

/**
 * `radar_imports.duplicate_rows`: the rows an import skipped as exact duplicates, `{ row,
 * duplicateOf }` (capped as `near_rows` is), so the record names them as it names
 * near-duplicates instead of giving only their count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('radar_imports')
    .addColumn('duplicate_rows', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
}
