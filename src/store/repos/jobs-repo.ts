import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, JobsTable } from '../db-types.ts';

export type JobRow = Selectable<JobsTable>;

/** The table-backed job queue used on the embedded database. */
export function jobsRepo(db: Kysely<Database>) {
  return {
    /** Adds a job; with a singleton key, a queued/running job of the same key makes this a no-op. */
    async enqueue(row: {
      id: string;
      queue: string;
      payload: unknown;
      runAt: Date;
      maxAttempts: number;
      singletonKey: string | null;
      now: Date;
    }): Promise<boolean> {
      const r = await db
        .insertInto('jobs')
        .values({
          id: row.id,
          queue: row.queue,
          payload: JSON.stringify(row.payload),
          state: 'queued',
          attempts: 0,
          max_attempts: row.maxAttempts,
          run_at: row.runAt,
          locked_until: null,
          last_error: null,
          singleton_key: row.singletonKey,
          created_at: row.now,
          updated_at: row.now,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return r !== undefined;
    },
    /** Claims up to `limit` due jobs of the given queues (also those whose lock has lapsed). */
    async claimDue(queues: string[], now: Date, lockMs: number, limit: number): Promise<JobRow[]> {
      if (queues.length === 0) return [];
      const lockedUntil = new Date(now.getTime() + lockMs);
      const r = await sql<JobRow>`
        update jobs set state = 'running', attempts = attempts + 1, locked_until = ${lockedUntil}, updated_at = ${now}
        where id in (
          select id from jobs
          where queue in (${sql.join(queues)})
            and ((state = 'queued' and run_at <= ${now}) or (state = 'running' and locked_until < ${now}))
          order by run_at, id
          limit ${limit}
          for update skip locked)
        returning *`.execute(db);
      return r.rows;
    },
    async complete(id: string, now: Date): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ state: 'done', locked_until: null, updated_at: now })
        .where('id', '=', id)
        .execute();
    },
    async fail(id: string, error: string, now: Date, retryAt: Date | null): Promise<void> {
      await db
        .updateTable('jobs')
        .set({
          state: retryAt ? 'queued' : 'failed',
          run_at: retryAt ?? now,
          last_error: error.slice(0, 2000),
          locked_until: null,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },
    find(id: string): Promise<JobRow | undefined> {
      return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async purgeFinished(before: Date): Promise<void> {
      await db
        .deleteFrom('jobs')
        .where('state', 'in', ['done', 'failed'])
        .where('updated_at', '<', before)
        .execute();
    },
  };
}
