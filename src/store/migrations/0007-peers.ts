import { type Kysely, sql } from 'kysely';

/**
 * Peer learning: opt-in peer profiles, blocks and reports, exchanges with private threads
 * and teaching records, questions routed to peers and their answers, private circles with
 * invites and shares, and the contribution-credit ledger.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('peer_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('opted_in', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('accepting_questions', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('weekly_question_limit', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('wants', 'jsonb', (c) => c.notNull())
    .addColumn('niches', 'jsonb', (c) => c.notNull())
    .addColumn('segments', 'jsonb', (c) => c.notNull())
    .addColumn('platforms', 'jsonb')
    .addColumn('visibility', 'jsonb', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('peer_blocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('blocked_user_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('peer_blocks_pair_unique', ['user_id', 'blocked_user_id'])
    .execute();
  await db.schema
    .createIndex('peer_blocks_blocked_idx')
    .on('peer_blocks')
    .column('blocked_user_id')
    .execute();

  await db.schema
    .createTable('peer_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('target_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('item_type', 'text')
    .addColumn('item_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('peer_exchanges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('peer_user_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('requester_learns', 'jsonb', (c) => c.notNull())
    .addColumn('peer_learns', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('responded_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'peer_exchanges_status_check',
      sql`status in ('requested', 'accepted', 'declined', 'closed')`,
    )
    .execute();
  await db.schema
    .createIndex('peer_exchanges_user_idx')
    .on('peer_exchanges')
    .column('user_id')
    .execute();
  await db.schema
    .createIndex('peer_exchanges_peer_idx')
    .on('peer_exchanges')
    .column('peer_user_id')
    .execute();

  await db.schema
    .createTable('peer_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exchange_id', 'text', (c) =>
      c.notNull().references('peer_exchanges.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('peer_messages_exchange_idx')
    .on('peer_messages')
    .columns(['exchange_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('peer_teachings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exchange_id', 'text', (c) =>
      c.notNull().references('peer_exchanges.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('learner_user_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('evidence_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('confirmed_at', 'timestamptz')
    .addCheckConstraint('peer_teachings_status_check', sql`status in ('claimed', 'confirmed')`)
    .execute();

  await db.schema
    .createTable('peer_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('path_id', 'text')
    .addColumn('step_id', 'text')
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('trigger', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('peer_questions_status_check', sql`status in ('open', 'closed')`)
    .execute();
  await db.schema
    .createIndex('peer_questions_step_idx')
    .on('peer_questions')
    .columns(['user_id', 'path_id', 'step_id'])
    .execute();

  await db.schema
    .createTable('peer_question_routes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) =>
      c.notNull().references('peer_questions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('routed_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('peer_question_routes_unique', ['question_id', 'user_id'])
    .addCheckConstraint(
      'peer_question_routes_status_check',
      sql`status in ('pending', 'answered', 'declined')`,
    )
    .execute();
  await db.schema
    .createIndex('peer_question_routes_user_idx')
    .on('peer_question_routes')
    .columns(['user_id', 'routed_at'])
    .execute();

  await db.schema
    .createTable('peer_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question_id', 'text', (c) =>
      c.notNull().references('peer_questions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('provenance', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('peer_answers_unique', ['question_id', 'user_id'])
    .addCheckConstraint(
      'peer_answers_verdict_check',
      sql`verdict in ('confirms', 'corrects', 'depends')`,
    )
    .execute();

  await db.schema
    .createTable('peer_circles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('peer_circle_members')
    .addColumn('circle_id', 'text', (c) =>
      c.notNull().references('peer_circles.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('peer_circle_members_pk', ['circle_id', 'user_id'])
    .addCheckConstraint('peer_circle_members_role_check', sql`role in ('owner', 'member')`)
    .execute();
  await db.schema
    .createIndex('peer_circle_members_user_idx')
    .on('peer_circle_members')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('peer_circle_invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('circle_id', 'text', (c) =>
      c.notNull().references('peer_circles.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('email', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('accepted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('accepted_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('peer_circle_invites_email_idx')
    .on('peer_circle_invites')
    .column('email')
    .execute();

  await db.schema
    .createTable('peer_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_type', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('circle_id', 'text', (c) => c.references('peer_circles.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'peer_shares_scope_check',
      sql`scope in ('circle', 'public') and (scope = 'public' or circle_id is not null)`,
    )
    .addCheckConstraint('peer_shares_type_check', sql`item_type in ('path', 'practice')`)
    .execute();
  await db.schema
    .createIndex('peer_shares_circle_idx')
    .on('peer_shares')
    .column('circle_id')
    .execute();

  await db.schema
    .createTable('peer_credits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('ref_type', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('peer_credits_ref_unique', ['user_id', 'kind', 'ref_type', 'ref_id'])
    .addCheckConstraint(
      'peer_credits_kind_check',
      sql`kind in ('validation', 'review', 'teaching')`,
    )
    .execute();
}
