import type { Ctx } from '../ctx.ts';
import { SIGNIN_THROTTLE } from './sign-in.ts';

/**
 * Removes expired sessions, used or expired sign-in links, failed sign-ins a quiet day has
 * forgotten, and finished jobs older than a week (scheduled hourly).
 */
export async function purgeExpired(ctx: Ctx): Promise<void> {
  const now = ctx.clock.now();
  await ctx.store.accounts.deleteExpiredSessions(now);
  await ctx.store.accounts.deleteEndedSigninLinks(now);
  await ctx.store.instance.deleteStaleSigninFailures(
    new Date(now.getTime() - SIGNIN_THROTTLE.forgetMs),
  );
  await ctx.store.jobs.purgeFinished(new Date(now.getTime() - 7 * 86_400_000));
}
