import { localDateTime, utcOffsetMinutes } from '../../shared/time-zone.ts';

const DAY = 86_400_000;

/** Monday 00:00 UTC of the week containing `d`. */
export function weekStart(d: Date): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - dow * DAY);
}

/** 00:00 UTC of the day containing `d`. */
export function dayStart(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** `YYYY-MM-DD` of a date (UTC). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `d` plus `n` days. */
export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY);
}

/** Whole days between two dates (b − a), rounded down. */
export function daysBetween(a: Date, b: Date): number {
  return Math.floor((b.getTime() - a.getTime()) / DAY);
}

/** Median of a list, or null when empty. */
export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Rounds to one decimal (hours shown to people). */
export const round1 = (x: number) => Math.round(x * 10) / 10;

/** The Monday (YYYY-MM-DD) of the week `at` falls in on the person's own calendar (`tz`). */
export function localWeekKey(at: Date, tz = 'UTC'): string {
  const { date } = localDateTime(at, tz);
  return isoDay(weekStart(new Date(`${date}T00:00:00Z`)));
}

/** The instant a local day (`day`, YYYY-MM-DD) begins in `tz` (its 00:00 there). */
export function localDayStart(day: string, tz = 'UTC'): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  let t = midnightUtc - utcOffsetMinutes(new Date(midnightUtc), tz) * 60_000;
  // Across a change of offset the first guess lands an hour off: correct it once.
  const off = utcOffsetMinutes(new Date(t), tz);
  t = midnightUtc - off * 60_000;
  return new Date(t);
}

/** `day` (YYYY-MM-DD) plus `n` days, as YYYY-MM-DD. */
export function addDayKey(day: string, n: number): string {
  return isoDay(addDays(new Date(`${day}T00:00:00Z`), n));
}
