import { resetPassword, verifyPassword } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { DEMO_PEERS } from '../peers/index.ts';
import { DEMO_EMAIL, DEMO_PASSWORD } from './seed-demo.ts';

/**
 * On an instance without the shared demo (`SKILLTRACE_DEMO` is not `shared`), closes the
 * published demo password: the shared demo account and the demo peers that earlier versions
 * created with it get a random password, and their sessions end. Their data stays (turning
 * the shared demo on restores the password). Returns how many accounts it locked.
 */
export async function lockSharedDemo(ctx: Ctx): Promise<number> {
  let locked = 0;
  const emails = [DEMO_EMAIL, ...Object.values(DEMO_PEERS).map((p) => p.email)];
  for (const email of emails) {
    const user = await ctx.store.accounts.findUserByEmail(email);
    if (!user || !(await verifyPassword(DEMO_PASSWORD, user.password_hash))) continue;
    await resetPassword(ctx, { id: user.id }, ctx.ids.token(24));
    locked += 1;
  }
  if (locked) ctx.log.info('shared demo password closed', { accounts: locked });
  return locked;
}
