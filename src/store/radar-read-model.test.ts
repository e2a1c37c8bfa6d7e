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
  const postSkills = await store.db
    .selectFrom('radar_post_skills')
    .select(['post_id', 'skill_id', month.as('month')])
    .where('user_id', '=', userId)
    .where('source', 'in', ['import', 'feed'])
    .where('posted_at', '>=', FROM)
    .execute();
  const domains = new Map<string, Set<string>>();
  for (const r of postSkills) {
    // The SQL rule: the authored domain, else the id's prefix before ':' without a '-suffix'.
    const derived = (r.skill_id.split(':')[0] ?? '').replace(/-.*$/, '') || 'imported';
    const key = `${DOMAINS.get(r.skill_id) ?? derived}\n${r.month}`;
    domains.set(key, (domains.get(key) ?? new Set()).add(r.post_id));
  }
  const occupations = await store.db
    .selectFrom('radar_posts')
    .select(['occupation', month.as('month'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('user_id', '=', userId)
    .where('source', 'in', ['import', 'feed'])
    .where('posted_at', '>=', FROM)
    .where('occupation', 'is not', null)
    .groupBy(['occupation', month])
    .execute();
  return {
    domains: [...domains]
      .map(([k, set]) => {
        const [facet, m] = k.split('\n') as [string, string];
        return { facet, month: m, n: set.size };
      })
      .sort(byKey),
    occupations: occupations
      .map((r) => ({ facet: r.occupation ?? '', month: r.month, n: Number(r.n) }))
      .sort(byKey),
    posts: posts.map((r) => ({ month: r.month, n: Number(r.n) })).sort(byKey),
    skills: skills
      .map((r) => ({ skillId: r.skill_id, month: r.month, n: Number(r.n) }))
      .sort(byKey),
  };
}
const byKey = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b));
/** The skill-domain map the facet counts use here (other skills: derived from the id). */
let DOMAINS = new Map([
  ['sql', 'data'],
  ['excel', 'data'],
  ['tableau', 'data'],
  ['python', 'dev'],
]);

async function fromReadModel(store: Store, userId: string) {
  const facets = (kind: 'domain' | 'occupation') =>
    store.radar.monthlyFacetCounts(userId, ['import', 'feed'], FROM, kind);
  return {
    domains: (await facets('domain')).sort(byKey),
    occupations: (await facets('occupation')).sort(byKey),
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
    await store.transaction((tx) => tx.radar.syncSkillDomains('v1', [...DOMAINS]));
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
      skillsOf(p, [
        ...(i % 3 === 0 ? ['sql', 'excel'] : ['sql', 'python', 'tableau'].slice(0, (i % 3) + 1)),
        // Imported skills (domain from the id) on posts that stay to the end, both people's.
        ...(i === 2 || i === 6 ? ['esco:k1', 'onet-30:15-1252.00'] : []),
      ]),
    );
    for (const [i, p] of posts.entries()) p.occupation = i % 4 ? null : `role:r${i % 3}`;
    await store.radar.insertPosts(posts, skills);
    expect(await fromReadModel(store, ana.id)).toEqual(await scanned(store, ana.id));
    const counted = await fromReadModel(store, ana.id);
    expect(counted.posts.length).toBeGreaterThan(0);
    // A post with sql and excel counts once in 'data'; occupations are counted too.
    expect(counted.domains.some((d) => d.facet === 'data' && d.n >= 2)).toBe(true);
    expect(counted.occupations.length).toBeGreaterThan(0);

    // An edit that moves a post to another month and changes its skills.
    const moved = { ...(posts[0] as NewRadarPost), posted_at: new Date('2025-04-02T00:00:00Z') };
    await store.radar.updatePost(moved, skillsOf(moved, ['python', 'power-bi']));
    expect(await fromReadModel(store, ana.id)).toEqual(await scanned(store, ana.id));

    await store.radar.deletePost(ana.id, (posts[1] as NewRadarPost).id);
    await store.radar.deletePost(ana.id, (posts[3] as NewRadarPost).id);
    expect(await fromReadModel(store, ana.id)).toEqual(await scanned(store, ana.id));
    expect(await fromReadModel(store, ben.id)).toEqual(await scanned(store, ben.id));

    // A changed domain map recounts every post; the same map again changes nothing.
    DOMAINS = new Map([...DOMAINS, ['tableau', 'bi']]);
    expect(await store.transaction((tx) => tx.radar.syncSkillDomains('v2', [...DOMAINS]))).toBe(
      true,
    );
    expect(await store.transaction((tx) => tx.radar.syncSkillDomains('v2', [...DOMAINS]))).toBe(
      false,
    );
    expect(await fromReadModel(store, ana.id)).toEqual(await scanned(store, ana.id));
    expect(await fromReadModel(store, ben.id)).toEqual(await scanned(store, ben.id));
    expect((await fromReadModel(store, ben.id)).domains.some((d) => d.facet === 'bi')).toBe(true);
    for (const who of [ana, ben]) {
      const facets = (await fromReadModel(store, who.id)).domains.map((d) => d.facet);
      expect(facets).toEqual(expect.arrayContaining(['esco', 'onet']));
    }
  });

  it('sums two month ranges per skill as the monthly counts do, above a floor', async () => {
    const extra = ['2025-05-10', '2025-05-20', '2025-06-30T23:59:59Z', '2025-07-01', '2024-12-15'];
    const posts = extra.flatMap((d, i) => [
      post(ana.id, d, i % 2 ? 'feed' : 'import'),
      post(ana.id, d, 'client'),
    ]);
    await store.radar.insertPosts(
      posts,
      posts.flatMap((p, i) => skillsOf(p, i % 3 ? ['sql', 'python'] : ['sql', 'excel'])),
    );
    const range = { from: '2025-01', split: '2025-04', through: '2025-06' };
    const inRange = (m: string) => m >= range.from && m <= range.through;
    const expected = new Map<string, { recent: number; previous: number }>();
    for (const r of await store.radar.monthlySkillCounts(ana.id, ['import', 'feed'], FROM)) {
      if (!inRange(r.month)) continue;
      const e = expected.get(r.skillId) ?? { recent: 0, previous: 0 };
      e[r.month >= range.split ? 'recent' : 'previous'] += r.n;
      expected.set(r.skillId, e);
    }
    const total = { recent: 0, previous: 0 };
    for (const r of await store.radar.monthlyPostCounts(ana.id, ['import', 'feed'], FROM))
      if (inRange(r.month)) total[r.month >= range.split ? 'recent' : 'previous'] += r.n;
    const min = 3;
    const got = await store.radar.skillWindowCounts(ana.id, ['import', 'feed'], range, min);
    expect(got.total).toEqual(total);
    expect(got.skills.sort((a, b) => a.skillId.localeCompare(b.skillId))).toEqual(
      [...expected]
        .filter(([, e]) => e.recent + e.previous >= min)
        .map(([skillId, e]) => ({ skillId, ...e }))
        .sort((a, b) => a.skillId.localeCompare(b.skillId)),
    );
    // Both ranges hold posts, and the floor left some skill out.
    expect(total.recent * total.previous).toBeGreaterThan(0);
    expect(got.skills.length).toBeGreaterThan(0);
    expect(got.skills.length).toBeLessThan(expected.size);
  });

  it('follows an account export, delete and import, and renews the insight stamp', async () => {
    const before = await fromReadModel(store, ana.id);
    const stamp0 = await store.radar.insightStamp(ana.id, 'none');
    const exported = await store.userData.export(ana.id);
    await store.userData.delete(ana.id);
    expect(await fromReadModel(store, ana.id)).toEqual({
      domains: [],
      occupations: [],
      posts: [],
      skills: [],
    });
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
