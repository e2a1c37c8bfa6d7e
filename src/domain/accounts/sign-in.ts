import { AppError } from '../../errors.ts';
import type { SignInInput } from '../../shared/accounts.ts';
import type { Ctx } from '../ctx.ts';
import { hashPassword, needsRehash, verifyPassword } from './password.ts';
import { type StartedSession, startSession } from './start-session.ts';

const WINDOW_MS = 15 * 60_000;
const MAX_PER_ACCOUNT = 10;
const MAX_PER_CLIENT = 50;
const dummyHashes = new Map<number, Promise<string>>();

/**
 * Checks email and password and opens a session. Attempts are limited per account and per
 * client address within 15 minutes (shared through the database).
 * Throws `rate_limited` past the limit (details.retryAfterSeconds: until the window ends),
 * `unauthenticated` for a wrong email or password.
 */
export async function signIn(
  ctx: Ctx,
  input: SignInInput,
  client: { ip?: string; userAgent?: string } = {},
): Promise<StartedSession> {
  const now = ctx.clock.now();
  const accountKey = `signin:acct:${input.email}`;
  const clientKey = client.ip ? `signin:ip:${client.ip}` : undefined;
  const perAccount = await ctx.store.instance.hitRateLimit(accountKey, now, WINDOW_MS);
  const perClient = clientKey
    ? await ctx.store.instance.hitRateLimit(clientKey, now, WINDOW_MS)
    : 0;
  if (perAccount > MAX_PER_ACCOUNT || perClient > MAX_PER_CLIENT) {
    const limitedKey = perAccount > MAX_PER_ACCOUNT ? accountKey : (clientKey ?? accountKey);
    const start = (await ctx.store.instance.rateLimitWindowStart(limitedKey)) ?? now;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((start.getTime() + WINDOW_MS - now.getTime()) / 1000),
    );
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new AppError(
      'rate_limited',
      `Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      { details: { retryAfterSeconds } },
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
  await ctx.store.instance.clearRateLimit(accountKey);
  if (needsRehash(user.password_hash, cost)) {
    // The password is at hand only now: upgrade an older (cheaper) hash transparently.
    await ctx.store.accounts.updateUser(user.id, {
      password_hash: await hashPassword(input.password, cost),
      updated_at: now,
    });
  }
  return startSession(ctx, user, client.userAgent);
}
