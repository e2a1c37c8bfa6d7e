import { AppError } from '../../errors.ts';
import type { Ctx } from '../ctx.ts';
import { hashToken } from './tokens.ts';

/** How long a one-time sign-in link works. */
export const SIGNIN_LINK_MINUTES = 15;

export interface SigninLink {
  /** The address to open; it holds the secret, so it is shown once and never stored. */
  url: string;
  email: string;
  expiresAt: Date;
}

/**
 * Makes a one-time sign-in link for an account (an admin's way to let the owner in when
 * failed sign-ins slow theirs, or the password is lost). Only the sha256 of its secret is
 * stored; it works once, for SIGNIN_LINK_MINUTES. `createdBy` is the admin's id or `cli`.
 * Throws `not_found` for an unknown account.
 */
export async function createSigninLink(
  ctx: Ctx,
  target: { id?: string; email?: string },
  createdBy: string,
): Promise<SigninLink> {
  const user = target.id
    ? await ctx.store.accounts.findUserById(target.id)
    : target.email
      ? await ctx.store.accounts.findUserByEmail(target.email.trim().toLowerCase())
      : undefined;
  if (!user) throw new AppError('not_found', 'User not found');
  const token = ctx.ids.token(32);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + SIGNIN_LINK_MINUTES * 60_000);
  await ctx.store.accounts.insertSigninLink({
    token_hash: hashToken(token),
    user_id: user.id,
    created_by: createdBy,
    created_at: now,
    expires_at: expiresAt,
    used_at: null,
  });
  ctx.log.info('sign-in link created', { userId: user.id, createdBy });
  return {
    url: `${ctx.config.publicUrl}/signin-link?token=${encodeURIComponent(token)}`,
    email: user.email,
    expiresAt,
  };
}
