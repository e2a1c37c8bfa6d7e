import type { SessionRow, UserRow } from '../../store/repos/accounts-repo.ts';
import type { Ctx } from '../ctx.ts';
import { API_TOKEN_PREFIX, hashToken } from './tokens.ts';

export type Principal =
  | {
      kind: 'session';
      user: UserRow;
      session: SessionRow;
      /** Set when this request slid the session's expiry: the cookie should follow. */
      renewedUntil?: Date;
    }
  | { kind: 'token'; user: UserRow; tokenId: string };

/**
 * Resolves a session cookie value to its user, extending the session while in use.
 * Returns undefined for unknown or expired sessions (which are removed).
 */
export async function authenticateSession(ctx: Ctx, token: string): Promise<Principal | undefined> {
  const id = hashToken(token);
  const session = await ctx.store.accounts.findSession(id);
  if (!session) return undefined;
  const now = ctx.clock.now();
  if (session.expires_at <= now) {
    await ctx.store.accounts.deleteSession(id);
    return undefined;
  }
  const user = await ctx.store.accounts.findUserById(session.user_id);
  if (!user) return undefined;
  // Slide the expiry at most once an hour, so reads do not write on every request.
  if (now.getTime() - session.last_seen_at.getTime() > 3_600_000) {
    const renewedUntil = new Date(now.getTime() + ctx.config.sessionDays * 86_400_000);
    await ctx.store.accounts.touchSession(id, now, renewedUntil);
    return { kind: 'session', user, session, renewedUntil };
  }
  return { kind: 'session', user, session };
}

/** Resolves a personal API token (`st_…`) to its user; undefined when unknown or expired. */
export async function authenticateApiToken(
  ctx: Ctx,
  token: string,
): Promise<Principal | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const row = await ctx.store.accounts.findApiTokenByHash(hashToken(token));
  const now = ctx.clock.now();
  if (!row || (row.expires_at && row.expires_at <= now)) return undefined;
  const user = await ctx.store.accounts.findUserById(row.user_id);
  if (!user) return undefined;
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
    await ctx.store.accounts.touchApiToken(row.id, now);
  }
  return { kind: 'token', user, tokenId: row.id };
}

/** Ends a session (sign-out). */
export async function signOut(ctx: Ctx, token: string): Promise<void> {
  await ctx.store.accounts.deleteSession(hashToken(token));
}
