import type { z } from 'zod';
import { parseInput } from '../../errors.ts';
import { NotificationSettings, ProgressView } from '../../shared/progress.ts';
import type { Ctx } from '../ctx.ts';

/** The person's settings, cached until they change (the value is shared: do not change it). */
function load(ctx: Ctx, userId: string) {
  return ctx.store.personCache.read(userId, 'progress-settings', () => read(ctx, userId));
}

async function read(ctx: Ctx, userId: string) {
  const row = await ctx.store.progress.findSettings(userId);
  const view = ProgressView.safeParse(row?.view ?? {});
  const notifications = NotificationSettings.safeParse(row?.notifications ?? {});
  // Settings saved by an older version may lack newer fields: defaults fill them in.
  return {
    view: view.success ? view.data : ProgressView.parse({}),
    notifications: notifications.success ? notifications.data : NotificationSettings.parse({}),
  };
}

async function save(ctx: Ctx, userId: string, patch: Partial<Awaited<ReturnType<typeof load>>>) {
  const cur = await load(ctx, userId);
  await ctx.store.progress.upsertSettings({
    user_id: userId,
    view: patch.view ?? cur.view,
    notifications: patch.notifications ?? cur.notifications,
    updated_at: ctx.clock.now(),
  });
}

function parseOrThrow<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  return parseInput(schema, raw, `The ${what} is invalid`);
}

/** The person's dashboard view (panel order and visibility, path-detail toggles, busy weeks). */
export async function getProgressView(ctx: Ctx, userId: string): Promise<ProgressView> {
  return (await load(ctx, userId)).view;
}

/**
 * Replaces the person's dashboard view. Panels not listed are appended as visible, so a newer
 * panel is never lost. Throws `invalid_input`.
 */
export async function updateProgressView(
  ctx: Ctx,
  userId: string,
  raw: unknown,
): Promise<ProgressView> {
  const view = parseOrThrow(ProgressView, raw, 'view');
  const seen = new Set<string>();
  const panels = view.panels.filter((p) => !seen.has(p.id) && seen.add(p.id));
  for (const d of ProgressView.parse({}).panels) if (!seen.has(d.id)) panels.push(d);
  const next = { ...view, panels, busyWeeks: [...new Set(view.busyWeeks)].sort() };
  await save(ctx, userId, { view: next });
  return next;
}

/** Which notification kinds the person receives. */
export async function getNotificationSettings(
  ctx: Ctx,
  userId: string,
): Promise<NotificationSettings> {
  return (await load(ctx, userId)).notifications;
}

/** Turns notification kinds on or off (kinds not named keep their setting). Throws `invalid_input`. */
export async function updateNotificationSettings(
  ctx: Ctx,
  userId: string,
  raw: unknown,
): Promise<NotificationSettings> {
  const cur = await getNotificationSettings(ctx, userId);
  const next = parseOrThrow(
    NotificationSettings,
    { ...cur, ...(raw as object) },
    'notification settings',
  );
  await save(ctx, userId, { notifications: next });
  return next;
}
