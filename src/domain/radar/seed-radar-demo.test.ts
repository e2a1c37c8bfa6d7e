import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { DEMO_EMAIL, seedDemo } from '../demo/index.ts';
import { getTrajectories } from './insight/get-trajectories.ts';
import { getTrends } from './insight/get-trends.ts';

describe('demo radar', () => {
  let app: App;
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore());
  });
  afterAll(() => app.close());

  it('seeds a year of posts and client requests with the authored trends, once', async () => {
    await seedDemo(app.ctx);
    const user = await app.ctx.store.accounts.findUserByEmail(DEMO_EMAIL);
    const market = await app.ctx.store.radar.listPosts(user!.id, {
      sources: ['import'],
      limit: 1,
      offset: 0,
    });
    const clients = await app.ctx.store.radar.listPosts(user!.id, {
      sources: ['client'],
      limit: 1,
      offset: 0,
    });
    expect(market.total).toBeGreaterThanOrEqual(150);
    expect(market.total).toBeLessThanOrEqual(300);
    expect(clients.total).toBe(12);
    const trends = await getTrends(app.ctx, user!.id, {});
    expect(trends.rising).toEqual(expect.arrayContaining(['power-bi', 'python']));
    expect(trends.falling).toEqual(expect.arrayContaining(['excel-vba', 'spss']));
    expect(trends.rising).not.toContain('excel');
    const [top] = await getTrajectories(app.ctx, user!.id);
    expect(top?.roleId).toBe('data-analytics-consultant');
    await seedDemo(app.ctx);
    expect((await app.ctx.store.radar.listPosts(user!.id, { limit: 1, offset: 0 })).total).toBe(
      market.total + 12,
    );
  }, 60_000);
});
