import type { Notification, NotificationKind } from '../../shared/progress.ts';
import type { NotificationRow } from '../../store/repos/progress-repo.ts';
import type { Ctx } from '../ctx.ts';
import { getNotificationSettings } from './settings.ts';

/** A stored notification as the API shows it. */
export function presentNotification(r: NotificationRow): Notification {
  return {
    id: r.id,
    kind: r.kind as NotificationKind,
    payload: (r.payload as Record<string, unknown>) ?? {},
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/**
 * Creates an in-app notification for `userId`, unless they turned that kind off or one with
 * the same `dedupeKey` exists. Returns the notification, or undefined when none was created.
 * Other capabilities call this (e.g. credentials issued). Payloads must not name third parties.
 */
export async function notify(
  ctx: Ctx,
  userId: string,
  kind: NotificationKind,
  payload: Record<string, unknown>,
  opts: { dedupeKey?: string } = {},
): Promise<Notification | undefined> {
  const settings = await getNotificationSettings(ctx, userId);
  if (!settings[kind]) return undefined;
  const row: NotificationRow = {
    id: ctx.ids.id(),
    user_id: userId,
    kind,
    payload,
    dedupe_key: opts.dedupeKey ?? null,
    read_at: null,
    created_at: ctx.clock.now(),
  };
  return (await ctx.store.progress.insertNotification(row)) ? presentNotification(row) : undefined;
}

/** The person's notifications, newest first. */
export function listNotifications(
  ctx: Ctx,
  userId: string,
  opts: { unreadOnly?: boolean } = {},
): Promise<{ notifications: Notification[]; unread: number }> {
  // Cached until the person's notifications change (the value is shared).
  return ctx.store.personCache.read(userId, `notifications:${!!opts.unreadOnly}`, async () => {
    const rows = await ctx.store.progress.listNotifications(userId, opts);
    const unread = opts.unreadOnly
      ? rows.length
      : (await ctx.store.progress.listNotifications(userId, { unreadOnly: true })).length;
    return { notifications: rows.map(presentNotification), unread };
  });
}

/** Marks the given notifications (or all) read; returns how many changed. */
export async function markNotificationsRead(
  ctx: Ctx,
  userId: string,
  ids?: string[],
): Promise<number> {
  return ctx.store.progress.markNotificationsRead(userId, ctx.clock.now(), ids);
}
