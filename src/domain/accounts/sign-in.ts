import { AppError } from '../../errors.ts';
import type { SignInInput } from '../../shared/accounts.ts';
import type { Ctx } from '../ctx.ts';
import { hashPassword, needsRehash, verifyPassword } from './password.ts';
import { type StartedSession, startSession } from './start-session.ts';

const WINDOW_MS = 15 * 60_000;
const MAX_PER_CLIENT = 50;
/**
 * Failed sign-ins on one account: five are free, then the next attempt waits 1 s, 2 s, 4 s…
 * up to 15 minutes; a quiet day forgets them. Never a hard lock: the owner can always try
 * again after the delay, or sign in at once with a one-time link from an admin.
 */
export const SIGNIN_THROTTLE = {
  free: 5,
  baseSeconds: 1,
  maxSeconds: 15 * 60,
  forgetMs: 24 * 3_600_000,
} as const;
const dummyHashes = new Map<number, Promise<string>>();

/** "Wait 8 seconds" / "Wait 4 minutes", for a delay in seconds. */
function waitText(seconds: number): string {
  if (seconds < 90) return `Wait ${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `Wait ${minutes} minutes`;
}

function rateLimited(message: string, retryAt: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  return new AppError('rate_limited', message.replace('{wait}', waitText(retryAfterSeconds)), {
    details: { retryAfterSeconds },
  });
}

/** The throttle key of an account (also of an unknown email, so both answer alike). */
export const signinAccountKey = (email: string) => `signin:acct:${email}`;

/**
 * Checks email and password and opens a session. Attempts are limited per client address
 * (50 in 15 minutes) and slowed per account (see SIGNIN_THROTTLE), shared through the database.
 * Throws `rate_limited` while limited or slowed (details.retryAfterSeconds: until the next
 * attempt is checked), `unauthenticated` for a wrong email or password.
 */
export async function signIn(
  ctx: Ctx,
  input: SignInInput,
  client: { ip?: string; userAgent?: string } = {},
): Promise<StartedSession> {
  const now = ctx.clock.now();
  const accountKey = signinAccountKey(input.email);
  if (client.ip) {
    const clientKey = `signin:ip:${client.ip}`;
    if ((await ctx.store.instance.hitRateLimit(clientKey, now, WINDOW_MS)) > MAX_PER_CLIENT) {
      const start = (await ctx.store.instance.rateLimitWindowStart(clientKey)) ?? now;
      throw rateLimited(
        'Too many sign-in attempts from this address. {wait} and try again.',
        new Date(start.getTime() + WINDOW_MS),
        now,
      );
    }
  }
  // Counted as a failure in advance; a success below clears it.
  const claimed = await ctx.store.instance.claimSigninAttempt(accountKey, now, SIGNIN_THROTTLE);
  if (claimed === undefined) {
    throw rateLimited(
      'Too many failed sign-ins on this account. {wait} and try again, or ask an admin for a one-time sign-in link.',
      (await ctx.store.instance.signinNextAttemptAt(accountKey)) ?? now,
      now,
    );
  }
  const user = await ctx.store.accounts.findUserByEmail(input.email);
  // Hash even for unknown emails so response time does not reveal which accounts exist.
  const cost = ctx.config.scryptLog2N;
  let dummy = dummyHashes.get(cost);
  if (!dummy) {
    dummy = hashPassword('not-a-real-password', cost);
    dummyHashes.set(cost, dummy);
  }
  const ok = user
    ? await verifyPassword(input.password, user.password_hash)
    : await verifyPassword(input.password, await dummy).then(() => false);
  if (!user || !ok) throw new AppError('unauthenticated', 'Wrong email or password');
  await ctx.store.instance.clearSigninFailures(accountKey);
  if (needsRehash(user.password_hash, cost)) {
    // The password is at hand only now: upgrade an older (cheaper) hash transparently.
    await ctx.store.accounts.updateUser(user.id, {
      password_hash: await hashPassword(input.password, cost),
      updated_at: now,
    });
  }
  return startSession(ctx, user, client.userAgent);
}
