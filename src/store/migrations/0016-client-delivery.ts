import { type Kysely, sql } from 'kysely';

/**
 * Client history means delivered work: a client request records whether the freelancer
 * delivered it (`delivery`: null or 'delivered' = delivered, the meaning of every request
 * stored before this migration; 'declined'; 'not_delivered'). Only delivered work counts as
 * held skill. Other sources leave it null.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('radar_posts').addColumn('delivery', 'text').execute();
  await sql`alter table radar_posts add constraint radar_posts_delivery_check
    check (delivery is null or (source = 'client' and delivery in ('delivered', 'declined', 'not_delivered')))`.execute(
    db,
  );
}
