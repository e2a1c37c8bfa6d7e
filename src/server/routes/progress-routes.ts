import type { Hono } from 'hono';
import {
  deleteTimeLog,
  findRunningTimer,
  getDashboardSummary,
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
import { progressContracts as progress } from '../../shared/contracts/progress.ts';
import { answerWith, bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';

/** Time logs, progress per goal and skill, velocity, summaries, the personal view, notifications. */
export function progressRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  // The summary is one cached object per change, shared by every caller.
  bindContract(
    app,
    reg,
    progress.dashboard,
    (c) => getDashboardSummary(c.get('ctx'), userOf(c).id),
    { shared: true },
  );
  bindContract(app, reg, progress.overview, (c) => getProgressOverview(c.get('ctx'), userOf(c).id));
  bindContract(app, reg, progress.velocity, (c) => getVelocity(c.get('ctx'), userOf(c).id));
  bindContract(app, reg, progress.weekly, (c, { query }) =>
    getWeeklySummary(c.get('ctx'), userOf(c).id, query.week),
  );
  bindContract(app, reg, progress.trends, (c, { query }) =>
    getTrends(c.get('ctx'), userOf(c).id, query.weeks),
  );
  bindContract(app, reg, progress.getView, (c) => getProgressView(c.get('ctx'), userOf(c).id));
  bindContract(app, reg, progress.saveView, (c, { body }) =>
    updateProgressView(c.get('ctx'), userOf(c).id, body),
  );

  bindContract(app, reg, progress.runningTimer, async (c) => ({
    timer: (await findRunningTimer(c.get('ctx'), userOf(c).id)) ?? null,
  }));
  bindContract(app, reg, progress.startTimer, (c, { body }) =>
    startTimer(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, progress.stopTimer, (c) => stopTimer(c.get('ctx'), userOf(c).id));
  bindContract(app, reg, progress.listTimeLogs, async (c, { query }) => ({
    logs: await listTimeLogs(c.get('ctx'), userOf(c).id, {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    }),
  }));
  bindContract(app, reg, progress.logTime, (c, { body }) =>
    logTime(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, progress.logCalendarSession, async (c, { body }) => {
    const r = await logCalendarSession(c.get('ctx'), userOf(c).id, body);
    return r.created ? answerWith(201, r) : r;
  });
  bindContract(app, reg, progress.deleteTimeLog, async (c) => {
    await deleteTimeLog(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '');
    return undefined;
  });

  bindContract(app, reg, progress.notifications, (c, { query }) =>
    listNotifications(c.get('ctx'), userOf(c).id, { unreadOnly: query.unread === 'true' }),
  );
  bindContract(app, reg, progress.markRead, async (c, { body }) => ({
    updated: await markNotificationsRead(c.get('ctx'), userOf(c).id, body.ids),
  }));
  bindContract(app, reg, progress.getNotificationSettings, (c) =>
    getNotificationSettings(c.get('ctx'), userOf(c).id),
  );
  bindContract(app, reg, progress.saveNotificationSettings, (c, { body }) =>
    updateNotificationSettings(c.get('ctx'), userOf(c).id, body),
  );
}
