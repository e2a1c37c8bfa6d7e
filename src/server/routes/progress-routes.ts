import type { Hono } from 'hono';
import { z } from 'zod';
import {
  deleteTimeLog,
  findRunningTimer,
  getNotificationSettings,
  getProgressOverview,
  getProgressView,
  getTrends,
  getVelocity,
  getWeeklySummary,
  listNotifications,
  listTimeLogs,
  logCalendarSession,
  logTime,
  markNotificationsRead,
  startTimer,
  stopTimer,
  updateNotificationSettings,
  updateProgressView,
} from '../../domain/progress/index.ts';
import {
  CalendarSessionInput,
  ManualTimeInput,
  MarkReadInput,
  Notification,
  NotificationSettings,
  NotificationSettingsPatch,
  ProgressOverview,
  ProgressView,
  StartTimerInput,
  TimeLog,
  TimeLogQuery,
  Trends,
  Velocity,
  WeeklySummary,
} from '../../shared/progress.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';

/** Time logs, progress per goal and skill, velocity, summaries, the personal view, notifications. */
export function progressRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  const tag = 'progress';
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/progress',
      tag,
      summary: 'Progress per goal and skill',
      response: ProgressOverview,
    },
    async (c) => c.json(await getProgressOverview(c.get('ctx'), userOf(c).id)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/progress/velocity',
      tag,
      summary: 'Days from starting a skill to first evidence of applying it',
      response: Velocity,
    },
    async (c) => c.json(await getVelocity(c.get('ctx'), userOf(c).id)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/progress/weekly',
      tag,
      summary: 'Weekly summary: learned, slipped, next',
      query: z.object({ week: z.iso.date().optional() }),
      response: WeeklySummary,
    },
    async (c, { query }) => c.json(await getWeeklySummary(c.get('ctx'), userOf(c).id, query.week)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/progress/trends',
      tag,
      summary: 'Chart series: hours per week, practice scores, review retention, velocity',
      query: z.object({ weeks: z.coerce.number().int().min(2).max(52).default(12) }),
      response: Trends,
    },
    async (c, { query }) => c.json(await getTrends(c.get('ctx'), userOf(c).id, query.weeks)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/progress/view',
      tag,
      summary: 'Your dashboard view settings',
      response: ProgressView,
    },
    async (c) => c.json(await getProgressView(c.get('ctx'), userOf(c).id)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/progress/view',
      tag,
      summary: 'Save your dashboard view settings',
      body: ProgressView,
      response: ProgressView,
    },
    async (c, { body }) => c.json(await updateProgressView(c.get('ctx'), userOf(c).id, body)),
  );

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/progress/timer',
      tag,
      summary: 'The running timer, if any',
      response: z.object({ timer: TimeLog.nullable() }),
    },
    async (c) => c.json({ timer: (await findRunningTimer(c.get('ctx'), userOf(c).id)) ?? null }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/progress/timer/start',
      tag,
      summary: 'Start a timer on a step, brief or skill (one at a time)',
      body: StartTimerInput,
      response: TimeLog,
      status: 201,
    },
    async (c, { body }) => c.json(await startTimer(c.get('ctx'), userOf(c).id, body), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/progress/timer/stop',
      tag,
      summary: 'Stop the running timer',
      response: TimeLog,
    },
    async (c) => c.json(await stopTimer(c.get('ctx'), userOf(c).id)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/progress/time-logs',
      tag,
      summary: 'Your time logs',
      query: TimeLogQuery,
      response: z.object({ logs: z.array(TimeLog) }),
    },
    async (c, { query }) =>
      c.json({
        logs: await listTimeLogs(c.get('ctx'), userOf(c).id, {
          from: query.from ? new Date(query.from) : undefined,
          to: query.to ? new Date(query.to) : undefined,
        }),
      }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/progress/time-logs',
      tag,
      summary: 'Log time by hand',
      body: ManualTimeInput,
      response: TimeLog,
      status: 201,
    },
    async (c, { body }) => c.json(await logTime(c.get('ctx'), userOf(c).id, body), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/progress/time-logs/calendar',
      tag,
      summary: 'Log a calendar session marked done (idempotent)',
      body: CalendarSessionInput,
      response: z.object({ log: TimeLog, created: z.boolean() }),
    },
    async (c, { body }) => {
      const r = await logCalendarSession(c.get('ctx'), userOf(c).id, body);
      return c.json(r, r.created ? 201 : 200);
    },
  );
  defineRoute(
    app,
    reg,
    { method: 'delete', path: '/api/progress/time-logs/:id', tag, summary: 'Delete a time log' },
    async (c) => {
      await deleteTimeLog(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '');
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/notifications',
      tag: 'notifications',
      summary: 'Your notifications, newest first',
      query: z.object({ unread: z.enum(['true', 'false']).optional() }),
      response: z.object({ notifications: z.array(Notification), unread: z.number() }),
    },
    async (c, { query }) =>
      c.json(
        await listNotifications(c.get('ctx'), userOf(c).id, {
          unreadOnly: query.unread === 'true',
        }),
      ),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/notifications/read',
      tag: 'notifications',
      summary: 'Mark notifications read (all when no ids)',
      body: MarkReadInput,
      response: z.object({ updated: z.number() }),
    },
    async (c, { body }) =>
      c.json({ updated: await markNotificationsRead(c.get('ctx'), userOf(c).id, body.ids) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/notifications/settings',
      tag: 'notifications',
      summary: 'Which notification kinds you receive',
      response: NotificationSettings,
    },
    async (c) => c.json(await getNotificationSettings(c.get('ctx'), userOf(c).id)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/notifications/settings',
      tag: 'notifications',
      summary: 'Turn notification kinds on or off',
      body: NotificationSettingsPatch,
      response: NotificationSettings,
    },
    async (c, { body }) =>
      c.json(await updateNotificationSettings(c.get('ctx'), userOf(c).id, body)),
  );
}
