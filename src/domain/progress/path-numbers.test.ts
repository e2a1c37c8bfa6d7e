import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpMember } from '../../../test/app-per-suite.ts';
import { fixedClock, makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { updateProfile } from '../accounts/index.ts';
import { createPath, getPath, listPaths, tickStep } from '../paths/index.ts';
import { getProgressOverview, logTime } from './index.ts';

let app: App;
beforeAll(async () => {
  app = makeTestApp(await makeTestStore(), { clock: fixedClock('2026-03-02T07:00:00Z') });
});
afterAll(() => app.close());

describe('one set of numbers for a path', () => {
  it('counts time once, agrees across path, list and progress, and moves the finish date', async () => {
    const u = await signUpMember(app.ctx, 'numbers@example.com', 'N');
    await updateProfile(app.ctx, u, {
      timeZone: 'UTC',
      weeklyHours: 3,
      learningDays: ['mon', 'wed', 'fri'],
    });
    // Two paths that share Looker Studio's objectives.
    const a = await createPath(app.ctx, u, { goal: { skillIds: ['looker-studio'] } });
    const b = await createPath(app.ctx, u, {
      goal: { skillIds: ['looker-studio', 'google-sheets'] },
    });
    const first = a.plan.steps[0]!;
    expect(b.plan.steps.some((s) => s.id === first.id)).toBe(true);
    const before = (await getPath(app.ctx, u, a.id)).numbers;
    expect(before).toMatchObject({ stepsDone: 0, hoursLogged: 0, finished: false });
    expect(before.finishDate).toBe(before.plannedFinish);

    // Ticking asks for the time spent: 90 minutes, logged once, for path A only.
    await tickStep(app.ctx, u, a.id, first.id, true, 90);
    await logTime(app.ctx, u, {
      targetKind: 'step',
      targetId: first.id,
      pathId: a.id,
      startedAt: '2026-03-01T10:00:00Z',
      minutes: 30,
    });
    const viewA = await getPath(app.ctx, u, a.id);
    const viewB = await getPath(app.ctx, u, b.id);
    expect(viewA.numbers.hoursLogged).toBe(2);
    expect(viewB.numbers.hoursLogged).toBe(0);
    expect(viewA.numbers.stepsDone).toBe(1);
    // Less is left, so the finish date at this pace comes no later (and usually earlier).
    expect(viewA.numbers.finishDate! <= before.finishDate!).toBe(true);
    expect(viewA.numbers.hoursLeft).toBe(before.hoursLeft - first.hours);

    // The list and progress show exactly the path's numbers.
    const list = await listPaths(app.ctx, u);
    expect(list.find((p) => p.id === a.id)!.numbers).toEqual(viewA.numbers);
    const overview = await getProgressOverview(app.ctx, u);
    const goalA = overview.goals.find((g) => g.pathId === a.id)!;
    const goalB = overview.goals.find((g) => g.pathId === b.id)!;
    expect(goalA).toMatchObject({
      stepsDone: viewA.numbers.stepsDone,
      stepsTotal: viewA.numbers.stepsTotal,
      hoursLogged: 2,
      hoursPlanned: viewA.numbers.hoursPlanned,
      finishDate: viewA.numbers.finishDate,
    });
    expect(goalB.hoursLogged).toBe(0);
    const total = overview.goals.reduce((h, g) => h + g.hoursLogged, 0);
    expect(total).toBe(2);

    // Every step done: finished, no finish date left to project.
    for (const s of viewA.plan.steps) await tickStep(app.ctx, u, a.id, s.id, true);
    const done = (await getPath(app.ctx, u, a.id)).numbers;
    expect(done).toMatchObject({ finished: true, finishDate: null, hoursLeft: 0 });
  });
});
