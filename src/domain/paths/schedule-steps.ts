import { WEEKDAYS, type Weekday } from '../../shared/accounts.ts';
import type { PlanSchedule, PlanSession } from '../../shared/paths.ts';
import type { PlanAvailability } from './plan-types.ts';

/** Longest single learning session, in hours. */
export const MAX_SESSION_HOURS = 2;
const BREAK_MIN = 15;
const DAY_MINUTES = 24 * 60;
const MAX_DAYS = 3 * 366;

const quarter = (h: number) => Math.round(h * 4) / 4;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (NaN for an invalid date). */
function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The ISO date (YYYY-MM-DD) of a day number, without going through `Date` (years 0–9999). */
function isoDate(day: number): string {
  if (!Number.isFinite(day)) throw new RangeError('Invalid time value');
  // Civil from days (H. Hinnant), proleptic Gregorian.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Index in `WEEKDAYS` (Monday = 0) of a day number (1970-01-01 was a Thursday). */
const weekdayIndex = (day: number) => (((day + 3) % 7) + 7) % 7;

function weekdayOf(date: string): Weekday {
  return WEEKDAYS[weekdayIndex(dayNumber(date))]!;
}

function hhmm(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

const DAY_LABEL: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

function longDate(date: string): string {
  return `${DAY_LABEL[weekdayOf(date)]} ${date}`;
}

/** The ISO date of the Monday of the week a day number falls in. */
export function mondayOf(day: number): string {
  return isoDate(day - weekdayIndex(day));
}

/**
 * The person's time on one day: the hours they can learn (an equal share of the weekly hours
 * per learning day, or of a busy week's hours) and the busy blocks from their calendar.
 */
function dayPlanner(
  weeklyHours: number,
  days: Weekday[],
  availability: PlanAvailability | undefined,
): { perDay: number; capacity(day: number): number; blocks(date: string): Block[] | undefined } {
  const busy = availability?.busyWeeks ?? {};
  const hasBusy = Object.keys(busy).length > 0;
  const blocks = availability?.blocks ?? {};
  /**
   * Day `day`'s share of `hours` a week in quarter hours, never more than the week holds: each
   * learning day gets the same whole quarters, and the quarters left over go one each to the
   * week's first learning days (5 h over Mon, Wed, Fri: 1.75, 1.75, 1.5).
   */
  const share = (hours: number, day: number): number => {
    if (!days.length) return 0;
    const quarters = Math.floor(Math.max(0, hours) * 4 + 1e-9);
    const base = Math.floor(quarters / days.length);
    const rank = days.indexOf(WEEKDAYS[weekdayIndex(day)]!);
    return (base + (rank >= 0 && rank < quarters % days.length ? 1 : 0)) / 4;
  };
  // The most a learning day gets (reported as the day's hours).
  const perDay = days.length ? Math.ceil(Math.floor(weeklyHours * 4 + 1e-9) / days.length) / 4 : 0;
  return {
    perDay,
    capacity(day) {
      const own = share(weeklyHours, day);
      if (!hasBusy) return own;
      const h = busy[mondayOf(day)];
      return h === undefined ? own : Math.min(own, share(h, day));
    },
    blocks(date) {
      const b = blocks[date];
      return b?.length ? [...b] : undefined;
    },
  };
}

type Block = readonly [number, number];

/**
 * Places one day's sessions: from `startMin`, up to `capacity` hours in sessions of at most
 * 2 hours with 15-minute breaks, around the busy `blocks` (sorted, [start, end) minutes).
 * `take(max, minute)` takes up to `max` hours at `minute` and says how much it took (0 stops).
 */
function placeDay(
  startMin: number,
  capacity: number,
  blocks: readonly Block[] | undefined,
  take: (max: number, minute: number) => number,
): void {
  let minute = startMin;
  let cap = capacity;
  let b = 0;
  while (cap > 0) {
    // A day ends at midnight: what does not fit by then goes to the next learning day (an
    // evening learner's sessions never start at "24:30").
    let room = Math.floor(((DAY_MINUTES - minute) / 60) * 4) / 4;
    if (room < 0.25) break;
    if (blocks) {
      while (b < blocks.length && blocks[b]![1] <= minute) b++;
      const next = blocks[b];
      if (next && next[0] <= minute) {
        if (!Number.isFinite(next[1])) break;
        minute = next[1];
        continue;
      }
      if (next) room = Math.min(room, Math.floor(((next[0] - minute) / 60) * 4) / 4);
      if (room < 0.25) {
        if (!next || !Number.isFinite(next[1])) break;
        minute = next[1];
        continue;
      }
    }
    const chunk = take(quarter(Math.min(MAX_SESSION_HOURS, cap, room)), minute);
    if (chunk <= 0) break;
    minute += Math.round(chunk * 60) + BREAK_MIN;
    cap = quarter(cap - chunk);
  }
}

/**
 * Hours `placeDay` can place on a day: its capacity, less what calendar blocks take and what
 * would run past midnight.
 */
function placeableHours(startMin: number, capacity: number, blocks: readonly Block[] | undefined) {
  let h = 0;
  placeDay(startMin, capacity, blocks, (max) => {
    h += max;
    return max;
  });
  return quarter(h);
}

function startMinute(dayStart: string | undefined): number {
  const [sh, sm] = (dayStart ?? '09:00').split(':').map(Number) as [number, number];
  return Math.min(sh * 60 + sm, 20 * 60);
}

/**
 * Learning hours between `startDate` and `deadline` (both included): the person's learning
 * days in that span times their equal share of the weekly hours (less in weeks marked busy,
 * and only what fits around their calendar's busy blocks).
 */
export function learningHoursBetween(
  startDate: string,
  deadline: string,
  weeklyHours: number,
  learningDays: Weekday[],
  availability?: PlanAvailability,
  dayStart?: string,
): { hours: number; days: number; perDay: number } {
  const days = WEEKDAYS.filter((d) => learningDays.includes(d));
  const planner = dayPlanner(weeklyHours, days, availability);
  const startMin = startMinute(dayStart);
  const from = dayNumber(startDate);
  const to = dayNumber(deadline);
  let n = 0;
  let hours = 0;
  for (let d = from; d <= to && d - from < MAX_DAYS; d++) {
    if (!days.includes(WEEKDAYS[weekdayIndex(d)]!)) continue;
    n++;
    hours += placeableHours(startMin, planner.capacity(d), planner.blocks(isoDate(d)));
  }
  return { hours: quarter(hours), days: n, perDay: planner.perDay };
}

/**
 * Schedules steps in order into the person's time: only on learning days, an equal share of
 * the weekly hours per learning day, sessions of at most 2 hours (from the preferred local
 * start time, 09:00 by default, with 15-minute breaks). With a deadline, says whether the hours fit and, when not, how many hours
 * are missing and the earliest date the path can be finished at this pace. Pure.
 */
export function scheduleSteps(
  steps: Array<{ id: string; hours: number }>,
  opts: {
    startDate: string;
    deadline: string | null;
    weeklyHours: number;
    learningDays: Weekday[];
    /** Local start time of the day's first session (HH:MM); 09:00 when absent. */
    dayStart?: string | undefined;
    /** Busy weeks and calendar blocks the sessions go around. */
    availability?: PlanAvailability | undefined;
  },
): PlanSchedule {
  const dayStartMin = startMinute(opts.dayStart);
  const days = WEEKDAYS.filter((d) => opts.learningDays.includes(d));
  const totalHours = quarter(steps.reduce((s, x) => s + x.hours, 0));
  const planner = dayPlanner(opts.weeklyHours, days, opts.availability);
  const perDay = planner.perDay;
  const base = {
    startDate: opts.startDate,
    deadline: opts.deadline,
    totalHours,
    hoursPerLearningDay: perDay,
    learningDays: days,
  };
  if (perDay <= 0) {
    return {
      ...base,
      endDate: null,
      feasible: totalHours === 0,
      warning:
        totalHours === 0
          ? null
          : {
              hoursShort: totalHours,
              hoursAvailable: 0,
              earliestDate: null,
              message: `This path needs ${totalHours} h, but your profile has no learning time (weekly hours or learning days). Add both to get a schedule.`,
            },
      sessions: [],
    };
  }

  const raw: Array<Omit<PlanSession, 'part' | 'parts'>> = [];
  let i = 0;
  let left = steps[0]?.hours ?? 0;
  const learning = WEEKDAYS.map((d) => days.includes(d));
  const startDay = dayNumber(opts.startDate);
  let endDate: string | null = null;
  let endDay = startDay;
  let hoursAvailable = 0;
  // As `Date#toISOString` would when stepping past an invalid start date.
  if (Number.isNaN(startDay) && steps.length > 0) throw new RangeError('Invalid time value');
  const dayHours = (day: number, date: string) =>
    placeableHours(dayStartMin, planner.capacity(day), planner.blocks(date));
  for (let n = 0; n < MAX_DAYS && i < steps.length; n++) {
    const day = startDay + n;
    if (!learning[weekdayIndex(day)]) continue;
    const date = n === 0 ? opts.startDate : isoDate(day);
    const capacity = planner.capacity(day);
    const blocks = opts.availability ? planner.blocks(date) : undefined;
    if (opts.deadline && date <= opts.deadline)
      hoursAvailable += placeableHours(dayStartMin, capacity, blocks);
    placeDay(dayStartMin, capacity, blocks, (max, minute) => {
      if (i >= steps.length) return 0;
      const chunk = quarter(Math.min(max, left));
      if (chunk <= 0) return 0;
      raw.push({
        stepId: steps[i]!.id,
        date,
        start: hhmm(minute),
        hours: chunk,
        afterDeadline: opts.deadline !== null && date > opts.deadline,
      });
      left = quarter(left - chunk);
      if (left <= 0) {
        i += 1;
        left = steps[i]?.hours ?? 0;
      }
      return chunk;
    });
    endDate = date;
    endDay = day;
  }
  if (opts.deadline) {
    // Count the learning days up to the deadline that the schedule did not need.
    let day = endDate ? endDay + 1 : startDay;
    for (let d = endDate ? isoDate(day) : opts.startDate; d <= opts.deadline; d = isoDate(++day)) {
      if (learning[weekdayIndex(day)]) hoursAvailable += dayHours(day, d);
    }
  }
  hoursAvailable = quarter(hoursAvailable);
  const parts = new Map<string, number>();
  for (const s of raw) parts.set(s.stepId, (parts.get(s.stepId) ?? 0) + 1);
  const seen = new Map<string, number>();
  // Keys in sorted order: the plan's canonical JSON then needs no re-sorted copy.
  const sessions: PlanSession[] = raw.map((s) => {
    const part = (seen.get(s.stepId) ?? 0) + 1;
    seen.set(s.stepId, part);
    return {
      afterDeadline: s.afterDeadline,
      date: s.date,
      hours: s.hours,
      part,
      parts: parts.get(s.stepId) ?? 1,
      start: s.start,
      stepId: s.stepId,
    };
  });
  const unfinished = i < steps.length;
  const feasible = !unfinished && (!opts.deadline || (endDate ?? opts.startDate) <= opts.deadline);
  let warning: PlanSchedule['warning'] = null;
  if (opts.deadline && !feasible) {
    const dayList = days.map((d) => DAY_LABEL[d]).join(', ');
    const even = Math.floor(opts.weeklyHours * 4 + 1e-9) % days.length === 0;
    const pace = even
      ? `${perDay} h on each of ${dayList}`
      : `${opts.weeklyHours} h a week over ${dayList}`;
    const short = quarter(Math.max(0, totalHours - hoursAvailable));
    warning = {
      hoursShort: short,
      hoursAvailable,
      earliestDate: unfinished ? null : endDate,
      message: `This path needs ${totalHours} h but only ${hoursAvailable} h fit between ${longDate(opts.startDate)} and the deadline ${longDate(opts.deadline)} (${pace}): ${short} h short. At this pace the earliest finish is ${unfinished || !endDate ? 'more than three years away' : longDate(endDate)}. Add hours or learning days, move the deadline, or narrow the goal.`,
    };
  } else if (unfinished) {
    warning = {
      hoursShort: 0,
      hoursAvailable,
      earliestDate: null,
      message:
        'At this pace the path takes more than three years; only the first three years are scheduled.',
    };
  }
  return { ...base, endDate: unfinished ? null : endDate, feasible, warning, sessions };
}
