import { type Kysely, sql } from 'kysely';

/**
 * Claim checks on model-written text: briefs and review cards keep the flags their text
 * raised (empty when every check passed); review cards and skill stories also keep where
 * their text came from (provider, model, prompt version, cache, what the checks did).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('practice_briefs')
    .addColumn('flags', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema
    .alterTable('review_cards')
    .addColumn('flags', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema.alterTable('review_cards').addColumn('provenance', 'jsonb').execute();
  await db.schema.alterTable('skill_stories').addColumn('provenance', 'jsonb').execute();
}
