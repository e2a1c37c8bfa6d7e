import type { Ctx } from '../ctx.ts';

/** Removes expired sessions and finished jobs older than a week (scheduled hourly). */
export async function purgeExpired(ctx: Ctx): Promise<void> {
  const now = ctx.clock.now();
  await ctx.store.accounts.deleteExpiredSessions(now);
  await ctx.store.jobs.purgeFinished(new Date(now.getTime() - 7 * 86_400_000));
}
