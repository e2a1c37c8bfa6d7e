import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { getDashboardSummary } from '../../domain/progress/index.ts';
import type { DashboardSummary } from '../../shared/dashboard.ts';

let app: App;
let ana: TestAgent;
let anaId: string;

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  ana = new TestAgent(app);
  anaId = (await ana.signUp('ana@example.com', 'Ana')).id;
});
afterAll(() => app.close());

describe('dashboard over HTTP', () => {
  it('answers the current summary after each change, never an earlier answer', async () => {
    const first = await ana.json<DashboardSummary>('GET', '/api/dashboard');
    expect(first.status).toBe(200);
    expect(first.body).toEqual(
      JSON.parse(JSON.stringify(await getDashboardSummary(app.ctx, anaId))),
    );
    // Served again unchanged while nothing changed.
    expect((await ana.json('GET', '/api/dashboard')).body).toEqual(first.body);

    for (const headline of ['Data analyst', 'BI developer']) {
      const saved = await ana.json('PUT', '/api/profile', { headline });
      expect(saved.status).toBe(200);
      const next = await ana.json<DashboardSummary>('GET', '/api/dashboard');
      expect(next.body.profile.headline).toBe(headline);
      expect(next.body).toEqual(
        JSON.parse(JSON.stringify(await getDashboardSummary(app.ctx, anaId))),
      );
    }
  });
});
