import type { Kysely } from 'kysely';

/**
 * How long each catalog resource takes (minutes) and where that figure comes from
 * (`catalog` or `estimated`). Seed rows are filled when the starter catalog is next synced;
 * imported rows stay null and are estimated when read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('catalog_resources')
    .addColumn('duration_minutes', 'integer')
    .addColumn('duration_source', 'text')
    .execute();
}
