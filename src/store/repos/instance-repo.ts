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
    /**
     * Claims one sign-in attempt on `key` and counts it as a failure in advance (a success
     * clears the count). Answers the failures so far, or `undefined` when the delay the
     * earlier failures set has not passed (then nothing is counted). After the `free`-th
     * failure the next attempt waits `baseSeconds`, doubling with each further failure up to
     * `maxSeconds`; failures older than `forgetMs` are forgotten. One atomic statement, so
     * concurrent attempts (and several app processes) cannot share a slot.
     */
    async claimSigninAttempt(
      key: string,
      now: Date,
      p: { free: number; baseSeconds: number; maxSeconds: number; forgetMs: number },
    ): Promise<number | undefined> {
      const forgetBefore = new Date(now.getTime() - p.forgetMs);
      const failures = sql<number>`(case when signin_throttle.next_attempt_at < ${forgetBefore}::timestamptz then 1 else signin_throttle.failures + 1 end)`;
      const r = await sql<{ failures: number }>`
        insert into signin_throttle (key, failures, next_attempt_at)
        values (${key}, 1, ${now}::timestamptz)
        on conflict (key) do update set
          failures = ${failures},
          next_attempt_at = ${now}::timestamptz + make_interval(secs => case
            when ${failures} < ${p.free}::int then 0
            else least(${p.maxSeconds}::float8, ${p.baseSeconds}::float8 * power(2::float8, ${failures} - ${p.free}::int))
          end)
        where signin_throttle.next_attempt_at <= ${now}::timestamptz
        returning failures`.execute(db);
      const row = r.rows[0];
      return row ? Number(row.failures) : undefined;
    },
    /** When the next sign-in attempt on `key` will be checked (undefined: any time). */
    async signinNextAttemptAt(key: string): Promise<Date | undefined> {
      const row = await db
        .selectFrom('signin_throttle')
        .select('next_attempt_at')
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? new Date(row.next_attempt_at) : undefined;
    },
    async clearSigninFailures(key: string): Promise<void> {
      await db.deleteFrom('signin_throttle').where('key', '=', key).execute();
    },
    /** Forgets failures whose last delay ended before `before`. */
    async deleteStaleSigninFailures(before: Date): Promise<void> {
      await db.deleteFrom('signin_throttle').where('next_attempt_at', '<', before).execute();
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
