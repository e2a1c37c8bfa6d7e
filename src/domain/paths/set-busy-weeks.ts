import type { Availability, BusyWeeksInput } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import { getAvailability, type StoredCalendar } from './get-availability.ts';

/**
 * Replaces the weeks the person marked busy (client crunch, holidays): each with the hours
 * left for learning that week, 0 for none. Schedules use them on the next plan or re-plan.
 */
export async function setBusyWeeks(
  ctx: Ctx,
  userId: string,
  input: BusyWeeksInput,
): Promise<Availability> {
  const row = await ctx.store.paths.findAvailability(userId);
  await ctx.store.paths.upsertAvailability({
    user_id: userId,
    busy_weeks: [...input.busyWeeks].sort((a, b) => (a.weekStart < b.weekStart ? -1 : 1)),
    calendar: (row?.calendar ?? null) as StoredCalendar | null,
    updated_at: ctx.clock.now(),
  });
  return getAvailability(ctx, userId);
}
