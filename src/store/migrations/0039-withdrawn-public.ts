import type { Kysely } from 'kysely';

/**
 * `credential_status_slots.withdrawn_public`: set when a public credential's holder deletes
 * their account (its slot stays, ownerless and revoked). Only such a credential's link says
 * it was withdrawn; a credential that was never public stays unknown to strangers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('credential_status_slots')
    .addColumn('withdrawn_public', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}
