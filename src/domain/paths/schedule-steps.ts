import { WEEKDAYS, type Weekday } from '../../shared/accounts.ts';
import type { PlanSchedule, PlanSession } from '../../shared/paths.ts';

/** Longest single learning session, in hours. */
export const MAX_SESSION_HOURS = 2;
const DAY_START_MIN = 9 * 60;
const BREAK_MIN = 15;
const MAX_DAYS = 3 * 366;

const quarter = (h: number) => Math.round(h * 4) / 4;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
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

/**
 * Schedules steps in order into the person's time: only on learning days, an equal share of
 * the weekly hours per learning day, sessions of at most 2 hours (from 09:00 local time,
 * 15-minute breaks). With a deadline, says whether the hours fit and, when not, how many hours
 * are missing and the earliest date the path can be finished at this pace. Pure.
 */
export function scheduleSteps(
  steps: Array<{ id: string; hours: number }>,
  opts: {
    startDate: string;
    deadline: string | null;
    weeklyHours: number;
    learningDays: Weekday[];
  },
): PlanSchedule {
  const days = WEEKDAYS.filter((d) => opts.learningDays.includes(d));
  const totalHours = quarter(steps.reduce((s, x) => s + x.hours, 0));
  const perDay = days.length ? quarter(opts.weeklyHours / days.length) : 0;
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
  let date = opts.startDate;
  let endDate: string | null = null;
  let hoursAvailable = 0;
  for (let n = 0; n < MAX_DAYS && i < steps.length; n++, date = addDays(date, 1)) {
    if (!days.includes(weekdayOf(date))) continue;
    if (opts.deadline && date <= opts.deadline) hoursAvailable += perDay;
    let capacity = perDay;
    let minute = DAY_START_MIN;
    while (capacity > 0 && i < steps.length) {
      const chunk = quarter(Math.min(MAX_SESSION_HOURS, capacity, left));
      if (chunk <= 0) break;
      raw.push({
        stepId: steps[i]!.id,
        date,
        start: hhmm(minute),
        hours: chunk,
        afterDeadline: opts.deadline !== null && date > opts.deadline,
      });
      minute += Math.round(chunk * 60) + BREAK_MIN;
      capacity = quarter(capacity - chunk);
      left = quarter(left - chunk);
      if (left <= 0) {
        i += 1;
        left = steps[i]?.hours ?? 0;
      }
    }
    endDate = date;
  }
  if (opts.deadline) {
    // Count the learning days up to the deadline that the schedule did not need.
    for (
      let d = endDate ? addDays(endDate, 1) : opts.startDate;
      d <= opts.deadline;
      d = addDays(d, 1)
    ) {
      if (days.includes(weekdayOf(d))) hoursAvailable += perDay;
    }
  }
  hoursAvailable = quarter(hoursAvailable);
  const parts = new Map<string, number>();
  for (const s of raw) parts.set(s.stepId, (parts.get(s.stepId) ?? 0) + 1);
  const seen = new Map<string, number>();
  const sessions: PlanSession[] = raw.map((s) => {
    const part = (seen.get(s.stepId) ?? 0) + 1;
    seen.set(s.stepId, part);
    return { ...s, part, parts: parts.get(s.stepId) ?? 1 };
  });
  const unfinished = i < steps.length;
  const feasible = !unfinished && (!opts.deadline || (endDate ?? opts.startDate) <= opts.deadline);
  let warning: PlanSchedule['warning'] = null;
  if (opts.deadline && !feasible) {
    const short = quarter(Math.max(0, totalHours - hoursAvailable));
    warning = {
      hoursShort: short,
      hoursAvailable,
      earliestDate: unfinished ? null : endDate,
      message: `This path needs ${totalHours} h but only ${hoursAvailable} h fit between ${longDate(opts.startDate)} and the deadline ${longDate(opts.deadline)} (${perDay} h on each of ${days.map((d) => DAY_LABEL[d]).join(', ')}): ${short} h short. At this pace the earliest finish is ${unfinished || !endDate ? 'more than three years away' : longDate(endDate)}. Add hours or learning days, move the deadline, or narrow the goal.`,
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
