import { type Kysely, type Selectable, sql } from 'kysely';
import type { LlmUsageDay } from '../../shared/model-settings.ts';
import type { Database, LlmCallsTable, UserLlmSettingsTable } from '../db-types.ts';

export type UserLlmSettingsRow = Selectable<UserLlmSettingsTable>;
export type LlmCallRow = Selectable<LlmCallsTable>;

/** Admin limits on model use, stored as one instance setting. */
export interface LlmLimits {
  /** Tokens (in + out) one user may spend per UTC day on the instance's model; null = no limit. */
  tokensPerUserPerDay: number | null;
}

const LIMITS_KEY = 'llm.limits';

/** Model settings per user, the usage/provenance log, the answer cache and the usage limits. */
export function llmRepo(db: Kysely<Database>) {
  return {
    findUserSettings(userId: string): Promise<UserLlmSettingsRow | undefined> {
      return db
        .selectFrom('user_llm_settings')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    async upsertUserSettings(row: UserLlmSettingsRow): Promise<void> {
      const { user_id, ...rest } = row;
      await db
        .insertInto('user_llm_settings')
        .values(row)
        .onConflict((oc) => oc.column('user_id').doUpdateSet(rest))
        .execute();
    },
    async deleteUserSettings(userId: string): Promise<void> {
      await db.deleteFrom('user_llm_settings').where('user_id', '=', userId).execute();
    },

    async insertCall(row: LlmCallRow): Promise<void> {
      await db.insertInto('llm_calls').values(row).execute();
    },
    /** Tokens (in + out) spent since `since`, by one user through the given route. */
    async tokensSince(userId: string, since: Date, via: LlmCallRow['via']): Promise<number> {
      const r = await sql<{ n: number }>`
        select coalesce(sum(tokens_in + tokens_out), 0)::int as n from llm_calls
        where user_id = ${userId} and via = ${via} and created_at >= ${since}`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
    /** Per-UTC-day totals since `since`, for one user or (userId undefined) the whole instance. */
    async usageByDay(since: Date, userId?: string): Promise<LlmUsageDay[]> {
      const who = userId === undefined ? sql`true` : sql`user_id = ${userId}`;
      const r = await sql<{
        day: string;
        calls: number;
        tokens_in: number;
        tokens_out: number;
        cost_usd: number;
      }>`
        select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as calls,
          coalesce(sum(tokens_in), 0)::int as tokens_in, coalesce(sum(tokens_out), 0)::int as tokens_out,
          coalesce(sum(cost_usd), 0)::double precision as cost_usd
        from llm_calls where created_at >= ${since} and ${who}
        group by 1 order by 1`.execute(db);
      return r.rows.map((x) => ({
        day: x.day,
        calls: Number(x.calls),
        tokensIn: Number(x.tokens_in),
        tokensOut: Number(x.tokens_out),
        costUsd: Number(x.cost_usd),
      }));
    },
    /** The newest calls of one user, for the usage page. */
    listCalls(userId: string, limit: number): Promise<LlmCallRow[]> {
      return db
        .selectFrom('llm_calls')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    async cacheGet(
      key: string,
      now: Date,
    ): Promise<{ value: unknown; provenance: unknown } | undefined> {
      return db
        .selectFrom('llm_cache')
        .select(['value', 'provenance'])
        .where('key', '=', key)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .executeTakeFirst();
    },
    async cacheSet(
      key: string,
      value: unknown,
      provenance: unknown,
      now: Date,
      expiresAt: Date | null,
    ): Promise<void> {
      const v = JSON.stringify(value);
      const p = JSON.stringify(provenance);
      await db
        .insertInto('llm_cache')
        .values({ key, value: v, provenance: p, created_at: now, expires_at: expiresAt })
        .onConflict((oc) =>
          oc
            .column('key')
            .doUpdateSet({ value: v, provenance: p, created_at: now, expires_at: expiresAt }),
        )
        .execute();
    },
    async cachePurgeExpired(now: Date): Promise<number> {
      const r = await db.deleteFrom('llm_cache').where('expires_at', '<=', now).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async getLimits(): Promise<LlmLimits> {
      const row = await db
        .selectFrom('instance_settings')
        .select('value')
        .where('key', '=', LIMITS_KEY)
        .executeTakeFirst();
      const v = (row?.value ?? {}) as Partial<LlmLimits>;
      return {
        tokensPerUserPerDay:
          typeof v.tokensPerUserPerDay === 'number' ? v.tokensPerUserPerDay : null,
      };
    },
    async setLimits(limits: LlmLimits, now: Date): Promise<void> {
      const v = JSON.stringify(limits);
      await db
        .insertInto('instance_settings')
        .values({ key: LIMITS_KEY, value: v, updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: v, updated_at: now }))
        .execute();
    },
  };
}
