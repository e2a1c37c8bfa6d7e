import { AppError } from '../../errors.ts';
import { Password } from '../../shared/accounts.ts';
import type { Ctx } from '../ctx.ts';
import { hashPassword, verifyPassword } from './password.ts';

async function setPassword(ctx: Ctx, userId: string, newPassword: string): Promise<void> {
  const pw = Password.safeParse(newPassword);
  if (!pw.success) {
    const message = pw.error.issues[0]?.message ?? 'is invalid';
    throw new AppError('invalid_input', `newPassword ${message}`, {
      details: { issues: [{ path: 'newPassword', message }] },
    });
  }
  await ctx.store.accounts.updateUser(userId, {
    password_hash: await hashPassword(pw.data, ctx.config.scryptLog2N),
    updated_at: ctx.clock.now(),
  });
  // Every existing sign-in, API token and unused sign-in link ends, so neither a leaked
  // session, token nor link survives a password change or reset.
  await ctx.store.accounts.deleteSessionsOfUser(userId);
  await ctx.store.accounts.deleteApiTokensOfUser(userId);
  await ctx.store.accounts.deleteSigninLinksOfUser(userId);
}

/** Changes one's own password after checking the current one. Throws `unauthenticated`, `invalid_input`. */
export async function changePassword(
  ctx: Ctx,
  userId: string,
  current: string,
  next: string,
): Promise<void> {
  const user = await ctx.store.accounts.findUserById(userId);
  if (!user || !(await verifyPassword(current, user.password_hash))) {
    // 400, not 401: the session is fine, a field is wrong (a 401 reads as "signed out").
    throw new AppError('invalid_input', 'The current password is wrong', {
      details: { issues: [{ path: 'currentPassword', message: 'is wrong' }] },
    });
  }
  await setPassword(ctx, userId, next);
}

/** Sets a user's password on an admin's authority (web admin page or CLI). Throws `not_found`, `invalid_input`. */
export async function resetPassword(
  ctx: Ctx,
  target: { id?: string; email?: string },
  next: string,
): Promise<void> {
  const user = target.id
    ? await ctx.store.accounts.findUserById(target.id)
    : target.email
      ? await ctx.store.accounts.findUserByEmail(target.email.toLowerCase())
      : undefined;
  if (!user) throw new AppError('not_found', 'User not found');
  await setPassword(ctx, user.id, next);
  ctx.log.info('password reset', { userId: user.id });
}

/** Throws `forbidden` unless the user is an admin. */
export function requireAdmin(user: { role: string }): void {
  if (user.role !== 'admin') throw new AppError('forbidden', 'Only an admin can do this');
}
