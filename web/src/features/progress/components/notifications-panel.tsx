import { useEffect, useState } from 'react';
import {
  NOTIFICATION_KINDS,
  type Notification,
  type NotificationKind,
  type NotificationSettings,
} from '../../../../../src/shared/progress.ts';
import { describeError } from '../../../forms/field-errors.ts';
import { progressApi } from '../api.ts';

const KIND_TEXT: Record<NotificationKind, string> = {
  reviews_due: 'Reviews due',
  schedule_slipping: 'Schedule slipping',
  peer_request: 'Peer requests',
  peer_answer: 'Peer answers',
  credential_issued: 'Credentials issued',
};

function describe(n: Notification): string {
  const count = typeof n.payload.count === 'number' ? n.payload.count : null;
  const message = typeof n.payload.message === 'string' ? n.payload.message : null;
  if (message) return message;
  if (n.kind === 'reviews_due' && count !== null) return `${count} review cards are due.`;
  return KIND_TEXT[n.kind];
}

/** In-app notifications with "mark read", and which kinds to receive. */
export function NotificationsPanel({
  notifications,
  onChange,
}: {
  notifications: Notification[];
  onChange: () => void;
}) {
  const [settings, setSettings] = useState<NotificationSettings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    progressApi
      .notificationSettings()
      .then(setSettings)
      .catch((e) => setError(describeError(e)));
  }, []);

  async function markRead(ids?: string[]) {
    try {
      await progressApi.markRead(ids);
      onChange();
    } catch (e) {
      setError(describeError(e));
    }
  }
  async function toggle(kind: NotificationKind, on: boolean) {
    try {
      setSettings(await progressApi.saveNotificationSettings({ [kind]: on }));
    } catch (e) {
      setError(describeError(e));
    }
  }

  const unread = notifications.filter((n) => !n.readAt);
  return (
    <>
      {error ? <p className="field-error">{error}</p> : null}
      {notifications.length === 0 ? <p className="muted">No notifications.</p> : null}
      <ul className="notification-list">
        {notifications.slice(0, 10).map((n) => (
          <li key={n.id} className={n.readAt ? 'notification' : 'notification notification-unread'}>
            <span>
              {n.readAt ? null : <span className="visually-hidden">Unread: </span>}
              {describe(n)}{' '}
              <span className="muted">{new Date(n.createdAt).toLocaleDateString()}</span>
            </span>
            {n.readAt ? null : (
              <button
                type="button"
                className="button button-ghost button-small"
                onClick={() => markRead([n.id])}
              >
                Mark read
              </button>
            )}
          </li>
        ))}
      </ul>
      {unread.length > 1 ? (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => markRead()}
        >
          Mark all read
        </button>
      ) : null}
      {settings ? (
        <details className="notification-settings">
          <summary>Which notifications you get</summary>
          <div className="check-grid check-grid-2">
            {NOTIFICATION_KINDS.map((k) => (
              <label key={k} className="check">
                <input
                  type="checkbox"
                  checked={settings[k]}
                  onChange={(e) => toggle(k, e.target.checked)}
                />
                {KIND_TEXT[k]}
              </label>
            ))}
          </div>
        </details>
      ) : null}
    </>
  );
}
