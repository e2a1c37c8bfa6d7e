import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestStore, STORE_KINDS } from '../../test/test-store.ts';
import type { Store } from './open-store.ts';
import type { NewRadarPost, NewRadarPostSkill } from './repos/radar-repo.ts';

const FROM = new Date('2025-01-01T00:00:00Z');

/** The counts as computed before the read model: grouping every post and post-skill row. */
async function scanned(store: Store, userId: string) {
  const month = sql<string>`to_char(date_trunc('month', posted_at at time zone 'UTC'), 'YYYY-MM')`;
  const posts = await store.db
    .selectFrom('radar_posts')
    .select([month.as('month'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('user_id', '=', userId)
    .where('source', 'in', ['import', 'feed'])
    .where('posted_at', '>=', FROM)
    .groupBy(month)
    .execute();
  const skills = await store.db
    .selectFrom('radar_post_skills')
    .select(['skill_id', month.as('month'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('user_id', '=', userId)
    .where('source', 'in', ['import', 'feed'])
    .where('posted_at', '>=', FROM)
    .groupBy(['skill_id', month])
    .execute();
  return {
    posts: posts.map((r) => ({ month: r.month, n: Number(r.n) })).sort(byKey),
    skills: skills
      .map((r) => ({ skillId: r.skill_id, month: r.month, n: Number(r.n) }))
      .sort(byKey),
  };
}
const byKey = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b));

async function fromReadModel(store: Store, userId: string) {
  return {
    posts: (await store.radar.monthlyPostCounts(userId, ['import', 'feed'], FROM)).sort(byKey),
    skills: (await store.radar.monthlySkillCounts(userId, ['import', 'feed'], FROM)).sort(byKey),
  };
}

describe.each(STORE_KINDS)('radar read model (%s)', (kind) => {
  let store: Store;
  const users = ['u-1', 'u-2'].map((id) => ({
    id: `00000000-0000-4000-8000-00000000000${id.slice(-1)}`,
    email: `${id}@example.test`,
    name: id,
    password_hash: 'x',
    role: 'member' as const,
    is_demo: false,
    demo_expires_at: null,
    created_at: FROM,
    updated_at: FROM,
  }));
  const [ana, ben] = users as [(typeof users)[0], (typeof users)[0]];
  let n = 0;
  const post = (userId: string, postedAt: string, source: 'import' | 'feed' | 'client') => {
    const id = `p-${++n}`;
    const p: NewRadarPost = {
      id,
      user_id: userId,
      source,
      title: `Post ${n}`,
      text: `Text ${n}`,
      posted_at: new Date(postedAt),
      budget: null,
      client: null,
      url: null,
      extraction_version: null,
      occupation: null,
      text_hash: `h-${n}`,
      skills: [],
      import_id: null,
      feed_id: null,
      visibility: 'private',
      created_at: FROM,
      updated_at: FROM,
      bands: [],
    };
    return p;
  };
  const skillsOf = (p: NewRadarPost, ids: string[]): NewRadarPostSkill[] =>
    ids.map((skill_id) => ({
      post_id: p.id,
      user_id: p.user_id,
      skill_id,
      source: p.source,
      posted_at: p.posted_at,
      confidence: 0.9,
    }));

  beforeAll(async () => {
    store = await makeTestStore(kind);
    for (const u of users) await store.accounts.insertUser(u);
  });
  afterAll(() => store.close());

  it('answers the same counts as grouping every row, through inserts, edits and deletes', async () => {
    const months = ['2025-01-31T23:59:59Z', '2025-02-01T00:00:00Z', '2025-03-15T12:00:00Z'];
    const posts = months.flatMap((m, i) => [
      post(ana.id, m, 'import'),
      post(ana.id, m, i % 2 ? 'feed' : 'client'),
      post(ben.id, m, 'import'),
    ]);
    // An older post, outside the window.
    posts.push(post(ana.id, '2024-12-31T23:00:00Z', 'import'));
    const skills = posts.flatMap((p, i) =>
      skillsOf(
        p,
        i % 3 === 0 ? ['sql', 'excel'] : ['sql', 'python', 'tableau'].slice(0, (i % 3) + 1),
      ),
    );
    await store.radar.insertPosts(posts, skills);
    expect(await fromReadModel(store, ana.id)).toEqual(await scanned(store, ana.id));
    expect((await fromReadModel(store, ana.id)).posts.length).toBeGreaterThan(0);

    // An edit that moves a post to another month and changes its skills.
    const moved = { ...(posts[0] as NewRadarPost), posted_at: new Date('2025-04-02T00:00:00Z') };
    await store.radar.updatePost(moved, skillsOf(moved, ['python', 'power-bi']));
    expect(await fromReadModel(store, ana.id)).toEqual(await scanned(store, ana.id));

    await store.radar.deletePost(ana.id, (posts[1] as NewRadarPost).id);
    await store.radar.deletePost(ana.id, (posts[3] as NewRadarPost).id);
    expect(await fromReadModel(store, ana.id)).toEqual(await scanned(store, ana.id));
    expect(await fromReadModel(store, ben.id)).toEqual(await scanned(store, ben.id));
  });

  it('follows an account export, delete and import, and renews the insight stamp', async () => {
    const before = await fromReadModel(store, ana.id);
    const stamp0 = await store.radar.insightStamp(ana.id, 'none');
    const exported = await store.userData.export(ana.id);
    await store.userData.delete(ana.id);
    expect(await fromReadModel(store, ana.id)).toEqual({ posts: [], skills: [] });
    expect(
      await store.db.selectFrom('radar_month_counts').selectAll().execute(),
    ).not.toContainEqual(expect.objectContaining({ user_id: ana.id }));
    await store.accounts.insertUser(ana);
    await store.userData.import(ana.id, exported);
    expect(await fromReadModel(store, ana.id)).toEqual(before);
    const stamp1 = await store.radar.insightStamp(ana.id, 'none');
    expect(stamp1).not.toBe(stamp0);
    await store.accounts.upsertProfile({
      user_id: ana.id,
      headline: 'Analyst',
      data: {},
      visibility: 'private',
      updated_at: FROM,
    });
    expect(await store.radar.insightStamp(ana.id, 'none')).not.toBe(stamp1);
    // Ben's stamp did not move with Ana's changes.
    const ben0 = await store.radar.insightStamp(ben.id, 'none');
    await store.radar.insertPosts([post(ana.id, '2025-05-05T00:00:00Z', 'import')], []);
    expect(await store.radar.insightStamp(ben.id, 'none')).toBe(ben0);
  });

  it('lets a person with posts be deleted', async () => {
    await store.accounts.deleteUser(ben.id);
    const left = await store.db.selectFrom('radar_month_counts').select('user_id').execute();
    expect(left.every((r) => r.user_id !== ben.id)).toBe(true);
  });
});
