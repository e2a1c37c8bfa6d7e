import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { localDateTime, utcOffsetMinutes } from '../../shared/time-zone.ts';
import { createUser, updateProfile } from '../accounts/index.ts';
import { createCalendarToken, createPath, getCalendarFeed, getWeekSchedule } from './index.ts';
import { renderVtimezone } from './render-vtimezone.ts';

describe('time zone helpers', () => {
  it('reads wall-clock time and offsets in a zone', () => {
    const at = new Date('2026-03-06T23:30:00Z');
    expect(localDateTime(at, 'Asia/Tokyo')).toEqual({ date: '2026-03-07', time: '08:30' });
    expect(localDateTime(at, 'America/Los_Angeles')).toEqual({ date: '2026-03-06', time: '15:30' });
    expect(utcOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(utcOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(utcOffsetMinutes(at, 'Asia/Kolkata')).toBe(330);
  });

  it('writes the daylight-saving changes of a zone as a VTIMEZONE', () => {
    const lines = renderVtimezone('Europe/Berlin', 2026, 2026);
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    expect(renderVtimezone('Asia/Tokyo', 2026, 2026)).toContain('TZOFFSETTO:+0900');
  });
});

describe('plans in the person’s time zone', () => {
  let app: App;
  beforeAll(async () => {
    // Friday 6 March 2026, 23:30 UTC: already Saturday morning in Tokyo, Friday afternoon in LA.
    app = makeTestApp(await makeTestStore(), { clock: fixedClock('2026-03-06T23:30:00Z') });
  });
  afterAll(() => app.close());

  const person = async (email: string, timeZone: string, preferredStart = '09:00') => {
    const u = await createUser(app.ctx, { email, password: 'long-enough-pw', name: 'T' });
    await updateProfile(app.ctx, u.id, {
      timeZone,
      preferredStart,
      weeklyHours: 7,
      learningDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    });
    return u.id;
  };

  it('starts on the person’s today, or tomorrow when the session time has passed', async () => {
    const tokyo = await person('tokyo@example.com', 'Asia/Tokyo', '09:00');
    const t = await createPath(app.ctx, tokyo, { goal: { skillIds: ['looker-studio'] } });
    // 08:30 on Saturday in Tokyo: the 09:00 session is still ahead.
    expect(t.plan.schedule.startDate).toBe('2026-03-07');
    expect(t.plan.schedule.sessions[0]).toMatchObject({ date: '2026-03-07', start: '09:00' });
    const la = await person('la@example.com', 'America/Los_Angeles', '10:00');
    const l = await createPath(app.ctx, la, { goal: { skillIds: ['looker-studio'] } });
    // 15:30 on Friday in LA: today's 10:00 has passed, so the plan starts on Saturday.
    expect(l.plan.schedule.sessions[0]).toMatchObject({ date: '2026-03-07', start: '10:00' });
    // "by Friday" said on a Friday in LA is next Friday; in Tokyo it is already Saturday.
    const lf = await createPath(app.ctx, la, { goal: { text: 'Looker Studio by Friday' } });
    expect(lf.plan.schedule.deadline).toBe('2026-03-13');
    const tf = await createPath(app.ctx, tokyo, { goal: { text: 'Looker Studio by Friday' } });
    expect(tf.plan.schedule.deadline).toBe('2026-03-13');
    const tm = await createPath(app.ctx, tokyo, { goal: { text: 'Looker Studio by tomorrow' } });
    expect(tm.plan.schedule.deadline).toBe('2026-03-08');
    // This week is the person's week.
    const week = await getWeekSchedule(app.ctx, tokyo, t.id);
    expect(week.weekStart).toBe('2026-03-02');
  });

  it('puts the time zone in the calendar feed', async () => {
    const u = await person('cal-tz@example.com', 'Europe/Berlin');
    const p = await createPath(app.ctx, u, { goal: { skillIds: ['looker-studio'] } });
    const token = await createCalendarToken(app.ctx, u, p.id);
    const ics = (await getCalendarFeed(app.ctx, token.token)).replace(/\r\n /g, '');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(ics).toContain('X-WR-TIMEZONE:Europe/Berlin');
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Berlin:20260307T090000/);
  });
});
