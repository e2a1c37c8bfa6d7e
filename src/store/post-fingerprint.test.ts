import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestUser } from '../../test/insert-user.ts';
import { makeTestStore, STORE_KINDS } from '../../test/test-store.ts';
import type { Store } from './open-store.ts';

const AT = new Date('2025-01-01T00:00:00Z');
const USER = '00000000-0000-4000-8000-0000000000c1';

describe.each(STORE_KINDS)('a post’s fingerprint is stored byte for byte, %s', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await makeTestStore(kind);
    await insertTestUser(store, USER, 'fp');
  });
  afterAll(() => store.close());

  it('writes the bytes and reads them back unchanged', async () => {
    // Every byte value, an empty fingerprint, and none at all.
    const all = Uint8Array.from({ length: 1024 }, (_, i) => (i * 7 + 3) & 255);
    const prints: [string, Uint8Array | null][] = [
      ['f-all', all],
      ['f-empty', new Uint8Array(0)],
      ['f-none', null],
    ];
    await store.radar.insertPosts(
      prints.map(([id, fingerprint]) => ({
        id,
        user_id: USER,
        source: 'import',
        title: id,
        text: `text of ${id}`,
        posted_at: AT,
        budget: null,
        client: null,
        url: null,
        text_hash: id,
        bands: ['0:a', '1:b'],
        skills: [],
        fingerprint,
        extraction_version: null,
        occupation: null,
        import_id: null,
        feed_id: null,
        visibility: 'private',
        created_at: AT,
        updated_at: AT,
      })),
      [],
    );
    const rows = await sql<{ id: string; fingerprint: Uint8Array | null }>`
      select id, fingerprint from radar_posts where user_id = ${USER} order by id`.execute(
      store.db,
    );
    const got = new Map(rows.rows.map((r) => [r.id, r.fingerprint]));
    expect([...(got.get('f-all') ?? [])]).toEqual([...all]);
    expect([...(got.get('f-empty') ?? [1])]).toEqual([]);
    expect(got.get('f-none')).toBeNull();
  });
});
