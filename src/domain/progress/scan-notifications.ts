import { getProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { notify } from '../notifications/index.ts';
import { listUserPaths } from '../paths/index.ts';
import { countDueCards } from '../practice/index.ts';
import { isoDay, round1, weekStart } from './time.ts';

/**
 * For one person: a "reviews due" notification once a day when cards are due, and a
 * "schedule slipping" notification once a week per goal whose remaining hours no longer fit
 * the weekly budget before its deadline. Returns how many were created (settings respected).
 */
export async function scanUserNotifications(ctx: Ctx, userId: string): Promise<number> {
  const now = ctx.clock.now();
  let created = 0;
  const due = await countDueCards(ctx, userId, now);
  if (
    due > 0 &&
    (await notify(
      ctx,
      userId,
      'reviews_due',
      { count: due },
      { dedupeKey: `reviews_due:${isoDay(now)}` },
    ))
  )
    created++;
  const { weeklyHours } = await getProfile(ctx, userId);
  const paths = await listUserPaths(ctx, userId).catch(() => []);
  for (const p of paths) {
    if (!p.deadline || p.deadline < now) continue;
    // Slipping as the weekly summary says it: the path's own projection (its finish at the pace
    // so far, busy weeks included) passes its deadline.
    const finish = p.numbers.finishDate;
    if (!finish || finish <= isoDay(p.deadline)) continue;
    const remaining = p.steps.filter((s) => !s.done).reduce((a, s) => a + s.hours, 0);
    const fit = ((p.deadline.getTime() - now.getTime()) / (7 * 86_400_000)) * weeklyHours;
    const n = await notify(
      ctx,
      userId,
      'schedule_slipping',
      {
        pathId: p.id,
        title: p.title,
        remainingHours: round1(remaining),
        hoursThatFit: round1(fit),
        deadline: isoDay(p.deadline),
        finishDate: finish,
      },
      { dedupeKey: `slipping:${p.id}:${isoDay(weekStart(now))}` },
    );
    if (n) created++;
  }
  return created;
}

/** The scheduled job: scans every person with cards or time logs. Returns notifications created. */
export async function scanNotifications(ctx: Ctx): Promise<number> {
  let created = 0;
  for (const userId of await ctx.store.progress.listActiveUserIds()) {
    try {
      created += await scanUserNotifications(ctx, userId);
    } catch (e) {
      ctx.log.warn('notification scan failed for a user', { userId, error: String(e) });
    }
  }
  return created;
}
