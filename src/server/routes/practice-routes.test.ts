import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { inTransaction } from '../../domain/ctx.ts';
import { seedPracticeDemo } from '../../domain/demo/index.ts';
import { getProgressOverview } from '../../domain/progress/index.ts';
import type { Brief } from '../../shared/practice.ts';

let app: App;
let ana: TestAgent;

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  ana = new TestAgent(app);
  await ana.signUp('ana@example.com', 'Ana');
});
afterAll(() => app.close());

describe('practice and progress over HTTP', () => {
  it('creates a brief, takes a type-checked submission and a self-review', async () => {
    const created = await ana.json<Brief>('POST', '/api/practice/briefs', {
      skillId: 'sql',
      level: 'intermediate',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const bad = await ana.json<{ error: { code: string } }>(
      'POST',
      `/api/practice/briefs/${id}/submissions`,
      {
        files: [
          {
            name: 'report.pdf',
            type: 'application/pdf',
            contentBase64: Buffer.from('hello').toString('base64'),
          },
        ],
      },
    );
    expect(bad.status).toBe(400);
    const ok = await ana.json('POST', `/api/practice/briefs/${id}/submissions`, {
      text: 'SELECT store, SUM(total) FROM orders GROUP BY store;',
      files: [
        {
          name: 'report.pdf',
          type: 'application/pdf',
          contentBase64: Buffer.from('%PDF-1.7 test').toString('base64'),
        },
      ],
    });
    expect(ok.status).toBe(201);
    const review = await ana.json<{ average: number }>(
      'POST',
      `/api/practice/briefs/${id}/self-review`,
      {
        scores: created.body.content.rubric.map((c) => ({
          criterionId: c.id,
          score: 2,
          feedback: 'ok',
        })),
      },
    );
    expect(review.status).toBe(201);
    expect(review.body.average).toBe(2);
    const ai = await ana.json<{ error: { code: string } }>(
      'POST',
      `/api/practice/briefs/${id}/ai-review`,
      {},
    );
    expect(ai.status).toBe(503);
    expect((await ana.json<Brief>('GET', `/api/practice/briefs/${id}`)).body.status).toBe(
      'reviewed',
    );
  });

  it('runs a timer, keeps the view and notification settings', async () => {
    expect(
      (
        await ana.json('POST', '/api/progress/timer/start', {
          targetKind: 'skill',
          targetId: 'sql',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await ana.json('POST', '/api/progress/timer/start', {
          targetKind: 'skill',
          targetId: 'sql',
        })
      ).status,
    ).toBe(409);
    expect((await ana.json('POST', '/api/progress/timer/stop')).status).toBe(200);
    const overview = await ana.json<{ skills: Array<{ skillId: string }> }>('GET', '/api/progress');
    expect(overview.body.skills.map((s) => s.skillId)).toContain('sql');
    const view = await ana.json<{ panels: Array<{ id: string; visible: boolean }> }>(
      'PUT',
      '/api/progress/view',
      {
        panels: [{ id: 'velocity', visible: false }],
      },
    );
    expect(view.body.panels[0]).toEqual({ id: 'velocity', visible: false });
    const s = await ana.json<Record<string, boolean>>('PUT', '/api/notifications/settings', {
      peer_request: false,
    });
    expect(s.body).toMatchObject({ peer_request: false, reviews_due: true });
    expect((await ana.json('GET', '/api/progress/weekly')).status).toBe(200);
    expect((await ana.json('GET', '/api/progress/trends?weeks=4')).status).toBe(200);
    expect(
      (
        await ana.json(
          'GET',
          '/api/practice/exam/questions?certificationId=aws-cloud-practitioner&count=3',
        )
      ).status,
    ).toBe(200);
  });

  it('answers exam questions offline for every certification in the catalog', async () => {
    const list = await ana.json<{
      certifications: { id: string; bankQuestions: number; objectives: { id: string }[] }[];
    }>('GET', '/api/practice/certifications');
    expect(list.body.certifications.length).toBeGreaterThanOrEqual(8);
    for (const c of list.body.certifications) {
      expect(c.bankQuestions, c.id).toBeGreaterThanOrEqual(30);
      const r = await ana.json<{ questions: { objectiveId: string; source: string }[] }>(
        'GET',
        `/api/practice/exam/questions?certificationId=${c.id}&count=10`,
      );
      expect(r.status, c.id).toBe(200);
      expect(r.body.questions).toHaveLength(10);
      const objectives = new Set(c.objectives.map((o) => o.id));
      for (const q of r.body.questions) {
        expect(q.source).toBe('bank');
        expect(objectives.has(q.objectiveId), `${c.id}: ${q.objectiveId}`).toBe(true);
      }
    }
  });

  it('seeds a demo person whose progress is alive, idempotently', async () => {
    const demo = await ana.signUp('demo-like@example.com', 'Demo');
    // seedDemo runs the seeders inside one transaction: the practice seeder must work there.
    await inTransaction(app.ctx, (tx) => seedPracticeDemo(tx, demo.id));
    await seedPracticeDemo(app.ctx, demo.id);
    const overview = await getProgressOverview(app.ctx, demo.id);
    const tableau = overview.skills.find((s) => s.skillId === 'tableau')!;
    expect(tableau.practice).toHaveLength(1);
    expect(tableau.evidenceCount).toBe(1);
    expect(tableau.hoursLogged).toBeGreaterThan(0);
    expect((await app.ctx.store.practice.listBriefs(demo.id)).length).toBe(2);
    expect((await app.ctx.store.practice.listCards(demo.id)).length).toBe(4);
  });
});
