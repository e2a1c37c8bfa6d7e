import { describe, expect, it } from 'vitest';
import { busyBlocks, MAX_ICAL_BYTES, parseIcal } from './parse-ical.ts';
import { learningHoursBetween, scheduleSteps } from './schedule-steps.ts';

const cal = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR'].join('\r\n');
const from = new Date('2026-12-07T00:00:00Z'); // a Monday

describe('parseIcal', () => {
  it('reads TZID, UTC and all-day events and keeps only when the person is busy', () => {
    const busy = parseIcal(
      cal(
        'BEGIN:VEVENT',
        'SUMMARY:Client call with ACME (secret)',
        'DTSTART;TZID=America/New_York:20261208T090000',
        'DTEND;TZID=America/New_York:20261208T103000',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'DTSTART:20261209T130000Z',
        'DURATION:PT2H',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'DTSTART;VALUE=DATE:20261211',
        'DTEND;VALUE=DATE:20261213',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'STATUS:CANCELLED',
        'DTSTART:20261210T130000Z',
        'DTEND:20261210T140000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'TRANSP:TRANSPARENT',
        'DTSTART:20261210T150000Z',
        'DTEND:20261210T160000Z',
        'END:VEVENT',
      ),
      { timeZone: 'Europe/Berlin', from },
    );
    expect(busy.events).toBe(3);
    expect(busy.timed).toEqual([
      ['2026-12-08T14:00:00.000Z', '2026-12-08T15:30:00.000Z'],
      ['2026-12-09T13:00:00.000Z', '2026-12-09T15:00:00.000Z'],
    ]);
    expect(busy.allDay).toEqual(['2026-12-11', '2026-12-12']);
    expect(JSON.stringify(busy)).not.toContain('ACME');
  });

  it('expands simple weekly and daily repeats with BYDAY, COUNT, UNTIL and EXDATE', () => {
    const busy = parseIcal(
      cal(
        'BEGIN:VEVENT',
        'DTSTART;TZID=Europe/Berlin:20261207T100000',
        'DTEND;TZID=Europe/Berlin:20261207T110000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4',
        'EXDATE;TZID=Europe/Berlin:20261209T100000',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'DTSTART:20261207T070000Z',
        'DTEND:20261207T071500Z',
        'RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20261211T235959Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'DTSTART:20261207T080000Z',
        'DTEND:20261207T090000Z',
        'RRULE:FREQ=MONTHLY',
        'END:VEVENT',
      ),
      { timeZone: 'UTC', from },
    );
    const starts = busy.timed.map(([s]) => s.slice(0, 16));
    // Weekly: Mon 7, (Wed 9 excluded), Mon 14, Wed 16 — four occurrences counted, one excluded.
    expect(starts.filter((s) => s.endsWith('09:00'))).toEqual([
      '2026-12-07T09:00',
      '2026-12-14T09:00',
      '2026-12-16T09:00',
    ]);
    expect(starts.filter((s) => s.endsWith('07:00'))).toEqual([
      '2026-12-07T07:00',
      '2026-12-09T07:00',
      '2026-12-11T07:00',
    ]);
    expect(starts.filter((s) => s.endsWith('08:00'))).toEqual(['2026-12-07T08:00']);
    expect(busy.notes.join(' ')).toMatch(/first occurrence/);
  });

  it('refuses what is not a calendar and what is too large, and unfolds long lines', () => {
    expect(() => parseIcal('hello', { timeZone: 'UTC', from })).toThrow(/iCalendar/);
    expect(() =>
      parseIcal(`BEGIN:VCALENDAR\n${'x'.repeat(MAX_ICAL_BYTES)}`, { timeZone: 'UTC', from }),
    ).toThrow(/larger/);
    const folded = parseIcal(
      cal('BEGIN:VEVENT', 'DTSTART:20261207T1', ' 00000Z', 'DTEND:20261207T110000Z', 'END:VEVENT'),
      { timeZone: 'UTC', from },
    );
    expect(folded.timed).toEqual([['2026-12-07T10:00:00.000Z', '2026-12-07T11:00:00.000Z']]);
  });
});

describe('busyBlocks', () => {
  it('puts instants into the person’s local days, splitting at midnight and merging overlaps', () => {
    const blocks = busyBlocks(
      {
        timed: [
          ['2026-12-08T08:00:00.000Z', '2026-12-08T09:00:00.000Z'],
          ['2026-12-08T08:30:00.000Z', '2026-12-08T10:00:00.000Z'],
          ['2026-12-09T22:00:00.000Z', '2026-12-10T01:00:00.000Z'],
          ['2026-12-01T08:00:00.000Z', '2026-12-01T09:00:00.000Z'],
        ],
        allDay: ['2026-12-12'],
      },
      'Europe/Berlin',
      '2026-12-07',
    );
    expect(blocks).toEqual({
      '2026-12-08': [[9 * 60, 11 * 60]],
      '2026-12-09': [[23 * 60, 1440]],
      '2026-12-10': [[0, 2 * 60]],
      '2026-12-12': [[0, 1440]],
    });
  });
});

describe('scheduling around client work', () => {
  const base = {
    startDate: '2026-12-07',
    deadline: null,
    weeklyHours: 6,
    learningDays: ['mon', 'wed', 'fri'] as Array<'mon' | 'wed' | 'fri'>,
  };

  it('leaves a week marked busy (0 h) empty and gives a crunch week fewer hours', () => {
    const steps = [{ id: 'a', hours: 12 }];
    const plain = scheduleSteps(steps, base);
    expect(plain.endDate).toBe('2026-12-18');
    const s = scheduleSteps(steps, {
      ...base,
      availability: { busyWeeks: { '2026-12-07': 0, '2026-12-14': 3 }, blocks: {} },
    });
    expect(s.sessions.some((x) => x.date < '2026-12-14')).toBe(false);
    const week2 = s.sessions.filter((x) => x.date >= '2026-12-14' && x.date < '2026-12-21');
    expect(week2.reduce((h, x) => h + x.hours, 0)).toBe(3);
    expect(s.endDate).toBe('2026-12-30');
    expect(s.sessions.reduce((h, x) => h + x.hours, 0)).toBe(12);
  });

  it('places sessions in free slots around calendar blocks and skips fully blocked days', () => {
    const s = scheduleSteps([{ id: 'a', hours: 4 }], {
      ...base,
      dayStart: '09:00',
      availability: {
        busyWeeks: {},
        blocks: { '2026-12-07': [[9 * 60 + 30, 12 * 60]], '2026-12-09': [[0, 1440]] },
      },
    });
    expect(s.sessions.map((x) => [x.date, x.start, x.hours])).toEqual([
      // 09:00–09:30 is too short for more than half an hour; then after the block.
      ['2026-12-07', '09:00', 0.5],
      ['2026-12-07', '12:00', 1.5],
      ['2026-12-11', '09:00', 2],
    ]);
  });

  it('counts the hours that fit before a deadline with busy weeks and blocks', () => {
    const plain = learningHoursBetween('2026-12-07', '2026-12-18', 6, ['mon', 'wed', 'fri']);
    expect(plain.hours).toBe(12);
    const busy = learningHoursBetween(
      '2026-12-07',
      '2026-12-18',
      6,
      ['mon', 'wed', 'fri'],
      { busyWeeks: { '2026-12-14': 0 }, blocks: { '2026-12-09': [[0, 1440]] } },
      '09:00',
    );
    expect(busy.hours).toBe(4);
  });
});
