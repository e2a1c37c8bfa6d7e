import type { ContractResult } from '../../../../src/shared/contracts/contract.ts';
import { practiceContracts as practice } from '../../../../src/shared/contracts/practice.ts';
import { progressContracts as progress } from '../../../../src/shared/contracts/progress.ts';
import type {
  ManualTimeInput,
  NotificationSettings,
  ProgressView,
  StartTimerInput,
} from '../../../../src/shared/progress.ts';
import { api } from '../../api/client.ts';

/** A practice brief, as the timer target picker lists it. */
export type BriefRow = ContractResult<typeof practice.listBriefs>['briefs'][number];

/**
 * The progress and notification endpoints, typed and validated by their contracts
 * (src/shared/contracts/progress.ts); the review queue and briefs are practice routes.
 */
export const progressApi = {
  dashboard: () => api.call(progress.dashboard),
  overview: () => api.call(progress.overview),
  velocity: () => api.call(progress.velocity),
  weekly: () => api.call(progress.weekly),
  trends: (weeks = 12) => api.call(progress.trends, { query: { weeks } }),
  view: () => api.call(progress.getView),
  saveView: (view: ProgressView) => api.call(progress.saveView, { body: view }),
  timer: () => api.call(progress.runningTimer),
  startTimer: (body: StartTimerInput) => api.call(progress.startTimer, { body }),
  stopTimer: () => api.call(progress.stopTimer),
  logs: (from?: string) => api.call(progress.listTimeLogs, { query: { from } }),
  logTime: (body: ManualTimeInput) => api.call(progress.logTime, { body }),
  deleteLog: (id: string) => api.call(progress.deleteTimeLog, { params: { id } }),
  notifications: () => api.call(progress.notifications),
  markRead: (ids?: string[]) => api.call(progress.markRead, { body: ids ? { ids } : {} }),
  notificationSettings: () => api.call(progress.getNotificationSettings),
  saveNotificationSettings: (patch: Partial<NotificationSettings>) =>
    api.call(progress.saveNotificationSettings, { body: patch }),
  reviewsDue: () => api.call(practice.reviewQueue),
  briefs: () => api.call(practice.listBriefs),
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
