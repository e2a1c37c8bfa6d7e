import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  Database,
  NotificationsTable,
  ProgressSettingsTable,
  TimeLogsTable,
} from '../db-types.ts';

export type TimeLogRow = Selectable<TimeLogsTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type ProgressSettingsRow = Selectable<ProgressSettingsTable>;

/** Time logs, notifications and per-user progress settings. */
export function progressRepo(db: Kysely<Database>) {
  return {
    /** Inserts a log; false when a source_ref or running timer already exists (unique index). */
    async insertTimeLog(row: TimeLogRow): Promise<boolean> {
      const r = await db
        .insertInto('time_logs')
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute();
      return r.length > 0;
    },
    findRunningTimer(userId: string): Promise<TimeLogRow | undefined> {
      return db
        .selectFrom('time_logs')
        .selectAll()
        .where('user_id', '=', userId)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
    },
    async stopTimeLog(userId: string, id: string, endedAt: Date, minutes: number): Promise<void> {
      await db
        .updateTable('time_logs')
        .set({ ended_at: endedAt, minutes })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .execute();
    },
    findTimeLog(userId: string, id: string): Promise<TimeLogRow | undefined> {
      return db
        .selectFrom('time_logs')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    listTimeLogs(userId: string, opts: { from?: Date; to?: Date } = {}): Promise<TimeLogRow[]> {
      let q = db.selectFrom('time_logs').selectAll().where('user_id', '=', userId);
      if (opts.from) q = q.where('started_at', '>=', opts.from);
      if (opts.to) q = q.where('started_at', '<', opts.to);
      return q.orderBy('started_at').orderBy('id').execute();
    },
    /** Minutes logged per path (null: not against a path), summed in the database. */
    async minutesByPath(
      userId: string,
    ): Promise<Array<{ path_id: string | null; minutes: number }>> {
      const rows = await db
        .selectFrom('time_logs')
        .select(['path_id', sql<string>`coalesce(sum(minutes), 0)::text`.as('minutes')])
        .where('user_id', '=', userId)
        .groupBy('path_id')
        .execute();
      return rows.map((r) => ({ path_id: r.path_id, minutes: Number(r.minutes) }));
    },
    async deleteTimeLog(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('time_logs')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    /** Per user: the first time logged on a skill (velocity across all users). */
    firstLogPerUser(skillId: string): Promise<Array<{ user_id: string; at: Date }>> {
      return db
        .selectFrom('time_logs')
        .where('skill_id', '=', skillId)
        .select(['user_id', (eb) => eb.fn.min<Date>('started_at').as('at')])
        .groupBy('user_id')
        .execute();
    },

    /** Inserts a notification; false when one with the same dedupe key exists. */
    async insertNotification(row: NotificationRow): Promise<boolean> {
      const r = await db
        .insertInto('notifications')
        .values({ ...row, payload: JSON.stringify(row.payload) })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute();
      return r.length > 0;
    },
    listNotifications(
      userId: string,
      opts: { unreadOnly?: boolean; limit?: number } = {},
    ): Promise<NotificationRow[]> {
      let q = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
      if (opts.unreadOnly) q = q.where('read_at', 'is', null);
      return q
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(opts.limit ?? 100)
        .execute();
    },
    async markNotificationsRead(userId: string, at: Date, ids?: string[]): Promise<number> {
      let q = db
        .updateTable('notifications')
        .set({ read_at: at })
        .where('user_id', '=', userId)
        .where('read_at', 'is', null);
      if (ids) {
        if (ids.length === 0) return 0;
        q = q.where('id', 'in', ids);
      }
      const r = await q.executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    findSettings(userId: string): Promise<ProgressSettingsRow | undefined> {
      return db
        .selectFrom('progress_settings')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    async upsertSettings(row: ProgressSettingsRow): Promise<void> {
      const v = {
        ...row,
        view: JSON.stringify(row.view),
        notifications: JSON.stringify(row.notifications),
      };
      await db
        .insertInto('progress_settings')
        .values(v)
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({
            view: v.view,
            notifications: v.notifications,
            updated_at: v.updated_at,
          }),
        )
        .execute();
    },
    /** Users who have review cards or time logs: the scheduled notification scan visits them. */
    async listActiveUserIds(): Promise<string[]> {
      const a = await db.selectFrom('review_cards').select('user_id').distinct().execute();
      const b = await db.selectFrom('time_logs').select('user_id').distinct().execute();
      return [...new Set([...a, ...b].map((r) => r.user_id))].sort();
    },
  };
}
