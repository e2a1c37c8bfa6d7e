import { type Kysely, sql } from 'kysely';

/**
 * Trust: revocation status-list slots owned in a table of their own (slot → credential →
 * person), so that only the holder of a credential can flip its bit and an import can never
 * claim someone else's slot. Existing credentials are backfilled (the first credential to
 * hold a slot keeps it). When an account is deleted its slots stay taken, with no owner.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('credential_status_slots')
    .addColumn('list_id', 'integer', (c) =>
      c.notNull().references('credential_status_lists.id').onDelete('cascade'),
    )
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('credential_id', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('credential_status_slots_pk', ['list_id', 'idx'])
    .execute();
  await sql`
    insert into credential_status_slots (list_id, idx, credential_id, user_id, created_at)
    select c.status_list_id, c.status_index, c.id, c.user_id, c.issued_at
    from credentials c
    join credential_status_lists l on l.id = c.status_list_id
    order by c.issued_at, c.id
    on conflict do nothing`.execute(db);
}
