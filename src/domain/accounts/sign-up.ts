import { AppError } from '../../errors.ts';
import type { SignUpInput } from '../../shared/accounts.ts';
import type { Ctx } from '../ctx.ts';
import { createUser } from './create-user.ts';
import { getInstanceSettings } from './instance-settings.ts';
import { type StartedSession, startSession } from './start-session.ts';

/**
 * Creates an account and signs it in. Closed instances accept sign-ups only for the first account.
 * Throws `forbidden` when sign-up is closed, `conflict` for a taken email, `invalid_input`.
 */
export async function signUp(
  ctx: Ctx,
  input: SignUpInput,
  userAgent?: string,
): Promise<StartedSession> {
  const settings = await getInstanceSettings(ctx);
  const closed = settings.signup === 'closed';
  // A cheap early answer; createUser decides again under its lock.
  if (closed && (await ctx.store.accounts.countUsers({ excludeDemo: true })) > 0) {
    throw new AppError(
      'forbidden',
      'Sign-up is closed on this instance; ask an admin for an account',
    );
  }
  const user = await createUser(ctx, input, { onlyFirst: closed });
  return startSession(ctx, user, userAgent);
}
