import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestUser } from '../../../../test/insert-user.ts';
import { makeTestApp } from '../../../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../../../test/test-store.ts';
import type { App } from '../../../app.ts';
import { currentExtractionVersion } from '../extraction-version.ts';
import { IMPORTED_VERSION_KEY } from '../get-skill-index.ts';
import { addPosts } from './add-posts.ts';
import {
  checkExtractionVersion,
  REEXTRACT_CURSOR_KEY,
  type ReextractionCursor,
  runReextraction,
} from './reextract-posts.ts';

const NEW_SKILL = 'esco-test-zorblax';

describe.each(STORE_KINDS)('re-extraction when the extraction version changes (%s)', (kind) => {
  let app: App;
  const users: string[] = [];
  const db = () => app.ctx.store.db;
  /** Post-skill rows of the new skill, per user. */
  const newSkillRows = async (userId: string) =>
    (
      await db()
        .selectFrom('radar_post_skills')
        .select('post_id')
        .where('user_id', '=', userId)
        .where('skill_id', '=', NEW_SKILL)
        .execute()
    ).length;
  const monthCount = async (userId: string) =>
    (await app.ctx.store.radar.monthlySkillCounts(userId, ['import'], new Date('2026-01-01Z')))
      .filter((r) => r.skillId === NEW_SKILL)
      .reduce((a, r) => a + r.n, 0);

  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind));
    for (const name of ['ana', 'ben']) {
      const id = app.ctx.ids.id();
      users.push(id);
      await insertTestUser(app.ctx.store, id, `reextract-${name}-${kind}`);
    }
    users.sort(); // the run goes person by person in id order: the first has 7 posts
    // Ana has 7 posts (more than one batch of 3), Ben 2; each names "zorblax fabrication",
    // which no skill of the shipped taxonomy matches yet.
    for (const [u, n] of [
      [users[0], 7],
      [users[1], 2],
    ] as const) {
      await addPosts(
        app.ctx,
        u ?? '',
        'import',
        Array.from({ length: n }, (_, i) => ({
          row: i + 1,
          title: `Ad ${i}`,
          text: `Ad ${i} for ${u}: we need zorblax fabrication and SQL queries, batch ${i * 7919}.`,
          postedAt: new Date(`2026-0${1 + (i % 3)}-10T00:00:00Z`),
          budget: null,
          client: null,
          url: null,
        })),
        { exactOnly: true },
      );
    }
  });
  afterAll(() => app.close());

  it('stamps new posts with the current version, so nothing is due', async () => {
    const version = await currentExtractionVersion(app.ctx);
    const stamped = await db()
      .selectFrom('radar_posts')
      .select('extraction_version')
      .distinct()
      .execute();
    expect(stamped.map((r) => r.extraction_version)).toEqual([version]);
    expect(await checkExtractionVersion(app.ctx)).toBe(false);
    expect(await newSkillRows(users[0] ?? '')).toBe(0);
  });

  it('re-extracts after the version changes, resumes after a stop, and never mixes readings', async () => {
    const before = await currentExtractionVersion(app.ctx);
    const now = new Date('2026-03-02T09:00:00Z');
    // An imported ESCO skill changes the index and the extraction version.
    await app.ctx.store.radar.upsertImportedSkills([
      {
        id: NEW_SKILL,
        source: 'esco',
        source_id: 'http://data.europa.eu/esco/skill/test-zorblax',
        name: 'zorblax fabrication',
        aliases: JSON.stringify([]),
        description: null,
        mapped_to: null,
        file: 'test',
        version: 'test',
        content_hash: 'zorblax-1',
        imported_at: now,
        updated_at: now,
      },
    ]);
    await app.ctx.store.instance.setSetting(IMPORTED_VERSION_KEY, 'with-zorblax', now);
    const after = await currentExtractionVersion(app.ctx);
    expect(after).not.toBe(before);
    expect(await checkExtractionVersion(app.ctx)).toBe(true);

    // Stopped after two batches of 3: Ana's first 6 posts are read and staged, none swapped.
    const stopped = await runReextraction(app.ctx, { batchSize: 3, maxBatches: 2 });
    expect(stopped).toMatchObject({ version: after, userId: users[0], posts: 6, done: false });
    const saved = await app.ctx.store.instance.getSetting<ReextractionCursor>(REEXTRACT_CURSOR_KEY);
    expect(saved?.postId).toBe(stopped.postId);
    // Trends do not mix: Ana's stored skills are all still the old reading.
    expect(await newSkillRows(users[0] ?? '')).toBe(0);
    expect(await monthCount(users[0] ?? '')).toBe(0);

    // The job resumes from the stored cursor (local job system: the check, then the job).
    await app.jobs.start(app.ctx);
    try {
      await app.jobs.drain?.();
    } finally {
      await app.jobs.stop();
    }
    const cursor =
      await app.ctx.store.instance.getSetting<ReextractionCursor>(REEXTRACT_CURSOR_KEY);
    expect(cursor).toMatchObject({ version: after, done: true, posts: 9, persons: 2 });
    expect(await newSkillRows(users[0] ?? '')).toBe(7);
    expect(await newSkillRows(users[1] ?? '')).toBe(2);
    // The read model follows: month counts hold the new skill; other skills are kept.
    expect(await monthCount(users[0] ?? '')).toBe(7);
    expect(await monthCount(users[1] ?? '')).toBe(2);
    const posts = await db()
      .selectFrom('radar_posts')
      .select(['extraction_version', 'skills'])
      .execute();
    expect(new Set(posts.map((p) => p.extraction_version))).toEqual(new Set([after]));
    for (const p of posts) {
      const ids = (p.skills as { skillId: string }[]).map((s) => s.skillId);
      expect(ids).toContain(NEW_SKILL);
      expect(ids.length).toBeGreaterThan(1);
    }
    const staged = await db().selectFrom('radar_reextract_staging').select('post_id').execute();
    expect(staged).toEqual([]);
    expect(await checkExtractionVersion(app.ctx)).toBe(false);
  });
});
