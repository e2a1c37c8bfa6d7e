import type { Ctx } from '../ctx.ts';
import { presentUser } from './present-user.ts';

/** Every account, oldest first, as the admin page shows them. Callers check the admin role. */
export async function listUsers(ctx: Ctx) {
  const users = await ctx.store.accounts.listUsers();
  return users.map((u) => ({ ...presentUser(u), updatedAt: u.updated_at.toISOString() }));
}
