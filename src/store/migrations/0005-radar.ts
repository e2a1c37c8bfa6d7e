import { type Kysely, sql } from 'kysely';

/**
 * Market radar: demand signals (job posts, feeds, briefs, client requests) with their
 * extracted skills, import records, feeds, and skills imported from ESCO / O*NET.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('radar_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('added', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicates', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('near_duplicates', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addCheckConstraint('radar_imports_status_check', sql`status in ('running', 'done', 'failed')`)
    .execute();
  await db.schema
    .createIndex('radar_imports_user_idx')
    .on('radar_imports')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('radar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('interval_minutes', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_polled_at', 'timestamptz')
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('items_added', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('radar_feeds_user_idx').on('radar_feeds').column('user_id').execute();
  await sql`create unique index radar_feeds_user_url_idx on radar_feeds (user_id, url)`.execute(db);

  await db.schema
    .createTable('radar_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('posted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('budget', 'text')
    .addColumn('client', 'text')
    .addColumn('url', 'text')
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('skills', 'jsonb', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .addColumn('feed_id', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('private'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'radar_posts_source_check',
      sql`source in ('import', 'feed', 'brief', 'client')`,
    )
    .addCheckConstraint(
      'radar_posts_visibility_check',
      sql`visibility in ('private', 'circle', 'public')`,
    )
    .execute();
  await sql`create unique index radar_posts_user_hash_idx on radar_posts (user_id, text_hash)`.execute(
    db,
  );
  await db.schema
    .createIndex('radar_posts_user_time_idx')
    .on('radar_posts')
    .columns(['user_id', 'source', 'posted_at'])
    .execute();

  // MinHash LSH band keys of each post: posts sharing a band are near-duplicate candidates.
  await db.schema
    .createTable('radar_post_bands')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text', (c) =>
      c.notNull().references('radar_posts.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('radar_post_bands_pk', ['user_id', 'band', 'post_id'])
    .execute();
  await db.schema
    .createIndex('radar_post_bands_post_idx')
    .on('radar_post_bands')
    .column('post_id')
    .execute();

  await db.schema
    .createTable('radar_post_skills')
    .addColumn('post_id', 'text', (c) =>
      c.notNull().references('radar_posts.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('posted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('radar_post_skills_pk', ['post_id', 'skill_id'])
    .execute();
  await db.schema
    .createIndex('radar_post_skills_user_idx')
    .on('radar_post_skills')
    .columns(['user_id', 'source', 'posted_at'])
    .execute();

  await db.schema
    .createTable('radar_imported_skills')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('aliases', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('mapped_to', 'text')
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('radar_imported_skills_source_check', sql`source in ('esco', 'onet')`)
    .execute();
}
