/** The progress capability: time logs, progress per goal and skill, velocity, summaries, notifications. */

export { listNotifications, markNotificationsRead, notify } from './notify.ts';
export { getProgressOverview, streakWeeks } from './progress-overview.ts';
export { scanNotifications, scanUserNotifications } from './scan-notifications.ts';
export {
  getNotificationSettings,
  getProgressView,
  updateNotificationSettings,
  updateProgressView,
} from './settings.ts';
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
