import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bandKeys, fingerprint } from '../domain/radar/demand/fingerprint.ts';
import { openStore, type Store } from './open-store.ts';
import { packBandKey, unpackBandKey } from './repos/radar-repo.ts';
import { exportUserRows, importUserRows } from './user-data.ts';

const AT = new Date('2025-01-01T00:00:00Z');
const USER = '00000000-0000-4000-8000-000000000001';
const TEXT = 'Senior data analyst with SQL, Python and Tableau for weekly reporting in Addis Ababa';

describe('post band keys (0024)', () => {
  let store: Store;
  const keys = bandKeys(fingerprint(TEXT));

  beforeAll(async () => {
    // A database as it was before 0024, with a post whose keys are rows of radar_post_bands.
    store = await openStore({ kind: 'pglite' });
    await store.migrate('0021-signin-safety');
    await sql`insert into users (id, email, name, password_hash, role, created_at, updated_at)
      values (${USER}, 'a@example.test', 'A', 'x', 'member', ${AT}, ${AT})`.execute(store.db);
    await sql`insert into radar_posts (id, user_id, source, title, text, posted_at, text_hash,
        skills, visibility, created_at, updated_at)
      values ('p-old', ${USER}, 'import', 'Old', ${TEXT}, ${AT}, 'h-old', '[]', 'private',
        ${AT}, ${AT})`.execute(store.db);
    for (const band of keys) {
      await sql`insert into radar_post_bands (user_id, band, post_id)
        values (${USER}, ${band}, 'p-old')`.execute(store.db);
    }
    await store.migrate();
  });
  afterAll(() => store.close());

  it('packs every key into one integer and back', () => {
    for (const k of [...keys, '0:0', '19:1z141z3']) expect(unpackBandKey(packBandKey(k))).toBe(k);
    expect(packBandKey('1:0')).toBe(2 ** 32);
  });

  it('moves the stored keys onto the post and finds it by overlap in SQL', async () => {
    const row = await sql<{ keys: string[] }>`select band_keys::text[] as keys
      from radar_posts where id = 'p-old'`.execute(store.db);
    const stored = (row.rows[0]?.keys ?? []).map(Number).sort((a, b) => a - b);
    expect(stored).toEqual(keys.map(packBandKey).sort((a, b) => a - b));
    const left = await sql<{ n: number }>`select count(*)::int as n from radar_post_bands`.execute(
      store.db,
    );
    expect(left.rows[0]?.n).toBe(0);
    const found = await store.radar.nearCandidates(USER, [keys[3]!, '7:nothing'], 10);
    expect(found.map((c) => [c.id, c.bands])).toEqual([['p-old', [keys[3]]]]);
    expect(found[0]?.text).toBe(TEXT);
    expect(await store.radar.nearCandidates(USER, ['7:nothing'], 10)).toEqual([]);
  });

  it('keeps the keys through an account export and import', async () => {
    const keysOf = async () =>
      (
        await sql<{ keys: string[] }>`select band_keys::text[] as keys from radar_posts
          where id = 'p-old'`.execute(store.db)
      ).rows[0]?.keys;
    const before = await keysOf();
    const exported = await exportUserRows(store.db, USER);
    await sql`delete from radar_posts where id = 'p-old'`.execute(store.db);
    await importUserRows(store.db, USER, { radar_posts: exported.radar_posts ?? [] });
    expect(await keysOf()).toEqual(before);
    expect(before).toHaveLength(new Set(keys).size);
  });
});
