import { z } from 'zod';
import {
  type ManualTimeInput,
  Notification,
  NotificationSettings,
  ProgressOverview,
  ProgressView,
  type StartTimerInput,
  TimeLog,
  Trends,
  Velocity,
  WeeklySummary,
} from '../../../../src/shared/progress.ts';
import { api } from '../../api/client.ts';

const NotificationList = z.object({ notifications: z.array(Notification), unread: z.number() });
const Timer = z.object({ timer: TimeLog.nullable() });
const LogList = z.object({ logs: z.array(TimeLog) });
/** Only what the progress page needs from the practice review queue. */
const ReviewQueue = z.object({ cards: z.array(z.object({ id: z.string() })) });
/** Only what the timer target picker needs from the practice briefs. */
const BriefList = z.object({
  briefs: z.array(
    z.object({
      id: z.string(),
      skillId: z.string(),
      content: z.object({ title: z.string() }).partial().optional(),
    }),
  ),
});
export type BriefRow = z.infer<typeof BriefList>['briefs'][number];

/** Typed calls to the progress, notification and review-queue APIs. */
export const progressApi = {
  overview: () => api.request('GET', '/api/progress', { schema: ProgressOverview }),
  velocity: () => api.request('GET', '/api/progress/velocity', { schema: Velocity }),
  weekly: () => api.request('GET', '/api/progress/weekly', { schema: WeeklySummary }),
  trends: (weeks = 12) =>
    api.request('GET', `/api/progress/trends?weeks=${weeks}`, { schema: Trends }),
  view: () => api.request('GET', '/api/progress/view', { schema: ProgressView }),
  saveView: (view: ProgressView) =>
    api.request('PUT', '/api/progress/view', { body: view, schema: ProgressView }),
  timer: () => api.request('GET', '/api/progress/timer', { schema: Timer }),
  startTimer: (body: StartTimerInput) =>
    api.request('POST', '/api/progress/timer/start', { body, schema: TimeLog }),
  stopTimer: () => api.request('POST', '/api/progress/timer/stop', { schema: TimeLog }),
  logs: (from?: string) =>
    api.request(
      'GET',
      `/api/progress/time-logs${from ? `?from=${encodeURIComponent(from)}` : ''}`,
      {
        schema: LogList,
      },
    ),
  logTime: (body: ManualTimeInput) =>
    api.request('POST', '/api/progress/time-logs', { body, schema: TimeLog }),
  deleteLog: (id: string) =>
    api.request('DELETE', `/api/progress/time-logs/${encodeURIComponent(id)}`),
  notifications: () => api.request('GET', '/api/notifications', { schema: NotificationList }),
  markRead: (ids?: string[]) =>
    api.request('POST', '/api/notifications/read', {
      body: ids ? { ids } : {},
      schema: z.object({ updated: z.number() }),
    }),
  notificationSettings: () =>
    api.request('GET', '/api/notifications/settings', { schema: NotificationSettings }),
  saveNotificationSettings: (patch: Partial<NotificationSettings>) =>
    api.request('PUT', '/api/notifications/settings', {
      body: patch,
      schema: NotificationSettings,
    }),
  reviewsDue: () => api.request('GET', '/api/practice/reviews/queue', { schema: ReviewQueue }),
  briefs: () => api.request('GET', '/api/practice/briefs', { schema: BriefList }),
};

export const PANEL_LABELS: Record<ProgressView['panels'][number]['id'], string> = {
  today: 'Time tracking',
  reviews: 'Reviews due',
  goals: 'Goals',
  skills: 'Skills',
  practice: 'Practice results',
  hours: 'Hours per week',
  velocity: 'Learning velocity',
  weekly: 'Weekly summary',
  notifications: 'Notifications',
};

/** "1 h 35 min" from minutes. */
export function minutesText(min: number): string {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  if (h === 0) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}
