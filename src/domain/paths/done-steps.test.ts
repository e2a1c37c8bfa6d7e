import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpMember } from '../../../test/app-per-suite.ts';
import { fixedClock, makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { updateProfile } from '../accounts/index.ts';
import { createPath, getPath, listPaths } from './index.ts';

let app: App;
beforeAll(async () => {
  app = makeTestApp(await makeTestStore(), { clock: fixedClock('2026-03-02T09:00:00Z') });
});
afterAll(() => app.close());

describe('progress recorded before steps were split into objectives', () => {
  it('counts a tick on a whole skill as every objective of that skill done', async () => {
    const u = await signUpMember(app.ctx, 'legacy@example.com', 'L');
    await updateProfile(app.ctx, u, { weeklyHours: 6, learningDays: ['tue', 'thu'] });
    const p = await createPath(app.ctx, u, {
      goal: { skillIds: ['looker-studio'] },
      startDate: '2026-03-02',
    });
    const objectives = p.plan.steps.filter((s) => s.skillId === 'looker-studio');
    expect(objectives.length).toBeGreaterThan(1);
    // A row as the one-step-per-skill planner wrote it: keyed by the bare skill id.
    await app.ctx.store.paths.markDone({
      path_id: p.id,
      step_id: 'looker-studio',
      user_id: u,
      skill_id: 'looker-studio',
      done_at: new Date('2026-03-01T10:00:00Z'),
    });
    const view = await getPath(app.ctx, u, p.id);
    for (const s of objectives) expect(view.done[s.id]).toBe('2026-03-01T10:00:00.000Z');
    const other = p.plan.steps.filter((s) => s.skillId !== 'looker-studio');
    for (const s of other) expect(view.done[s.id]).toBeUndefined();
    const summary = (await listPaths(app.ctx, u)).find((x) => x.id === p.id)!;
    expect(summary.done).toBe(objectives.length);
  });
});
