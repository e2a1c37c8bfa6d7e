import { type Kysely, sql } from 'kysely';

/**
 * Verified learning paths: the source catalog (instance-wide, with link status and a
 * full-text index), paths with immutable versions, step progress, community annotations,
 * and calendar feed tokens.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('catalog_resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('url_norm', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('cost', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('skills', 'jsonb', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('vouched_by', 'text', (c) => c.notNull())
    .addColumn('provenance', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('last_checked', 'timestamptz')
    .addColumn('link_status', 'text', (c) => c.notNull().defaultTo('unchecked'))
    .addColumn('http_status', 'integer')
    .addColumn('final_url', 'text')
    .addColumn('redirects', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('check_error', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('catalog_resources_source_check', sql`source in ('seed', 'import')`)
    .addCheckConstraint(
      'catalog_resources_link_check',
      sql`link_status in ('unchecked', 'ok', 'moved', 'dead', 'error', 'blocked')`,
    )
    .execute();
  await sql`create index catalog_resources_skills_idx on catalog_resources using gin (skills)`.execute(
    db,
  );
  await sql`create index catalog_resources_fts_idx on catalog_resources using gin (to_tsvector('english', search_text))`.execute(
    db,
  );
  await db.schema
    .createIndex('catalog_resources_checked_idx')
    .on('catalog_resources')
    .column('last_checked')
    .execute();

  await db.schema
    .createTable('learning_paths')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('goal', 'jsonb', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('private'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'learning_paths_visibility_check',
      sql`visibility in ('private', 'circle', 'public')`,
    )
    .execute();
  await db.schema
    .createIndex('learning_paths_user_idx')
    .on('learning_paths')
    .columns(['user_id', 'updated_at'])
    .execute();

  await db.schema
    .createTable('learning_path_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('path_id', 'text', (c) =>
      c.notNull().references('learning_paths.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('input_hash', 'text', (c) => c.notNull())
    .addColumn('plan_hash', 'text', (c) => c.notNull())
    .addColumn('inputs', 'jsonb', (c) => c.notNull())
    // Canonical JSON text, kept byte for byte (jsonb would reorder keys).
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('reasons', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('learning_path_versions_unique', ['path_id', 'version'])
    .execute();

  await db.schema
    .createTable('learning_path_progress')
    .addColumn('path_id', 'text', (c) =>
      c.notNull().references('learning_paths.id').onDelete('cascade'),
    )
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('done_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('learning_path_progress_pk', ['path_id', 'step_id'])
    .execute();
  await db.schema
    .createIndex('learning_path_progress_skill_idx')
    .on('learning_path_progress')
    .column('skill_id')
    .execute();

  await db.schema
    .createTable('step_annotations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('path_id', 'text', (c) =>
      c.notNull().references('learning_paths.id').onDelete('cascade'),
    )
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('public'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'step_annotations_verdict_check',
      sql`verdict in ('worked', 'did_not_work')`,
    )
    .addCheckConstraint(
      'step_annotations_visibility_check',
      sql`visibility in ('private', 'circle', 'public')`,
    )
    .execute();
  await db.schema
    .createIndex('step_annotations_skill_idx')
    .on('step_annotations')
    .column('skill_id')
    .execute();

  await db.schema
    .createTable('calendar_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('path_id', 'text', (c) =>
      c.notNull().references('learning_paths.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
}
