import type { Availability } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import { getAvailability } from './get-availability.ts';

/** Forgets the imported calendar (busy weeks stay). Idempotent. */
export async function removeCalendar(ctx: Ctx, userId: string): Promise<Availability> {
  const row = await ctx.store.paths.findAvailability(userId);
  if (row?.calendar) {
    await ctx.store.paths.upsertAvailability({
      ...row,
      calendar: null,
      updated_at: ctx.clock.now(),
    });
  }
  return getAvailability(ctx, userId);
}
