import type { UserRow } from '../../store/repos/accounts-repo.ts';
import type { Ctx } from '../ctx.ts';
import { hashToken } from './tokens.ts';

export interface StartedSession {
  /** The secret that goes into the cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRow;
}

/** Opens a sign-in session for `user`. */
export async function startSession(
  ctx: Ctx,
  user: UserRow,
  userAgent?: string,
): Promise<StartedSession> {
  const token = ctx.ids.token(32);
  const csrfToken = ctx.ids.token(24);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionDays * 86_400_000);
  await ctx.store.accounts.insertSession({
    id: hashToken(token),
    user_id: user.id,
    csrf_token: csrfToken,
    user_agent: userAgent?.slice(0, 300) ?? null,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
  });
  return { token, csrfToken, expiresAt, user };
}
