import { type Kysely, sql } from 'kysely';
import type { Database } from '../db-types.ts';
import type { RadarFeedRow } from './radar-types.ts';

/** Feeds polled for demand signals. */
export function radarFeedsRepo(db: Kysely<Database>) {
  return {
    async insertFeed(row: RadarFeedRow): Promise<void> {
      await db.insertInto('radar_feeds').values(row).execute();
    },
    findFeedByUrl(userId: string, url: string): Promise<RadarFeedRow | undefined> {
      return db
        .selectFrom('radar_feeds')
        .selectAll()
        .where('user_id', '=', userId)
        .where('url', '=', url)
        .executeTakeFirst();
    },
    listFeeds(userId: string): Promise<RadarFeedRow[]> {
      return db
        .selectFrom('radar_feeds')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    findFeed(userId: string, id: string): Promise<RadarFeedRow | undefined> {
      return db
        .selectFrom('radar_feeds')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    findFeedById(id: string): Promise<RadarFeedRow | undefined> {
      return db.selectFrom('radar_feeds').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async updateFeed(
      id: string,
      patch: Partial<Omit<RadarFeedRow, 'id' | 'user_id' | 'created_at'>>,
    ): Promise<void> {
      await db.updateTable('radar_feeds').set(patch).where('id', '=', id).execute();
    },
    async deleteFeed(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('radar_feeds')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    /** Enabled feeds never polled or last polled at least their interval before `now`. */
    listDueFeeds(now: Date): Promise<RadarFeedRow[]> {
      return db
        .selectFrom('radar_feeds')
        .selectAll()
        .where('enabled', '=', true)
        .where((eb) =>
          eb.or([
            eb('last_polled_at', 'is', null),
            eb(
              'last_polled_at',
              '<=',
              sql<Date>`${now}::timestamptz - make_interval(mins => interval_minutes)`,
            ),
          ]),
        )
        .orderBy('id')
        .execute();
    },
  };
}
