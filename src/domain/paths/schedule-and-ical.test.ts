import { describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/paths.ts';
import { escapeIcalText, foldIcalLine, renderIcal } from './render-ical.ts';
import { scheduleSteps } from './schedule-steps.ts';

const WEEKDAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const dayOf = (d: string) => WEEKDAY[new Date(`${d}T00:00:00Z`).getUTCDay()];

describe('scheduleSteps', () => {
  const steps = [
    { id: 'a', hours: 5 },
    { id: 'b', hours: 3 },
  ];
  /** The steps from Monday 2026-03-02, 6 h a week on Tuesdays and Saturdays. */
  const tueAndSat = (deadline: string | null) =>
    scheduleSteps(steps, {
      startDate: '2026-03-02',
      deadline,
      weeklyHours: 6,
      learningDays: ['tue', 'sat'],
    });
  it('uses only learning days, at most 2 h per session and the weekly budget per day', () => {
    const s = tueAndSat(null);
    expect(s.hoursPerLearningDay).toBe(3);
    expect(s.sessions.every((x) => ['tue', 'sat'].includes(dayOf(x.date)!))).toBe(true);
    expect(s.sessions.every((x) => x.hours <= 2)).toBe(true);
    const perDay = new Map<string, number>();
    for (const x of s.sessions) perDay.set(x.date, (perDay.get(x.date) ?? 0) + x.hours);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(3);
    expect(s.sessions.reduce((h, x) => h + x.hours, 0)).toBe(8);
    // Step a is finished before step b starts, and parts are numbered.
    const lastA = s.sessions.filter((x) => x.stepId === 'a').at(-1)!;
    expect(lastA.part).toBe(lastA.parts);
    expect(s.sessions.findIndex((x) => x.stepId === 'b')).toBeGreaterThan(
      s.sessions.indexOf(lastA),
    );
    expect(s.sessions[0]).toMatchObject({ date: '2026-03-03', start: '09:00', hours: 2 });
    expect(s.sessions[1]).toMatchObject({ date: '2026-03-03', start: '11:15', hours: 1 });
    expect(s.endDate).toBe('2026-03-10');
    expect(s.feasible).toBe(true);
  });

  it('says how many hours are missing and the earliest finish when a deadline cannot be met', () => {
    const s = tueAndSat('2026-03-05');
    expect(s.feasible).toBe(false);
    expect(s.warning).toMatchObject({
      hoursShort: 5,
      hoursAvailable: 3,
      earliestDate: '2026-03-10',
    });
    expect(s.warning!.message).toContain('5 h short');
    expect(s.warning!.message).toContain('Tue 2026-03-10');
    expect(s.sessions.filter((x) => x.afterDeadline).length).toBeGreaterThan(0);
    const ok = tueAndSat('2026-03-10');
    expect(ok.feasible).toBe(true);
    expect(ok.warning).toBeNull();
  });

  it('warns instead of scheduling when there is no learning time', () => {
    const s = scheduleSteps(steps, {
      startDate: '2026-03-02',
      deadline: null,
      weeklyHours: 0,
      learningDays: ['mon'],
    });
    expect(s.sessions).toEqual([]);
    expect(s.warning?.message).toMatch(/no learning time/);
  });
});

describe('iCalendar feed', () => {
  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeIcalText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const line = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = foldIcalLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const l of folded) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
  });

  it('renders a valid VCALENDAR with one VEVENT per session and CRLF endings', () => {
    const plan = {
      title: 'T',
      steps: [
        {
          id: 'sql',
          skillName: 'SQL',
          objective: 'Reach working level in SQL: querying, joining; aggregating',
          practiceTask: 'Write queries, then explain them',
          resources: [
            {
              title: 'PostgreSQL Tutorial',
              url: 'https://www.postgresql.org/docs/current/tutorial.html',
              status: 'verified',
            },
          ],
          flags: [],
        },
      ],
      schedule: {
        sessions: [
          {
            stepId: 'sql',
            date: '2026-03-03',
            start: '09:00',
            hours: 2,
            part: 1,
            parts: 2,
            afterDeadline: false,
          },
          {
            stepId: 'sql',
            date: '2026-03-05',
            start: '09:00',
            hours: 1.5,
            part: 2,
            parts: 2,
            afterDeadline: false,
          },
        ],
      },
    } as unknown as Plan;
    const ics = renderIcal({
      pathId: 'p1',
      title: 'Path, with comma',
      plan,
      stampedAt: new Date('2026-03-02T09:00:00Z'),
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded).toContain('UID:p1-sql-1@skilltrace');
    expect(unfolded).toContain('DTSTAMP:20260302T090000Z');
    expect(unfolded).toContain('DTSTART:20260305T090000');
    expect(unfolded).toContain('DTEND:20260305T103000');
    expect(unfolded).toContain('SUMMARY:Learn SQL (2/2)');
    expect(unfolded).toContain('X-WR-CALNAME:Skilltrace: Path\\, with comma');
    expect(unfolded).toContain('querying\\, joining\\; aggregating\\nPractice:');
    expect(unfolded).toContain('https://www.postgresql.org/docs/current/tutorial.html');
  });
});

describe('days and weeks keep their bounds', () => {
  const mondayOfDate = (d: string) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    const wd = (new Date(t).getUTCDay() + 6) % 7;
    return new Date(t - wd * 86_400_000).toISOString().slice(0, 10);
  };
  const weekTotals = (sessions: { date: string; hours: number }[]) => {
    const m = new Map<string, number>();
    for (const s of sessions)
      m.set(mondayOfDate(s.date), (m.get(mondayOfDate(s.date)) ?? 0) + s.hours);
    return m;
  };

  it('never places an evening session past midnight: the rest goes to the next learning day', () => {
    const s = scheduleSteps([{ id: 'a', hours: 30 }], {
      startDate: '2026-12-07',
      deadline: null,
      weeklyHours: 10,
      learningDays: ['tue', 'thu'],
      dayStart: '20:00',
    });
    for (const x of s.sessions) {
      const [h, m] = x.start.split(':').map(Number) as [number, number];
      expect(h * 60 + m + x.hours * 60).toBeLessThanOrEqual(24 * 60);
    }
    expect(s.sessions.reduce((h, x) => h + x.hours, 0)).toBe(30);
    // 40 h on one Saturday from 09:00: at most the day's 15 hours, never "39:00".
    const sat = scheduleSteps([{ id: 'a', hours: 40 }], {
      startDate: '2026-12-07',
      deadline: null,
      weeklyHours: 40,
      learningDays: ['sat'],
    });
    expect(sat.sessions.every((x) => Number(x.start.slice(0, 2)) < 24)).toBe(true);
    expect(Math.max(...weekTotals(sat.sessions).values())).toBeLessThanOrEqual(15);
  });

  it('schedules no week above its weekly hours, even when they do not split into quarters', () => {
    for (const [weeklyHours, learningDays] of [
      [5, ['mon', 'wed', 'fri']],
      [1, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']],
      [7, ['tue', 'thu', 'sat']],
    ] as const) {
      const s = scheduleSteps([{ id: 'a', hours: 40 }], {
        startDate: '2026-12-07',
        deadline: null,
        weeklyHours,
        learningDays: [...learningDays],
      });
      const totals = [...weekTotals(s.sessions).values()];
      expect(Math.max(...totals)).toBeLessThanOrEqual(weeklyHours);
      // Full weeks use the whole budget.
      expect(totals[1]).toBe(weeklyHours);
    }
  });

  it('writes a session running to midnight as ending on the next day, and escapes a lone CR', () => {
    const plan = {
      steps: [
        {
          id: 's',
          skillName: 'X',
          title: 'Late\rX-INJECT:1',
          objective: 'o',
          practiceTask: 'p',
          resources: [],
          flags: [],
        },
      ],
      schedule: {
        sessions: [
          { stepId: 's', date: '2026-12-08', start: '22:15', hours: 1.75, part: 1, parts: 1 },
        ],
      },
    } as unknown as Plan;
    const ics = renderIcal({ pathId: 'p', title: 'T', plan, stampedAt: new Date(0) });
    expect(ics).toContain('DTEND:20261209T000000');
    expect(ics).not.toMatch(/\rX-INJECT/);
    // A plan stored before days ended at midnight ("24:30") still gives valid times.
    const old = {
      ...plan,
      schedule: { sessions: [{ ...plan.schedule.sessions[0], start: '24:30', hours: 1 }] },
    } as unknown as Plan;
    const ics2 = renderIcal({ pathId: 'p', title: 'T', plan: old, stampedAt: new Date(0) });
    expect(ics2).toContain('DTSTART:20261209T003000');
    expect(ics2).toContain('DTEND:20261209T013000');
  });
});
