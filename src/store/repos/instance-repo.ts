import { type Kysely, sql } from 'kysely';
import type { Database } from '../db-types.ts';

/** Instance-wide shared state: rate-limit counters, a cache, settings. All in the database. */
export function instanceRepo(db: Kysely<Database>) {
  return {
    /**
     * Counts one hit against `key` in a fixed window and returns the count so far.
     * One atomic statement, so several app processes share the limit.
     */
    async hitRateLimit(key: string, now: Date, windowMs: number): Promise<number> {
      const cutoff = new Date(now.getTime() - windowMs);
      const r = await sql<{ count: number }>`
        insert into rate_limits (key, window_start, count) values (${key}, ${now}, 1)
        on conflict (key) do update set
          count = case when rate_limits.window_start < ${cutoff} then 1 else rate_limits.count + 1 end,
          window_start = case when rate_limits.window_start < ${cutoff} then ${now} else rate_limits.window_start end
        returning count`.execute(db);
      return Number(r.rows[0]?.count ?? 1);
    },
    /** When the current window of `key` began, if it has one. */
    async rateLimitWindowStart(key: string): Promise<Date | undefined> {
      const row = await db
        .selectFrom('rate_limits')
        .select('window_start')
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? new Date(row.window_start) : undefined;
    },
    async clearRateLimit(key: string): Promise<void> {
      await db.deleteFrom('rate_limits').where('key', '=', key).execute();
    },
    async cacheGet<T>(key: string, now: Date): Promise<T | undefined> {
      const row = await db
        .selectFrom('kv_cache')
        .select('value')
        .where('key', '=', key)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .executeTakeFirst();
      return row?.value as T | undefined;
    },
    async cacheSet(key: string, value: unknown, now: Date, expiresAt: Date | null): Promise<void> {
      const v = JSON.stringify(value);
      await db
        .insertInto('kv_cache')
        .values({ key, value: v, created_at: now, expires_at: expiresAt })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({ value: v, created_at: now, expires_at: expiresAt }),
        )
        .execute();
    },
    async getSetting<T>(key: string): Promise<T | undefined> {
      const row = await db
        .selectFrom('instance_settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      return row?.value as T | undefined;
    },
    async setSetting(key: string, value: unknown, now: Date): Promise<void> {
      const v = JSON.stringify(value);
      await db
        .insertInto('instance_settings')
        .values({ key, value: v, updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: v, updated_at: now }))
        .execute();
    },
  };
}
