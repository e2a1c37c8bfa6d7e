import { type Kysely, sql } from 'kysely';

/** The model layer: per-user model settings, the usage/provenance log, and the shared answer cache. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_llm_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('base_url', 'text')
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('embedding_model', 'text')
    .addColumn('api_key_sealed', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'user_llm_settings_provider_check',
      sql`provider in ('openai-compatible', 'openai', 'anthropic')`,
    )
    .execute();

  await db.schema
    .createTable('llm_calls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Null for system work (scheduled jobs) that no one person asked for.
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('prompt_version', 'text', (c) => c.notNull())
    .addColumn('input_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error_code', 'text')
    .addColumn('tokens_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tokens_out', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cost_usd', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('latency_ms', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('llm_calls_via_check', sql`via in ('user', 'instance')`)
    .addCheckConstraint('llm_calls_status_check', sql`status in ('ok', 'cached', 'error')`)
    .execute();
  await db.schema
    .createIndex('llm_calls_user_time_idx')
    .on('llm_calls')
    .columns(['user_id', 'created_at'])
    .execute();
  await db.schema.createIndex('llm_calls_time_idx').on('llm_calls').column('created_at').execute();

  await db.schema
    .createTable('llm_cache')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('provenance', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('llm_cache_expires_idx')
    .on('llm_cache')
    .column('expires_at')
    .execute();
}
