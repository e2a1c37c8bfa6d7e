import { type Kysely, sql } from 'kysely';

/**
 * A post's skill rows keep one foreign key, to their post (`post_id` → `radar_posts`, deleted
 * with it), and drop the second, `user_id` → `users`: the owner is the post's (the rows are
 * written from their post, and an account's deletion reaches them through its posts), and the
 * second key check per skill row was about a fifth of an import's PostgreSQL server time (a
 * 6,000-post import writes ~30,000–70,000 skill rows).
 *
 * Not a composite key `(post_id, user_id)` → `radar_posts (id, user_id)`: measured, PostgreSQL
 * planned that key's check on a young table as a scan of the owner's posts by
 * `radar_posts_user_time_idx`, and an import's skill inserts went quadratic (8.5 s instead of
 * 0.4 s for 6,000 posts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table radar_post_skills drop constraint radar_post_skills_user_id_fkey`.execute(
    db,
  );
}
