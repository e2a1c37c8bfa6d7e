import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPerSuite } from '../../test/app-per-suite.ts';
import { countQueries as countQueriesOf } from '../../test/count-queries.ts';
import { fixedClock } from '../../test/test-app.ts';
import { createUser, updateProfile } from '../domain/accounts/index.ts';
import { getDashboardSummary } from '../domain/progress/index.ts';
import { addPosts } from '../domain/radar/demand/add-posts.ts';
import { getLearnNext } from '../domain/radar/index.ts';

const clock = fixedClock('2026-03-02T07:00:00Z');
const suite = appPerSuite('pglite', { prefix: 'stamp-watch', clock });
const countQueries = (fn: () => Promise<unknown>) => countQueriesOf(suite.app(), fn);
const post = (i: number, text: string) => ({
  row: i + 1,
  title: `Analyst ${i}`,
  text: `${text} Job ${i}.`,
  postedAt: new Date(clock.now().getTime() - (i % 3) * 30 * 86_400_000),
  budget: null,
  client: null,
  url: null,
});

describe('stamps known unchanged on the embedded store (stamp-watch)', () => {
  let userId: string;
  let otherId: string;

  beforeAll(async () => {
    const make = async (email: string) =>
      (await createUser(suite.ctx(), { email, password: 'long-enough-pw', name: 'S' })).id;
    userId = await make('stamps@example.com');
    otherId = await make('stamps-other@example.com');
    await updateProfile(suite.ctx(), userId, { headline: 'Before', timeZone: 'UTC' });
  });

  it('serves a cached dashboard and learn-next with no query while nothing changed', async () => {
    await getDashboardSummary(suite.ctx(), userId);
    await getLearnNext(suite.ctx(), userId);
    expect(await countQueries(() => getDashboardSummary(suite.ctx(), userId))).toBe(0);
    expect(await countQueries(() => getLearnNext(suite.ctx(), userId))).toBe(0);
  });

  it('sees a write to the person at once: through the app and straight in SQL', async () => {
    await updateProfile(suite.ctx(), userId, { headline: 'After' });
    expect((await getDashboardSummary(suite.ctx(), userId)).profile.headline).toBe('After');
    await sql`update profiles set headline = 'In SQL' where user_id = ${userId}`.execute(
      suite.ctx().store.db,
    );
    expect((await getDashboardSummary(suite.ctx(), userId)).profile.headline).toBe('In SQL');
  });

  it('sees new posts in learn-next and the dashboard market at once', async () => {
    const before = await getLearnNext(suite.ctx(), userId);
    expect((await getDashboardSummary(suite.ctx(), userId)).firstRun.hasPosts).toBe(false);
    await addPosts(
      suite.ctx(),
      userId,
      'import',
      Array.from({ length: 12 }, (_, i) => post(i, 'We need SQL, Power BI and Python.')),
      { exactOnly: true },
    );
    const after = await getLearnNext(suite.ctx(), userId);
    expect(after).not.toBe(before);
    expect((await getDashboardSummary(suite.ctx(), userId)).firstRun.hasPosts).toBe(true);
    // And cached again afterwards.
    expect(await countQueries(() => getLearnNext(suite.ctx(), userId))).toBe(0);
  });

  it("another person's write leaves this person's stamps known", async () => {
    await getDashboardSummary(suite.ctx(), userId);
    await updateProfile(suite.ctx(), otherId, { headline: 'Other' });
    expect(await countQueries(() => getDashboardSummary(suite.ctx(), userId))).toBe(0);
  });

  it('an instance setting change makes everyone read their stamps again', async () => {
    await getDashboardSummary(suite.ctx(), userId);
    await sql`insert into instance_settings (key, value, updated_at)
      values ('stamp-watch-test', '1', now())`.execute(suite.ctx().store.db);
    expect(await countQueries(() => getDashboardSummary(suite.ctx(), userId))).toBeGreaterThan(0);
  });

  it('never keeps a stamp read inside a transaction that rolled back', async () => {
    await getDashboardSummary(suite.ctx(), userId);
    await expect(
      suite.ctx().store.transaction(async (tx) => {
        await tx.db
          .updateTable('profiles')
          .set({ headline: 'Rolled back' })
          .where('user_id', '=', userId)
          .execute();
        // A read through the store inside the transaction sees (and caches) its write.
        const inside = await getDashboardSummary(suite.ctx(), userId);
        expect(inside.profile.headline).toBe('Rolled back');
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect((await getDashboardSummary(suite.ctx(), userId)).profile.headline).toBe('In SQL');
  });
});
