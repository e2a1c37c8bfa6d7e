import { type Kysely, sql } from 'kysely';

/**
 * ESCO occupations imported into the instance (`importOfficialSkills`, source `esco`, when the
 * folder has occupations_en.csv and occupationSkillRelations.csv): what the product's
 * occupation coder indexes, so posts are labelled `esco:<code>`. Instance data, like
 * `radar_imported_skills`. `relations` is the occupation's skill relations in file order
 * (`[{ skillUri, relation: 'essential' | 'optional' }]`).
 *
 * `radar_posts.occupation_given`: the ESCO code the post's import file gave (which wins over
 * coding), so re-extraction re-codes every other post when the occupations change. Every
 * `esco:` label stored before this migration came from a file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('radar_imported_occupations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('uri', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('isco_group', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('aliases', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('relations', 'jsonb', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('radar_posts').addColumn('occupation_given', 'text').execute();
  await sql`update radar_posts set occupation_given = substr(occupation, 6)
    where occupation like 'esco:%'`.execute(db);
}
