import { type Kysely, sql } from 'kysely';

/**
 * Re-extraction after the taxonomy, alias evidence or extractor change:
 * - `radar_posts.extraction_version`: the extraction version a post's stored skills were read
 *   with (null: stored before this migration, so due for re-extraction).
 * - `radar_reextract_staging`: skills a running re-extraction has read for a post but not yet
 *   swapped in. A person's staged posts are swapped in one transaction once all of that
 *   person's posts are read, so a person's trends never mix two readings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('radar_posts').addColumn('extraction_version', 'text').execute();
  // The post's occupation, `esco:<code>` (from the import) or `role:<role id>` (coded).
  await db.schema.alterTable('radar_posts').addColumn('occupation', 'text').execute();
  await db.schema
    .createTable('radar_reextract_staging')
    .addColumn('post_id', 'text', (c) =>
      c.primaryKey().references('radar_posts.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('skills', 'jsonb', (c) => c.notNull())
    .addColumn('occupation', 'text')
    .execute();
  await sql`create index radar_reextract_staging_user on radar_reextract_staging (user_id)`.execute(
    db,
  );
  await sql`create index radar_posts_extraction_version on radar_posts (user_id, id) where extraction_version is null`.execute(
    db,
  );
}
