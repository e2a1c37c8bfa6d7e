import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';

interface Session {
  stepId: string;
  date: string;
  start: string;
  hours: number;
}
interface View {
  id: string;
  version: { version: number; reasons: string[] };
  plan: {
    steps: Array<{ id: string; hours: number }>;
    schedule: { sessions: Session[]; startDate: string };
  };
}

const clock = fixedClock('2026-03-02T09:00:00Z'); // a Monday, after the 09:00 start
let app: App;
let a: TestAgent;
let pathId = '';

const calendar = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'SUMMARY:Standing client workshop',
  'DTSTART;TZID=Europe/London:20260303T080000',
  'DTEND;TZID=Europe/London:20260303T120000',
  'RRULE:FREQ=WEEKLY;BYDAY=TU',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

beforeAll(async () => {
  app = makeTestApp(await makeTestStore(), { clock });
  a = new TestAgent(app);
  await a.signUp('week@example.com', 'Week');
  await a.json('PUT', '/api/profile', {
    weeklyHours: 4,
    learningDays: ['tue', 'thu'],
    formats: ['reading'],
    skills: [],
    timeZone: 'UTC',
    preferredStart: '09:00',
  });
  const r = await a.json<View>('POST', '/api/paths', { goal: { skillIds: ['tableau'] } });
  expect(r.status).toBe(201);
  pathId = r.body.id;
  expect(r.body.plan.schedule.sessions[0]).toMatchObject({ date: '2026-03-03', start: '09:00' });
});
afterAll(() => app.close());

const regenerate = async () => {
  const r = await a.json<{ changed: boolean; path: View }>(
    'POST',
    `/api/paths/${pathId}/regenerate`,
    {},
  );
  expect(r.status).toBe(200);
  return r.body;
};

describe('a week around client work', () => {
  it('moves sessions out of a week marked busy, and says why in the new version', async () => {
    const put = await a.json<{ busyWeeks: unknown[] }>(
      'PUT',
      '/api/paths/availability/busy-weeks',
      {
        busyWeeks: [{ weekStart: '2026-03-02', hours: 0, note: 'client launch' }],
      },
    );
    expect(put.status).toBe(200);
    expect(put.body.busyWeeks).toHaveLength(1);
    const r = await regenerate();
    expect(r.changed).toBe(true);
    expect(r.path.version.reasons).toContain(
      'The week of 2026-03-02 is marked busy (no learning).',
    );
    expect(r.path.plan.schedule.sessions[0]!.date).toBe('2026-03-10');
  });

  it('imports a calendar (busy times only) and places sessions in the free time around it', async () => {
    const r = await a.json<{ calendar: { events: number; busyTimes: number; source: string } }>(
      'POST',
      '/api/paths/availability/calendar',
      { ics: calendar },
    );
    expect(r.status).toBe(200);
    expect(r.body.calendar).toMatchObject({ source: 'file', events: 1 });
    expect(r.body.calendar.busyTimes).toBeGreaterThan(40);
    expect(JSON.stringify(r.body)).not.toContain('workshop');
    const g = await regenerate();
    expect(g.changed).toBe(true);
    expect(g.path.version.reasons).toContain(
      'Your calendar changed: sessions move to the free times around it.',
    );
    // 08:00–12:00 London is 08:00–12:00 UTC in March: Tuesday sessions start at 12:00.
    const tuesdays = g.path.plan.schedule.sessions.filter((s) => s.date === '2026-03-10');
    expect(tuesdays.length).toBeGreaterThan(0);
    for (const s of tuesdays) expect(s.start >= '12:00').toBe(true);
    const del = await a.json<{ calendar: unknown }>('DELETE', '/api/paths/availability/calendar');
    expect(del.body.calendar).toBeNull();
  });

  it('refuses what is not a calendar, both or neither source, private URLs and non-Mondays', async () => {
    const bad = await a.json<{ error: { message: string } }>(
      'POST',
      '/api/paths/availability/calendar',
      {
        ics: 'hello',
      },
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/ics/);
    expect(
      (
        await a.json('POST', '/api/paths/availability/calendar', {
          ics: calendar,
          url: 'https://x.test/a.ics',
        })
      ).status,
    ).toBe(400);
    expect((await a.json('POST', '/api/paths/availability/calendar', {})).status).toBe(400);
    const local = await a.json('POST', '/api/paths/availability/calendar', {
      url: 'http://127.0.0.1:9/cal.ics',
    });
    expect(local.status).toBe(403);
    const tue = await a.json('PUT', '/api/paths/availability/busy-weeks', {
      busyWeeks: [{ weekStart: '2026-03-03', hours: 1 }],
    });
    expect(tue.status).toBe(400);
    expect(JSON.stringify(tue.body)).toMatch(/weekStart/);
    expect((await new TestAgent(app).req('GET', '/api/paths/availability')).status).toBe(401);
  });

  it('re-plans automatically when progress falls behind, keeping done steps without sessions', async () => {
    const cur = await a.json<View>('GET', `/api/paths/${pathId}`);
    const first = cur.body.plan.steps[0]!;
    // Three weeks later with nothing done: the first tick finds the person behind.
    clock.set('2026-03-30T07:00:00Z');
    const t = await a.json<{ replanned: { version: number; reason: string } | null }>(
      'PUT',
      `/api/paths/${pathId}/steps/${encodeURIComponent(first.id)}/done`,
      { done: true, minutes: 60 },
    );
    expect(t.status).toBe(200);
    expect(t.body.replanned?.reason).toMatch(/behind the plan/);
    const now = await a.json<View>('GET', `/api/paths/${pathId}`);
    expect(now.body.version.version).toBe(t.body.replanned!.version);
    expect(now.body.version.reasons).toContain(t.body.replanned!.reason);
    const sessions = now.body.plan.schedule.sessions;
    expect(sessions.every((s) => s.date >= '2026-03-30')).toBe(true);
    expect(sessions.some((s) => s.stepId === first.id)).toBe(false);
    expect(now.body.plan.steps.some((s) => s.id === first.id)).toBe(true);
    // On pace again: ticking it undone and done again in the same state re-plans nothing new.
    const again = await a.json<{ replanned: unknown }>(
      'PUT',
      `/api/paths/${pathId}/steps/${encodeURIComponent(first.id)}/done`,
      { done: true },
    );
    expect(again.body.replanned).toBeNull();
  });
});
