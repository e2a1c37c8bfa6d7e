/**
 * The notifications capability: in-app notifications and what a person asked to be told and
 * shown (notification kinds, busy weeks). Below the capabilities that notify (practice,
 * evidence, peers) and the progress read model that also shows them.
 */
export { listNotifications, markNotificationsRead, notify } from './notify.ts';
export {
  getNotificationSettings,
  getProgressView,
  updateNotificationSettings,
  updateProgressView,
} from './settings.ts';
