import { type Kysely, sql } from 'kysely';

/**
 * Practice and progress: mock briefs, submissions, reviews, peer shares, scaffolding levels,
 * spaced-review cards, exam answers, external credentials, time logs, notifications and the
 * per-user progress settings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practice_briefs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text')
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('scaffold', 'jsonb', (c) => c.notNull())
    .addColumn('posting_patterns', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('private'))
    .addColumn('evidence_id', 'text')
    .addColumn('provenance', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'practice_briefs_level_check',
      sql`level in ('beginner', 'intermediate', 'advanced')`,
    )
    .addCheckConstraint(
      'practice_briefs_status_check',
      sql`status in ('open', 'submitted', 'reviewed')`,
    )
    .addCheckConstraint(
      'practice_briefs_visibility_check',
      sql`visibility in ('private', 'circle', 'public')`,
    )
    .execute();
  await db.schema
    .createIndex('practice_briefs_user_idx')
    .on('practice_briefs')
    .columns(['user_id', 'skill_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('practice_submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('brief_id', 'text', (c) =>
      c.notNull().references('practice_briefs.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('links', 'jsonb', (c) => c.notNull())
    .addColumn('files', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('practice_submissions_brief_idx')
    .on('practice_submissions')
    .column('brief_id')
    .execute();

  // Owned by the brief's owner; a peer review names only its share, never the reviewer.
  await db.schema
    .createTable('practice_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('brief_id', 'text', (c) =>
      c.notNull().references('practice_briefs.id').onDelete('cascade'),
    )
    .addColumn('submission_id', 'text', (c) =>
      c.notNull().references('practice_submissions.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('share_id', 'text')
    .addColumn('scores', 'jsonb', (c) => c.notNull())
    .addColumn('average', 'double precision', (c) => c.notNull())
    .addColumn('flags', 'jsonb', (c) => c.notNull())
    .addColumn('provenance', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('practice_reviews_kind_check', sql`kind in ('self', 'ai', 'peer')`)
    .execute();
  await db.schema
    .createIndex('practice_reviews_brief_idx')
    .on('practice_reviews')
    .columns(['brief_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('practice_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('brief_id', 'text', (c) =>
      c.notNull().references('practice_briefs.id').onDelete('cascade'),
    )
    // No foreign key: an exported account imports on another instance without its reviewers.
    .addColumn('reviewer_id', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('answered_at', 'timestamptz')
    .addCheckConstraint(
      'practice_shares_status_check',
      sql`status in ('pending', 'answered', 'revoked')`,
    )
    .execute();
  await db.schema
    .createIndex('practice_shares_reviewer_idx')
    .on('practice_shares')
    .column('reviewer_id')
    .execute();

  await db.schema
    .createTable('practice_scaffolding')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('override', 'text')
    .addColumn('history', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_scaffolding_pk', ['user_id', 'skill_id'])
    .execute();

  await db.schema
    .createTable('review_cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('concept_key', 'text', (c) => c.notNull())
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('path_id', 'text')
    .addColumn('step_id', 'text')
    .addColumn('front', 'text', (c) => c.notNull())
    .addColumn('back', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('fsrs', 'jsonb', (c) => c.notNull())
    .addColumn('due', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('review_cards_concept_unique', ['user_id', 'concept_key'])
    .execute();
  await db.schema
    .createIndex('review_cards_due_idx')
    .on('review_cards')
    .columns(['user_id', 'due'])
    .execute();

  await db.schema
    .createTable('review_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('card_id', 'text', (c) =>
      c.notNull().references('review_cards.id').onDelete('cascade'),
    )
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('prior_state', 'integer', (c) => c.notNull())
    .addColumn('reviewed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_logs_user_idx')
    .on('review_logs')
    .columns(['user_id', 'reviewed_at'])
    .execute();

  await db.schema
    .createTable('exam_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('certification_id', 'text', (c) => c.notNull())
    .addColumn('objective_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('correct', 'boolean', (c) => c.notNull())
    .addColumn('answered_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exam_answers_user_idx')
    .on('exam_answers')
    .columns(['user_id', 'certification_id', 'answered_at'])
    .execute();

  await db.schema
    .createTable('external_credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'timestamptz')
    .addColumn('url', 'text')
    .addColumn('certification_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('checks', 'jsonb', (c) => c.notNull())
    .addColumn('raw', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'external_credentials_status_check',
      sql`status in ('verified', 'self_reported')`,
    )
    .execute();

  await db.schema
    .createTable('time_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('skill_id', 'text')
    .addColumn('path_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('time_logs_source_check', sql`source in ('timer', 'manual', 'calendar')`)
    .execute();
  await db.schema
    .createIndex('time_logs_user_idx')
    .on('time_logs')
    .columns(['user_id', 'started_at'])
    .execute();
  // One running timer per user, enforced by the database so two tabs cannot race.
  await sql`create unique index time_logs_one_running on time_logs (user_id) where ended_at is null`.execute(
    db,
  );
  await sql`create unique index time_logs_source_ref on time_logs (user_id, source_ref) where source_ref is not null`.execute(
    db,
  );

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('dedupe_key', 'text')
    .addColumn('read_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();
  await sql`create unique index notifications_dedupe on notifications (user_id, dedupe_key) where dedupe_key is not null`.execute(
    db,
  );

  await db.schema
    .createTable('progress_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('view', 'jsonb', (c) => c.notNull())
    .addColumn('notifications', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
}
