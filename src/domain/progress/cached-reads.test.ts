import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpMember } from '../../../test/app-per-suite.ts';
import { countQueries as countQueriesOf } from '../../../test/count-queries.ts';
import { fixedClock, makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { PERSON_VERSION_TABLES } from '../../store/migrations/0019-person-versions.ts';
import { getProfile, updateProfile } from '../accounts/index.ts';
import { createPath, listPaths } from '../paths/index.ts';
import { getProgressOverview, listNotifications } from './index.ts';

let app: App;
const clock = fixedClock('2026-03-02T07:00:00Z');
beforeAll(async () => {
  app = makeTestApp(await makeTestStore(), { clock });
});
afterAll(() => app.close());

const countQueries = (fn: () => Promise<unknown>) => countQueriesOf(app, fn);

describe('dashboard reads', () => {
  let userId: string;
  let pathIds: string[];

  beforeAll(async () => {
    userId = await signUpMember(app.ctx, 'cache@example.com', 'C');
    await updateProfile(app.ctx, userId, {
      timeZone: 'UTC',
      weeklyHours: 5,
      learningDays: ['mon', 'wed'],
    });
    pathIds = [];
    for (const skillIds of [['looker-studio'], ['google-sheets'], ['sql']]) {
      pathIds.push((await createPath(app.ctx, userId, { goal: { skillIds } })).id);
    }
  });

  it('loads every path in a fixed number of queries, and a cached read costs none', async () => {
    const cold = async () => {
      // A change renews the person's stamp, so the next read computes again.
      await sql`update profiles set headline = headline where user_id = ${userId}`.execute(
        app.ctx.store.db,
      );
      return countQueries(() => listPaths(app.ctx, userId));
    };
    const three = await cold();
    const extra = await createPath(app.ctx, userId, { goal: { skillIds: ['tableau'] } });
    const four = await cold();
    expect(four).toBe(three);
    expect(three).toBeLessThanOrEqual(5);
    // The embedded store knows the stamp is unchanged (stamp-watch.ts): no query at all.
    expect(await countQueries(() => listPaths(app.ctx, userId))).toBe(0);
    expect(await countQueries(() => getProgressOverview(app.ctx, userId))).toBeGreaterThan(1);
    expect(await countQueries(() => getProgressOverview(app.ctx, userId))).toBe(0);
    await sql`delete from learning_paths where id = ${extra.id}`.execute(app.ctx.store.db);
  });

  it('sees changes made outside this process (straight in SQL)', async () => {
    const [first] = pathIds;
    const before = (await listPaths(app.ctx, userId)).find((p) => p.id === first)!;
    const overviewBefore = await getProgressOverview(app.ctx, userId);
    expect(before.numbers.hoursLogged).toBe(0);
    const now = clock.now();
    await app.ctx.store.db
      .insertInto('time_logs')
      .values({
        id: '00000000-0000-4000-8000-000000000001',
        user_id: userId,
        target_kind: 'other',
        target_id: null,
        skill_id: null,
        path_id: first!,
        source: 'manual',
        source_ref: null,
        started_at: now,
        ended_at: null,
        minutes: 90,
        note: '',
        created_at: now,
      })
      .execute();
    const after = (await listPaths(app.ctx, userId)).find((p) => p.id === first)!;
    expect(after.numbers.hoursLogged).toBe(1.5);
    const overview = await getProgressOverview(app.ctx, userId);
    expect(overview.hoursThisWeek).toBe(overviewBefore.hoursThisWeek + 1.5);
    expect(overview.goals.find((g) => g.pathId === first)!.hoursLogged).toBe(1.5);

    const step = (await app.ctx.store.paths.listCurrentPlans(userId)).find((p) => p.id === first)!;
    const stepId = (JSON.parse(step.plan) as { steps: { id: string; skillId: string }[] })
      .steps[0]!;
    await app.ctx.store.db
      .insertInto('learning_path_progress')
      .values({
        path_id: first!,
        step_id: stepId.id,
        user_id: userId,
        skill_id: stepId.skillId,
        done_at: now,
      })
      .execute();
    expect((await listPaths(app.ctx, userId)).find((p) => p.id === first)!.done).toBe(1);

    await sql`update profiles set headline = 'Changed in SQL' where user_id = ${userId}`.execute(
      app.ctx.store.db,
    );
    expect((await getProfile(app.ctx, userId)).headline).toBe('Changed in SQL');

    expect((await listNotifications(app.ctx, userId)).unread).toBe(0);
    await app.ctx.store.db
      .insertInto('notifications')
      .values({
        id: '00000000-0000-4000-8000-000000000002',
        user_id: userId,
        kind: 'weekly_summary',
        payload: JSON.stringify({ title: 'From elsewhere' }),
        dedupe_key: 'elsewhere',
        created_at: now,
        read_at: null,
      })
      .execute();
    expect((await listNotifications(app.ctx, userId)).unread).toBe(1);
  });

  it('moves with the clock: the finish date is projected from the new day', async () => {
    const before = (await listPaths(app.ctx, userId))[0]!;
    clock.advance(21 * 86_400_000);
    const after = (await listPaths(app.ctx, userId))[0]!;
    expect(after.numbers.finishDate).not.toBe(before.numbers.finishDate);
  });

  it('renews the stamp on insert, update and delete of every table dashboard reads come from', async () => {
    const r = await sql<{ table: string; n: number }>`
      select event_object_table as table, count(distinct event_manipulation)::int as n
      from information_schema.triggers
      where trigger_name like '%_person_%' group by 1`.execute(app.ctx.store.db);
    const byTable = new Map(r.rows.map((x) => [x.table, x.n]));
    for (const t of PERSON_VERSION_TABLES) expect([t, byTable.get(t)]).toEqual([t, 3]);
  });
});
