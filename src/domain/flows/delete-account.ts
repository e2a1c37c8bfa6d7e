import { AppError } from '../../errors.ts';
import { verifyPassword } from '../accounts/index.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { retireHandlesOf, revokeAllCredentials } from '../evidence/index.ts';

/**
 * Deletes the user and everything they own, in one transaction; the portfolio handles they
 * published are retired (`retireHandlesOf`), not freed. With `password` given it
 * must match (self-service); admins and the CLI pass none. Throws `not_found`, `invalid_input` (wrong password).
 */
export async function deleteAccount(ctx: Ctx, userId: string, password?: string): Promise<void> {
  const user = await ctx.store.accounts.findUserById(userId);
  if (!user) throw new AppError('not_found', 'User not found');
  if (password !== undefined && !(await verifyPassword(password, user.password_hash))) {
    // 400, not 401: a 401 reads as "signed out" to the web app.
    throw new AppError('invalid_input', 'The password is wrong', {
      details: { issues: [{ path: 'password', message: 'is wrong' }] },
    });
  }
  await inTransaction(ctx, async (tx) => {
    // Revocation bits live in instance-wide status lists, so they outlive the account.
    await revokeAllCredentials(tx, userId);
    // Its portfolio's address is nobody else's for a while (a demo's is nobody's real page).
    if (!user.is_demo) await retireHandlesOf(tx, userId);
    await tx.store.userData.delete(userId);
  });
  ctx.log.info('account deleted', { userId });
}
