/** The progress capability: time logs, progress per goal and skill, velocity, summaries, notifications. */

// Notifications and view settings live one tier down; re-exported so routes find them here.
export {
  getNotificationSettings,
  getProgressView,
  listNotifications,
  markNotificationsRead,
  notify,
  updateNotificationSettings,
  updateProgressView,
} from '../notifications/index.ts';
export { getDashboardSummary } from './dashboard-summary.ts';
export { getProgressOverview, streakWeeks } from './progress-overview.ts';
export { scanNotifications, scanUserNotifications } from './scan-notifications.ts';
export {
  deleteTimeLog,
  findRunningTimer,
  listTimeLogs,
  logCalendarSession,
  logTime,
  startTimer,
  stopTimer,
} from './time-logs.ts';
export { getTrends } from './trends.ts';
export { getVelocity, VELOCITY_K } from './velocity.ts';
export { getWeeklySummary } from './weekly-summary.ts';
