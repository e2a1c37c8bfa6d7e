import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestUser } from '../../test/insert-user.ts';
import { makeTestStore, STORE_KINDS } from '../../test/test-store.ts';
import type { Store } from './open-store.ts';

const AT = new Date('2025-01-01T00:00:00Z');
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe.each(STORE_KINDS)('a post skill row belongs to its post (0034), %s', (kind) => {
  let store: Store;
  const post = (id: string, user: string) =>
    sql`insert into radar_posts (id, user_id, source, title, text, posted_at, text_hash, skills,
        visibility, created_at, updated_at)
      values (${id}, ${user}, 'import', 'T', 'text', ${AT}, ${id}, '[]', 'private', ${AT}, ${AT})`.execute(
      store.db,
    );
  const skill = (postId: string, user: string, skillId: string) =>
    sql`insert into radar_post_skills (post_id, user_id, skill_id, source, posted_at, confidence)
      values (${postId}, ${user}, ${skillId}, 'import', ${AT}, 0.9)`.execute(store.db);
  const skillsOf = async (postId: string) =>
    (
      await sql<{ n: number }>`select count(*)::int as n from radar_post_skills
        where post_id = ${postId}`.execute(store.db)
    ).rows[0]?.n;

  beforeAll(async () => {
    store = await makeTestStore(kind);
    await insertTestUser(store, A, 'a');
    await insertTestUser(store, B, 'b');
    await post('pa', A);
    await post('pb', B);
  });
  afterAll(() => store.close());

  it('refuses a skill row whose post is missing', async () => {
    await expect(skill('missing', A, 's1')).rejects.toThrow(/foreign key/);
    await skill('pa', A, 's1');
    expect(await skillsOf('pa')).toBe(1);
    // The row's owner column is no longer checked against users (0034 dropped that key).
    await skill('pa', '00000000-0000-4000-8000-0000000000ff', 's-no-account');
    expect(await skillsOf('pa')).toBe(2);
  });

  it('deletes the skill rows with their post, and with their owner’s account', async () => {
    await skill('pa', A, 's2');
    await skill('pb', B, 's1');
    await sql`delete from radar_posts where id = 'pa'`.execute(store.db);
    expect(await skillsOf('pa')).toBe(0);
    await sql`delete from users where id = ${B}`.execute(store.db);
    expect(await skillsOf('pb')).toBe(0);
  });
});
