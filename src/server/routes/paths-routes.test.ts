import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';

let app: App;
let a: TestAgent;
let pathId = '';
let stepId = '';

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  a = new TestAgent(app);
  await a.signUp('cal@example.com', 'Cal');
  await a.json('PUT', '/api/profile', {
    weeklyHours: 4,
    learningDays: ['tue', 'thu'],
    formats: ['reading'],
    skills: [],
  });
  const r = await a.json<{ id: string; plan: { steps: Array<{ id: string; skillId: string }> } }>(
    'POST',
    '/api/paths',
    { goal: { text: 'Tableau for a client dashboard by Friday' } },
  );
  expect(r.status).toBe(201);
  pathId = r.body.id;
  stepId = r.body.plan.steps.find((s) => s.skillId === 'tableau')!.id;
});
afterAll(() => app.close());

describe('paths API', () => {
  it('serves a revocable iCalendar feed at a secret URL', async () => {
    const t = await a.json<{ id: string; url: string }>(
      'POST',
      `/api/paths/${pathId}/calendar-tokens`,
    );
    expect(t.status).toBe(201);
    const anon = new TestAgent(app);
    const res = await anon.req('GET', t.body.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await res.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('BEGIN:VEVENT');
    expect((await anon.req('GET', '/cal/not-a-real-token-123456.ics')).status).toBe(404);
    expect(
      (await a.req('DELETE', `/api/paths/${pathId}/calendar-tokens/${t.body.id}`)).status,
    ).toBe(204);
    expect((await anon.req('GET', t.body.url)).status).toBe(404);
  });

  it('answers the tutor offline with the step guidance and what each source covers', async () => {
    const r = await a.json<{
      mode: string;
      parts: Array<{ citations: string[] }>;
      sources: Array<{ ref: string; covers: string }>;
    }>('POST', `/api/paths/${pathId}/steps/${encodeURIComponent(stepId)}/ask`, {
      question: 'How do I build a calculated field?',
    });
    // Step ids are objective ids with a slash: the route takes them URL-encoded.
    expect(stepId).toMatch(/^tableau\/[a-z-]+/);
    expect(r.status).toBe(200);
    expect(r.body.mode).toBe('offline');
    expect(r.body.sources.length).toBeGreaterThan(0);
    expect(r.body.sources[0]!.covers).toMatch(/Tableau/);
    expect(r.body.parts.some((p) => p.citations.includes('S1'))).toBe(true);
    // Offline wording reads as an editor would write it.
    const text = r.body.parts.map((p) => (p as unknown as { text: string }).text).join(' ');
    expect(text).not.toMatch(/\ba [aeiou]|\.\./i);
    const bad = await a.json('POST', `/api/paths/${pathId}/steps/tableau/ask`, {});
    expect(bad.status).toBe(400);
  });

  it('lists paths, versions and the week schedule, and documents the routes in OpenAPI', async () => {
    const list = await a.json<{ paths: Array<{ id: string; feasible: boolean }> }>(
      'GET',
      '/api/paths',
    );
    expect(list.body.paths.map((p) => p.id)).toContain(pathId);
    const v = await a.json<{ versions: unknown[] }>('GET', `/api/paths/${pathId}/versions`);
    expect(v.body.versions).toHaveLength(1);
    const week = await a.json<{ sessions: Array<{ skillName: string }> }>(
      'GET',
      `/api/paths/${pathId}/schedule?week=2026-03-02`,
    );
    expect(week.status).toBe(200);
    expect(week.body.sessions.length).toBeGreaterThan(0);
    const doc = await a.json<{ paths: Record<string, unknown> }>('GET', '/api/openapi.json');
    for (const p of [
      '/api/paths',
      '/api/paths/{id}/diff',
      '/api/paths/{id}/steps/{stepId}/ask',
      '/api/catalog',
      '/cal/{file}',
    ])
      expect(Object.keys(doc.body.paths)).toContain(p);
  });
});
