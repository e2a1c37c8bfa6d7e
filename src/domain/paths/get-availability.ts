import type { Availability, BusyWeek } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import { busyBlocks, type CalendarBusy } from './parse-ical.ts';
import type { PlanAvailability } from './plan-types.ts';

/** The stored calendar: busy times plus where they came from (no titles, no URL). */
export type StoredCalendar = CalendarBusy & {
  source: 'file' | 'url';
  host: string | null;
  importedAt: string;
};

async function readAvailability(ctx: Ctx, userId: string) {
  const row = await ctx.store.paths.findAvailability(userId);
  return {
    busyWeeks: (row?.busy_weeks ?? []) as BusyWeek[],
    calendar: (row?.calendar ?? null) as StoredCalendar | null,
  };
}

/** The person's busy weeks and a summary of their imported calendar (null when none). */
export async function getAvailability(ctx: Ctx, userId: string): Promise<Availability> {
  const { busyWeeks, calendar } = await readAvailability(ctx, userId);
  return {
    busyWeeks,
    calendar: calendar && {
      source: calendar.source,
      host: calendar.host,
      importedAt: calendar.importedAt,
      events: calendar.events,
      busyTimes: calendar.timed.length + calendar.allDay.length,
      notes: calendar.notes,
    },
  };
}

/**
 * What a plan starting on `startDate` needs of the person's week: busy weeks from that week on
 * and calendar blocks from that date on, in their time zone. Undefined when there is none
 * (plans without availability keep the inputs they always had).
 */
export async function planAvailability(
  ctx: Ctx,
  userId: string,
  timeZone: string,
  startDate: string,
): Promise<PlanAvailability | undefined> {
  const { busyWeeks, calendar } = await readAvailability(ctx, userId);
  const firstMonday = new Date(Date.parse(`${startDate}T00:00:00Z`) - 6 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const busy: Record<string, number> = {};
  for (const w of [...busyWeeks].sort((a, b) => (a.weekStart < b.weekStart ? -1 : 1)))
    if (w.weekStart >= firstMonday) busy[w.weekStart] = w.hours;
  const blocks = calendar ? busyBlocks(calendar, timeZone, startDate) : {};
  if (!Object.keys(busy).length && !Object.keys(blocks).length) return undefined;
  return { busyWeeks: busy, blocks };
}
