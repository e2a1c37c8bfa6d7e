import { type Kysely, sql } from 'kysely';

/**
 * Near-duplicate band keys move onto the post: `radar_posts.band_keys` (bigint[]), each key
 * packed as `band * 2^32 + hash` (see `packBandKey` in radar-repo), with a GIN index so
 * candidates are found with array overlap (`band_keys && keys`). An import then writes one
 * row per post instead of 20 `radar_post_bands` rows (two b-trees) per post.
 *
 * Existing keys are copied from `radar_post_bands`, whose rows are then removed. The table is
 * kept (empty, no longer written) so account exports made before this version still import.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table radar_posts add column band_keys bigint[] not null default '{}'`.execute(
    db,
  );
  // `band` is '<band>:<hash in base 36>'; base 36 is decoded in SQL, digit by digit.
  await sql`create function skilltrace_band_key(k text) returns bigint language sql immutable as $$
    select split_part(k, ':', 1)::bigint * 4294967296 + coalesce((
      select sum((position(substr(h, i, 1) in '0123456789abcdefghijklmnopqrstuvwxyz') - 1)::bigint
                 * power(36::numeric, length(h) - i)::bigint)
      from (select split_part(k, ':', 2) as h) s, generate_series(1, length(h)) i), 0)::bigint
  $$`.execute(db);
  await sql`update radar_posts p set band_keys = b.keys
    from (select post_id, array_agg(distinct skilltrace_band_key(band)) as keys
          from radar_post_bands group by post_id) b
    where p.id = b.post_id`.execute(db);
  await sql`drop function skilltrace_band_key(text)`.execute(db);
  await sql`delete from radar_post_bands`.execute(db);
  await sql`create index radar_posts_band_keys_idx on radar_posts using gin (band_keys)
    with (fastupdate = off)`.execute(db);
}
