import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpMember } from '../../../../test/app-per-suite.ts';
import { makeTestApp } from '../../../../test/test-app.ts';
import { makeTestStore } from '../../../../test/test-store.ts';
import type { App } from '../../../app.ts';
import type { Store } from '../../../store/open-store.ts';
import { updateProfile } from '../../accounts/index.ts';
import type { Ctx } from '../../ctx.ts';
import { addPosts } from '../demand/add-posts.ts';
import { deletePost, getGap, getLearnNext, getTrajectories, getTrends } from '../index.ts';

const ADS = [
  ['Data analyst', 'We need SQL, Excel and Tableau dashboards for monthly reporting.'],
  ['BI developer', 'Power BI and SQL, data modelling, Python scripts for ETL.'],
  ['Analyst', 'Python and pandas for data cleaning; SQL reporting; Excel.'],
];

/** Every insight, computed without any cache (a store of its own identity). */
async function fresh(ctx: Ctx, userId: string) {
  const uncached = { ...ctx, store: { ...ctx.store } as Store };
  return everything(uncached, userId);
}
async function everything(ctx: Ctx, userId: string) {
  return {
    trends: await getTrends(ctx, userId, { months: 12 }),
    learnNext: await getLearnNext(ctx, userId),
    gap: await getGap(ctx, userId, 'bi-developer'),
    trajectories: await getTrajectories(ctx, userId),
  };
}

describe('cached radar insight', () => {
  let store: Store;
  let app: App;
  let userId: string;

  beforeAll(async () => {
    store = await makeTestStore();
    app = makeTestApp(store);
    userId = await signUpMember(app.ctx, 'a@example.test', 'A');
    await updateProfile(app.ctx, userId, {
      skills: [{ skillId: 'sql', level: 3 }],
      targetRoles: ['bi-developer'],
    });
    const now = app.ctx.clock.now().getTime();
    const posts = Array.from({ length: 60 }, (_, i) => {
      const [title, text] = ADS[i % ADS.length] as [string, string];
      return {
        row: i + 1,
        title,
        text: `${text} Job ${i}.`,
        postedAt: new Date(now - (i % 12) * 30 * 86_400_000),
        budget: null,
        client: null,
        url: null,
      };
    });
    await addPosts(app.ctx, userId, 'import', posts, { exactOnly: true });
  });
  afterAll(() => store.close());

  it('serves a repeated read from memory, equal to computing it afresh', async () => {
    const first = await everything(app.ctx, userId);
    const again = await everything(app.ctx, userId);
    expect(again.trends).toBe(first.trends);
    expect(again.learnNext).toBe(first.learnNext);
    expect(first).toEqual(await fresh(app.ctx, userId));
    expect(first.trends.skills.length).toBeGreaterThan(0);
  });

  it('recomputes after posts are added or deleted, also behind its back', async () => {
    const before = await getTrends(app.ctx, userId, { months: 12 });
    const added = await addPosts(app.ctx, userId, 'import', [
      {
        row: 1,
        title: 'Tableau',
        text: 'Tableau and SQL, new.',
        postedAt: app.ctx.clock.now(),
        budget: null,
        client: null,
        url: null,
      },
    ]);
    const after = await getTrends(app.ctx, userId, { months: 12 });
    expect(after).not.toEqual(before);
    expect(after).toEqual((await fresh(app.ctx, userId)).trends);

    // Another process deleting rows: only the database knows.
    await store.db
      .deleteFrom('radar_post_skills')
      .where('post_id', '=', added.outcomes[0]?.id as string)
      .execute();
    expect(await getTrends(app.ctx, userId, { months: 12 })).toEqual(
      (await fresh(app.ctx, userId)).trends,
    );

    await deletePost(app.ctx, userId, added.outcomes[0]?.id as string);
    expect(await everything(app.ctx, userId)).toEqual(await fresh(app.ctx, userId));
  });

  it('pages trends: the top skills first, the total always', async () => {
    const all = await getTrends(app.ctx, userId, { months: 12 });
    const page = await getTrends(app.ctx, userId, { months: 12, limit: 2 });
    const next = await getTrends(app.ctx, userId, { months: 12, limit: 2, offset: 2 });
    expect(all.totalSkills).toBe(all.skills.length);
    expect(page.totalSkills).toBe(all.skills.length);
    expect([...page.skills, ...next.skills]).toEqual(all.skills.slice(0, 4));
    expect(page.rising).toEqual(all.rising);
  });

  it('recomputes after the profile changes', async () => {
    const before = await getLearnNext(app.ctx, userId);
    await updateProfile(app.ctx, userId, {
      skills: [
        { skillId: 'sql', level: 3 },
        { skillId: 'tableau', level: 4 },
      ],
      targetRoles: ['bi-developer'],
    });
    const after = await getLearnNext(app.ctx, userId);
    expect(after).not.toEqual(before);
    expect(await everything(app.ctx, userId)).toEqual(await fresh(app.ctx, userId));
  });
});
