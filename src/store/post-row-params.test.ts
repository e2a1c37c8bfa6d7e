import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestUser } from '../../test/insert-user.ts';
import { makeTestStore, STORE_KINDS } from '../../test/test-store.ts';
import type { Store } from './open-store.ts';
import type { NewRadarPost } from './repos/radar-repo.ts';

const USER = '00000000-0000-4000-8000-0000000000c7';

describe.each(STORE_KINDS)('posts and skills written as column arrays, %s', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await makeTestStore(kind);
    await insertTestUser(store, USER, 'rows');
  });
  afterAll(() => store.close());

  it('stores every column of every post and skill row as given', async () => {
    const full: NewRadarPost = {
      id: 'p-full',
      user_id: USER,
      source: 'client',
      title: 'Senior “Data” Engineer\t(Remote)',
      text: 'We need dbt & Airflow.\nBudget: €5k, "urgent" \\ soon 👩🏽‍💻',
      posted_at: new Date('2024-02-29T12:34:56.789Z'),
      budget: '€5k',
      client: 'Acme, Inc.',
      url: 'https://example.com/jobs/1?a=1&b=2',
      text_hash: 'hash-full',
      skills: [{ id: 'sql', name: 'SQL', confidence: 0.9 }],
      import_id: null,
      feed_id: null,
      visibility: 'circle',
      delivery: 'declined',
      created_at: new Date('2026-01-02T03:04:05.006Z'),
      updated_at: new Date('2026-01-02T03:04:05.007Z'),
      fingerprint: Uint8Array.from([0, 1, 254, 255]),
      bands: ['3:zz', '3:zz', '0:a'],
      extraction_version: 'v-test',
      occupation: '2511.1',
      occupation_given: '2511',
    };
    const bare: NewRadarPost = {
      ...full,
      id: 'p-bare',
      source: 'import',
      title: '',
      text: 'short',
      budget: null,
      client: null,
      url: null,
      text_hash: 'hash-bare',
      skills: [],
      visibility: 'private',
      delivery: null,
      fingerprint: null,
      bands: [],
      extraction_version: null,
      occupation: null,
      occupation_given: null,
    };
    await store.radar.insertPosts(
      [full, bare],
      [
        {
          post_id: 'p-full',
          user_id: USER,
          skill_id: 'sql',
          source: 'client',
          posted_at: full.posted_at,
          confidence: 0.9,
        },
        {
          post_id: 'p-full',
          user_id: USER,
          skill_id: 'dbt',
          source: 'client',
          posted_at: full.posted_at,
          confidence: 0.123456789,
        },
      ],
    );
    const posts = await sql<Record<string, unknown>>`
      select id, user_id, source, title, text, posted_at, budget, client, url, text_hash, skills,
             import_id, feed_id, visibility, delivery, created_at, updated_at, fingerprint,
             array_to_string(band_keys, ',') as band_keys, extraction_version, occupation, occupation_given
      from radar_posts where user_id = ${USER} order by id`.execute(store.db);
    const byId = new Map(posts.rows.map((r) => [r.id, r]));
    for (const p of [full, bare]) {
      const row = byId.get(p.id);
      expect(row, p.id).toBeDefined();
      const { bands: _b, fingerprint, posted_at, created_at, updated_at, delivery, ...plain } = p;
      for (const [k, v] of Object.entries(plain)) expect(row?.[k], `${p.id}.${k}`).toEqual(v);
      expect(new Date(row?.posted_at as Date).toISOString()).toBe(posted_at.toISOString());
      expect(new Date(row?.created_at as Date).toISOString()).toBe(created_at.toISOString());
      expect(new Date(row?.updated_at as Date).toISOString()).toBe(updated_at.toISOString());
      expect(row?.delivery).toBe(delivery ?? null);
      expect(row?.fingerprint ? [...(row.fingerprint as Uint8Array)] : null).toEqual(
        fingerprint ? [...fingerprint] : null,
      );
    }
    // Band keys packed, each once.
    expect(String(byId.get('p-full')?.band_keys).split(',').map(Number).sort()).toEqual(
      [0 * 2 ** 32 + 10, 3 * 2 ** 32 + 35 * 36 + 35].sort(),
    );
    expect(byId.get('p-bare')?.band_keys).toBe('');
    const skills = await sql<{
      skill_id: string;
      confidence: number;
      posted_at: Date;
      import_id: string | null;
    }>`
      select skill_id, confidence, posted_at, import_id from radar_post_skills where user_id = ${USER} order by skill_id`.execute(
      store.db,
    );
    expect(
      skills.rows.map((r) => [
        r.skill_id,
        r.confidence,
        new Date(r.posted_at).toISOString(),
        r.import_id,
      ]),
    ).toEqual([
      ['dbt', 0.123456789, full.posted_at.toISOString(), null],
      ['sql', 0.9, full.posted_at.toISOString(), null],
    ]);
    // A post without skills is refused by the column's NOT NULL, not stored as JSON null.
    await expect(
      store.radar.insertPosts(
        [{ ...bare, id: 'p-null', text_hash: 'hash-null', skills: null }],
        [],
      ),
    ).rejects.toThrow(/null/i);
  });
});
