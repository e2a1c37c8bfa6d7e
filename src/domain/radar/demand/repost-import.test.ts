import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestUser } from '../../../../test/insert-user.ts';
import { makeTestApp } from '../../../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../../../test/test-store.ts';
import type { App } from '../../../app.ts';
import { backfillRepostKeys } from './backfill-repost-keys.ts';
import { REPOST_BAND } from './fingerprint.ts';
import { importPosts } from './import-posts.ts';

/** A short job ad as boards post it, with its closing date. */
const ad = (title: string, city: string, date: string, years = 3) => ({
  title,
  text: `${title} wanted in ${city}. ${years} years of bookkeeping in QuickBooks and monthly VAT returns. Apply by ${date}.`,
  date: '2026-03-02',
});

describe.each(STORE_KINDS)('short reposts (%s)', (kind) => {
  let app: App;
  let userId: string;
  const db = () => app.ctx.store.db;
  const repostKeysOf = async (title: string) =>
    (
      await sql<{ n: number }>`select count(*)::int as n from radar_posts p, unnest(p.band_keys) k
        where p.user_id = ${userId} and p.title = ${title}
          and k >= ${REPOST_BAND * 2 ** 32} and k < ${(REPOST_BAND + 1) * 2 ** 32}`.execute(db())
    ).rows[0]?.n;

  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind));
    userId = app.ctx.ids.id();
    await insertTestUser(app.ctx.store, userId, `reposts-${kind}`);
  });
  afterAll(async () => {
    await app.close();
  });

  it('names a short repost with a new closing date as a near-duplicate, and keeps other posts', async () => {
    const first = await importPosts(app.ctx, userId, {
      format: 'json',
      content: JSON.stringify([
        ad('Accountant', 'Addis Ababa', '5 June 2026'),
        ad('Accountant', 'Addis Ababa', '19 June 2026 (Re-advertised)'),
        ad('Accountant', 'Hawassa', '5 June 2026'),
        // Another number than a date: another post.
        ad('Accountant', 'Addis Ababa', '5 June 2026', 5),
      ]),
    });
    expect(first).toMatchObject({ added: 3, nearDuplicates: 1, duplicates: 0 });
    expect(first.nearDuplicateRows).toEqual([expect.objectContaining({ row: 2, sameAsRow: 1 })]);
    // A later file: the same ad posted again a month on is named, a new one is kept.
    const later = await importPosts(app.ctx, userId, {
      format: 'json',
      content: JSON.stringify([
        ad('Accountant', 'Addis Ababa', '2026-07-03'),
        ad('Accountant', 'Bahir Dar', '2026-07-03'),
      ]),
    });
    expect(later).toMatchObject({ added: 1, nearDuplicates: 1 });
  });

  it('gives posts stored before repost keys theirs in the background, once', async () => {
    await importPosts(app.ctx, userId, {
      format: 'json',
      content: JSON.stringify([ad('Payroll officer', 'Adama', '1 May 2026')]),
    });
    // As stored by an earlier version: no key of the repost band.
    await sql`update radar_posts set band_keys = array(select k from unnest(band_keys) k
      where k < ${REPOST_BAND * 2 ** 32})`.execute(db());
    expect(await repostKeysOf('Payroll officer')).toBe(0);
    // Before the backfill, its short repost is not seen.
    const before = await importPosts(app.ctx, userId, {
      format: 'json',
      content: JSON.stringify([ad('Payroll officer', 'Adama', '1 June 2026')]),
    });
    expect(before).toMatchObject({ added: 1, nearDuplicates: 0 });
    await app.ctx.store.db
      .deleteFrom('radar_posts')
      .where('id', '=', before.id ?? '')
      .execute();
    await sql`delete from radar_posts where user_id = ${userId} and title = 'Payroll officer'
      and text like '%1 June%'`.execute(db());
    const seen = await backfillRepostKeys(app.ctx, { batchSize: 2 });
    expect(seen).toBeGreaterThan(2);
    expect(await repostKeysOf('Payroll officer')).toBe(1);
    // Every post has its key or its "none" mark now: the next run reads nothing.
    expect(await backfillRepostKeys(app.ctx)).toBe(0);
    const after = await importPosts(app.ctx, userId, {
      format: 'json',
      content: JSON.stringify([ad('Payroll officer', 'Adama', '1 June 2026')]),
    });
    expect(after).toMatchObject({ added: 0, nearDuplicates: 1 });
  });
});
