import { AppError } from '../../errors.ts';
import type { Ctx } from '../ctx.ts';
import { signinAccountKey } from './sign-in.ts';
import { type StartedSession, startSession } from './start-session.ts';
import { hashToken } from './tokens.ts';

/**
 * Signs in with a one-time link (see createSigninLink): marks it used, clears the account's
 * failed sign-ins, and opens a session. Throws `unauthenticated` for a link that is unknown,
 * used or expired (one message for all three).
 */
export async function signInWithLink(
  ctx: Ctx,
  token: string,
  userAgent?: string,
): Promise<StartedSession> {
  const refused = new AppError(
    'unauthenticated',
    'This sign-in link is unknown, already used or expired. Ask an admin for a new one.',
  );
  if (!/^[\w-]{20,100}$/.test(token)) throw refused;
  const userId = await ctx.store.accounts.consumeSigninLink(hashToken(token), ctx.clock.now());
  const user = userId ? await ctx.store.accounts.findUserById(userId) : undefined;
  if (!user) throw refused;
  await ctx.store.instance.clearSigninFailures(signinAccountKey(user.email));
  ctx.log.info('signed in with a one-time link', { userId: user.id });
  return startSession(ctx, user, userAgent);
}
