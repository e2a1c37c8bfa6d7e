import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries as countQueriesOf } from '../../../test/count-queries.ts';
import { fixedClock, makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { DASHBOARD_VERSION_TABLES } from '../../store/migrations/0026-dashboard-stamps.ts';
import { createUser, updateProfile } from '../accounts/index.ts';
import { setPortfolio } from '../evidence/index.ts';
import { createPath, getPath, getWeekSchedule, listPaths } from '../paths/index.ts';
import { addPosts } from '../radar/demand/add-posts.ts';
import { getTrends } from '../radar/index.ts';
import { getDashboardSummary, getProgressOverview, listNotifications } from './index.ts';

let app: App;
const clock = fixedClock('2026-03-02T07:00:00Z');
beforeAll(async () => {
  app = makeTestApp(await makeTestStore(), { clock });
});
afterAll(() => app.close());

const countQueries = (fn: () => Promise<unknown>) => countQueriesOf(app, fn);

describe('dashboard summary', () => {
  let userId: string;

  beforeAll(async () => {
    userId = (
      await createUser(app.ctx, {
        email: 'dash@example.com',
        password: 'long-enough-pw',
        name: 'D',
      })
    ).id;
    await updateProfile(app.ctx, userId, {
      headline: 'Analyst',
      timeZone: 'UTC',
      weeklyHours: 5,
      learningDays: ['mon', 'wed'],
    });
  });

  it('starts empty: no path, no post, nothing moved', async () => {
    const s = await getDashboardSummary(app.ctx, userId);
    expect(s.profile.headline).toBe('Analyst');
    expect(s.nextStep).toBeNull();
    expect(s.nextSession).toBeNull();
    expect(s.firstRun).toEqual({ hasPosts: false, firstPathId: null });
    expect(s.market).toEqual({ rising: [], falling: [] });
    expect(s.credential).toBeNull();
  });

  it('says what the separate reads say', async () => {
    const path = await createPath(app.ctx, userId, { goal: { skillIds: ['sql'] } });
    const s = await getDashboardSummary(app.ctx, userId);
    const view = await getPath(app.ctx, userId, path.id);
    const step = view.plan.steps.find((x) => !view.done[x.id])!;
    expect(s.nextStep).toEqual({
      pathId: path.id,
      pathTitle: view.title,
      skillName: step.skillName,
      objective: step.objective,
      hours: step.hours,
    });
    const week = await getWeekSchedule(app.ctx, userId, path.id);
    const first = week.sessions.find((x) => x.date >= '2026-03-02' && !x.done)!;
    expect(s.nextSession).toEqual({
      date: first.date,
      start: first.start,
      skillName: first.skillName,
      pathId: path.id,
    });
    const overview = await getProgressOverview(app.ctx, userId);
    expect(s.hoursThisWeek).toBe(overview.hoursThisWeek);
    expect(s.weeklyBudgetHours).toBe(5);
    expect(s.firstRun.firstPathId).toBe((await listPaths(app.ctx, userId))[0]!.id);
    expect(s.unreadNotifications).toBe((await listNotifications(app.ctx, userId)).unread);
  });

  it('costs no query when nothing changed, and sees changes made in SQL', async () => {
    await getDashboardSummary(app.ctx, userId);
    // The embedded store knows the stamps are unchanged (stamp-watch.ts).
    expect(await countQueries(() => getDashboardSummary(app.ctx, userId))).toBe(0);

    await app.ctx.store.db
      .insertInto('notifications')
      .values({
        id: '00000000-0000-4000-8000-000000000009',
        user_id: userId,
        kind: 'weekly_summary',
        payload: JSON.stringify({ title: 'From elsewhere' }),
        dedupe_key: 'dash-elsewhere',
        created_at: clock.now(),
        read_at: null,
      })
      .execute();
    expect((await getDashboardSummary(app.ctx, userId)).unreadNotifications).toBe(1);

    await setPortfolio(app.ctx, userId, { handle: 'dash-person' });
    expect((await getDashboardSummary(app.ctx, userId)).portfolio.handle).toBe('dash-person');
    await sql`delete from portfolio_settings where user_id = ${userId}`.execute(app.ctx.store.db);
    expect((await getDashboardSummary(app.ctx, userId)).portfolio.handle).toBeNull();
  });

  it('names the skills rising and falling as trends does, once posts arrive', async () => {
    const now = clock.now().getTime();
    const month = 30 * 86_400_000;
    const post = (i: number, text: string, ago: number) => ({
      row: i + 1,
      title: `Analyst ${i}`,
      text: `${text} Job ${i}.`,
      postedAt: new Date(now - ago),
      budget: null,
      client: null,
      url: null,
    });
    const posts = [
      ...Array.from({ length: 30 }, (_, i) =>
        post(i, 'We need Power BI dashboards.', (i % 3) * month),
      ),
      ...Array.from({ length: 30 }, (_, i) =>
        post(30 + i, 'We need Excel workbooks.', (3 + (i % 3)) * month),
      ),
      // Outside the 6 months a trend compares: older ones, and some dated next month.
      ...Array.from({ length: 20 }, (_, i) =>
        post(60 + i, 'We need Tableau and SQL reports.', (7 + (i % 4)) * month),
      ),
      ...Array.from({ length: 20 }, (_, i) => post(80 + i, 'We need Excel workbooks.', -month)),
    ];
    await addPosts(app.ctx, userId, 'import', posts, { exactOnly: true });
    const s = await getDashboardSummary(app.ctx, userId);
    const t = await getTrends(app.ctx, userId);
    const name = (id: string) => t.skills.find((x) => x.skillId === id)?.name;
    expect(s.market.rising).toEqual(t.rising.slice(0, 3).map(name));
    expect(s.market.falling).toEqual(t.falling.slice(0, 2).map(name));
    expect(s.market.rising.length).toBeGreaterThan(0);
    expect(s.market.falling.length).toBeGreaterThan(0);
    expect(s.firstRun.hasPosts).toBe(true);
  });

  it("shows the market its person's next import made, at once (nothing stale)", async () => {
    const before = await getDashboardSummary(app.ctx, userId);
    const now = clock.now().getTime();
    const month = 30 * 86_400_000;
    // Tableau, seen only 7 months ago and before, floods the last 3 months: rising at once.
    const posts = Array.from({ length: 120 }, (_, i) => ({
      row: i + 1,
      title: `Reporter ${i}`,
      text: `We need Tableau reports. Brief ${i}.`,
      postedAt: new Date(now - (i % 3) * month),
      budget: null,
      client: null,
      url: null,
    }));
    await addPosts(app.ctx, userId, 'import', posts, { exactOnly: true });
    const after = await getDashboardSummary(app.ctx, userId);
    const t = await getTrends(app.ctx, userId);
    const name = (id: string) => t.skills.find((x) => x.skillId === id)?.name;
    expect(after.market.rising).toEqual(t.rising.slice(0, 3).map(name));
    expect(after.market.falling).toEqual(t.falling.slice(0, 2).map(name));
    expect(before.market.rising).not.toContain(name('tableau'));
    expect(after.market.rising).toContain(name('tableau'));
  });

  it('renews the stamp on insert, update and delete of the tables it adds', async () => {
    const r = await sql<{ table: string; n: number }>`
      select event_object_table as table, count(distinct event_manipulation)::int as n
      from information_schema.triggers
      where trigger_name like '%_person_%' group by 1`.execute(app.ctx.store.db);
    const byTable = new Map(r.rows.map((x) => [x.table, x.n]));
    for (const t of DASHBOARD_VERSION_TABLES) expect([t, byTable.get(t)]).toEqual([t, 3]);
  });
});
