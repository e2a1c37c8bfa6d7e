import type { Ctx } from '../ctx.ts';
import { deleteAccount } from '../flows/index.ts';

/**
 * Removes visitors' demo copies whose 24 hours are up (up to `limit` per run), with
 * everything they own, as account deletion does. Returns how many it removed.
 */
export async function removeExpiredDemos(ctx: Ctx, limit = 100): Promise<number> {
  const ids = await ctx.store.demo.listExpiredDemoUsers(ctx.clock.now(), limit);
  for (const id of ids) await deleteAccount(ctx, id);
  if (ids.length) ctx.log.info('expired demo copies removed', { count: ids.length });
  return ids.length;
}
