import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import type { ProfileInput } from '../../shared/accounts.ts';
import { createUser, exportAccount, updateProfile } from '../accounts/index.ts';
import { getTaxonomy } from '../radar/index.ts';
import {
  annotateStep,
  createPath,
  diffPathVersions,
  getPath,
  regeneratePath,
  searchCatalog,
  tickStep,
} from './index.ts';

const PROFILE: ProfileInput = {
  domains: ['data'],
  skills: [
    { skillId: 'excel', level: 4 },
    { skillId: 'tableau', level: 2 },
  ],
  targetRoles: ['data-analytics-consultant'],
  weeklyHours: 6,
  learningDays: ['tue', 'thu', 'sat'],
  formats: ['interactive', 'reading'],
};

describe.each(STORE_KINDS)('learning paths (%s)', (kind) => {
  let app: App;
  let n = 0;
  const user = async (profile: ProfileInput = PROFILE) => {
    const u = await createUser(app.ctx, {
      email: `p${n++}@example.com`,
      password: 'long-enough-pw',
      name: 'P',
    });
    await updateProfile(app.ctx, u.id, profile);
    return u.id;
  };
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind), { clock: fixedClock('2026-03-02T09:00:00Z') });
  });
  afterAll(() => app.close());

  it('stores a large plan compressed, reads plans stored as text before that, and exports the text', async () => {
    const a = await user();
    const p = await createPath(app.ctx, a, {
      goal: { roleId: 'data-analytics-consultant' },
      startDate: '2026-03-02',
    });
    const db = app.ctx.store.db;
    const stored = await sql<{ plan: string; plan_gzip: string | null; plan_hash: string }>`
      select plan, plan_gzip, plan_hash from learning_path_versions where path_id = ${p.id}`.execute(
      db,
    );
    const row = stored.rows[0]!;
    expect(row.plan).toBe('');
    expect(row.plan_gzip).not.toBeNull();
    const text = (await app.ctx.store.paths.findVersion(p.id, 1))!.plan;
    expect(createHash('sha256').update(text).digest('hex')).toBe(row.plan_hash);
    expect(row.plan_gzip!.length).toBeLessThan(text.length / 4);
    const doc = await exportAccount(app.ctx, a);
    const exported = (doc.tables.learning_path_versions as Record<string, unknown>[])[0]!;
    expect(exported.plan).toBe(text);
    expect(exported).not.toHaveProperty('plan_gzip');
    const packed = await getPath(app.ctx, a, p.id);
    expect(packed.plan).toEqual(p.plan);
    // A version stored before plans were compressed keeps its text in `plan`: it still loads.
    await sql`update learning_path_versions set plan = ${text}, plan_gzip = null where path_id = ${p.id}`.execute(
      db,
    );
    const old = await getPath(app.ctx, a, p.id);
    expect(old.plan).toEqual(packed.plan);
    expect(old.version).toEqual(packed.version);
  });

  it('gives the same plan bytes for the same inputs, and no new version when nothing changed', async () => {
    const a = await user();
    const b = await user();
    const goal = { roleId: 'data-analytics-consultant' };
    const p1 = await createPath(app.ctx, a, { goal, startDate: '2026-03-02' });
    const p2 = await createPath(app.ctx, b, { goal, startDate: '2026-03-02' });
    expect(p1.version.planHash).toBe(p2.version.planHash);
    expect(p1.version.inputHash).toBe(p2.version.inputHash);
    expect(JSON.stringify(p1.plan)).toBe(JSON.stringify(p2.plan));
    const again = await regeneratePath(app.ctx, a, p1.id, {});
    expect(again.changed).toBe(false);
    expect(again.path.currentVersion).toBe(1);
    // The plan body holds no ids or clock readings.
    expect(JSON.stringify(p1.plan)).not.toContain(p1.id);
    expect(JSON.stringify(p1.plan)).not.toContain('2026-03-02T09');
  });

  it('skips held skills, saying so, and orders prerequisites first', async () => {
    const u = await user();
    const p = await createPath(app.ctx, u, {
      goal: { roleId: 'data-analytics-consultant' },
      startDate: '2026-03-02',
    });
    const ids = p.plan.steps.map((s) => s.skillId);
    expect(ids).not.toContain('excel');
    expect(p.plan.skipped.map((s) => s.skillId)).toContain('excel');
    expect(p.plan.skipped.find((s) => s.skillId === 'excel')?.reason).toMatch(
      /already hold Microsoft Excel at level 4/,
    );
    const tax = getTaxonomy();
    for (const [i, s] of p.plan.steps.entries()) {
      for (const pre of tax.skillById.get(s.skillId)?.prerequisites ?? []) {
        const j = ids.lastIndexOf(pre);
        if (j >= 0) expect(j, `${pre} before ${s.id}`).toBeLessThan(i);
      }
    }
    // Partly held: Tableau at level 2 gets a reduced estimate.
    const tableau = p.plan.steps.filter((s) => s.skillId === 'tableau');
    expect(tableau.reduce((h, s) => h + s.hours, 0)).toBeLessThan(
      tax.skillById.get('tableau')!.hoursToWorking,
    );
    expect(tableau.every((s) => s.heldLevel === 2)).toBe(true);
    // At beginner level the introduction is skipped.
    expect(tableau.map((s) => s.id)).not.toContain('tableau/orientation');
    // A role path is made of learning units, none longer than a long sitting or two.
    expect(Math.max(...p.plan.steps.map((s) => s.hours))).toBeLessThanOrEqual(6);
  });

  it('cites 1–3 catalog resources per step, with confidence components and flags', async () => {
    const u = await user();
    const p = await createPath(app.ctx, u, {
      goal: { skillIds: ['sql', 'tableau'] },
      startDate: '2026-03-02',
    });
    for (const s of p.plan.steps) {
      expect(s.resources.length).toBeGreaterThanOrEqual(1);
      expect(s.resources.length).toBeLessThanOrEqual(2);
      expect(s.resources.every((r) => r.status === 'verified' && r.id)).toBe(true);
      // Nothing has been link-checked yet: never shown as fine.
      expect(s.resources.every((r) => r.linkStatus === 'unchecked')).toBe(true);
      expect(s.confidence.components.map((c) => c.key)).toEqual([
        'authority',
        'agreement',
        'freshness',
        'link_status',
        'model_agreement',
        'outcome',
      ]);
      expect(s.confidence.score).toBeGreaterThan(0);
      expect(s.confidence.score).toBeLessThanOrEqual(1);
    }
    const sql = p.plan.steps.find((s) => s.skillId === 'sql')!;
    expect(new Set(sql.resources.map((r) => r.publisher)).size).toBe(sql.resources.length);
    expect(sql.confidence.components.find((c) => c.key === 'outcome')?.value).toBeNull();
  });

  it('resolves free text with a deadline, plans what fits and warns when nothing can', async () => {
    const u = await user({ ...PROFILE, skills: [] });
    const p = await createPath(app.ctx, u, {
      goal: { text: 'Tableau for a client dashboard by Friday' },
      startDate: '2026-03-02',
    });
    expect(p.plan.steps.map((s) => s.skillId)).toContain('tableau');
    expect(p.plan.schedule.deadline).toBe('2026-03-06');
    // Tue and Thu before Friday, 2 h each: the plan keeps what fits in 4 h.
    expect(p.plan.schedule.feasible).toBe(true);
    expect(p.plan.schedule.totalHours).toBeLessThanOrEqual(4);
    expect(p.plan.deferred!.length).toBeGreaterThan(0);
    expect(p.plan.alternatives!.map((x) => x.message).join(' ')).toMatch(/Extend the deadline to/);
    // No learning day before the deadline at all: the whole path, with the warning.
    const none = await createPath(app.ctx, u, {
      goal: { skillIds: ['tableau'] },
      startDate: '2026-03-02',
      deadline: '2026-03-02',
    });
    expect(none.plan.schedule.feasible).toBe(false);
    const w = none.plan.schedule.warning!;
    expect(w.hoursAvailable).toBe(0);
    expect(w.hoursShort).toBe(none.plan.schedule.totalHours);
    expect(w.message).toContain(`${w.hoursShort} h short`);
    const late = await createPath(app.ctx, u, {
      goal: { skillIds: ['tableau'] },
      startDate: '2026-03-02',
      deadline: '2026-12-31',
    });
    expect(late.plan.schedule.feasible).toBe(true);
    expect(late.plan.schedule.warning).toBeNull();
  });

  it('makes a new version with a diff and reasons when an input changes', async () => {
    const u = await user();
    const p = await createPath(app.ctx, u, {
      goal: { roleId: 'data-analytics-consultant' },
      startDate: '2026-03-02',
    });
    expect(p.plan.steps.map((s) => s.skillId)).toContain('sql');
    await updateProfile(app.ctx, u, {
      ...PROFILE,
      skills: [...(PROFILE.skills ?? []), { skillId: 'sql', level: 4 }],
    });
    const r = await regeneratePath(app.ctx, u, p.id, { deadline: '2026-06-30' });
    expect(r.changed).toBe(true);
    expect(r.path.currentVersion).toBe(2);
    expect(r.path.plan.steps.map((s) => s.skillId)).not.toContain('sql');
    expect(r.diff!.inputChanges).toEqual(
      expect.arrayContaining([
        'Profile: you now hold sql (Advanced).',
        'Deadline moved from none to 2026-06-30.',
      ]),
    );
    const removed = r.diff!.changes.find(
      (c) => c.kind === 'removed' && c.stepId.startsWith('sql/'),
    );
    expect(removed?.reasons.join(' ')).toMatch(/hold sql/);
    const d = await diffPathVersions(app.ctx, u, p.id, {});
    expect(d).toEqual(r.diff);
    const v1 = await getPath(app.ctx, u, p.id, 1);
    expect(v1.version.planHash).toBe(p.version.planHash);
  });

  it('records evidence when a step is ticked done and shows conflicting annotations', async () => {
    const u = await user();
    const p = await createPath(app.ctx, u, {
      goal: { skillIds: ['looker-studio'] },
      startDate: '2026-03-02',
    });
    const step = p.plan.steps.at(-1)!;
    await expect(
      annotateStep(app.ctx, u, p.id, step.id, {
        verdict: 'worked',
        note: '',
        visibility: 'public',
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const t = await tickStep(app.ctx, u, p.id, step.id, true);
    expect(t.evidence?.entryId).toBeTruthy();
    const again = await tickStep(app.ctx, u, p.id, step.id, true);
    expect(again.evidence).toBeNull();
    await annotateStep(app.ctx, u, p.id, step.id, {
      verdict: 'worked',
      note: 'clear',
      visibility: 'public',
    });
    await annotateStep(app.ctx, u, p.id, step.id, {
      verdict: 'did_not_work',
      note: 'outdated UI',
      visibility: 'public',
    });
    const view = await getPath(app.ctx, u, p.id);
    expect(view.done[step.id]).toBeTruthy();
    expect(view.stats[step.id]).toMatchObject({ completed: 1, worked: 1, didNotWork: 1 });
    expect(view.live[step.id]!.flags.some((f) => f.kind === 'contradiction')).toBe(true);
  });

  it('schedules a step again when it is unticked after a re-plan left it out as done', async () => {
    const u = await user();
    const p = await createPath(app.ctx, u, {
      goal: { skillIds: ['tableau'] },
      startDate: app.ctx.clock.now().toISOString().slice(0, 10),
    });
    const first = p.plan.steps[0]!;
    const ticked = await tickStep(app.ctx, u, p.id, first.id, true);
    expect(ticked.replanned).not.toBeNull(); // ahead of the plan: re-planned without it
    const without = await getPath(app.ctx, u, p.id);
    expect(without.plan.schedule.sessions.some((x) => x.stepId === first.id)).toBe(false);
    const undone = await tickStep(app.ctx, u, p.id, first.id, false);
    expect(undone.replanned?.reason).toMatch(/to do again/);
    const back = await getPath(app.ctx, u, p.id);
    expect(back.plan.schedule.sessions.some((x) => x.stepId === first.id)).toBe(true);
    const scheduled = back.plan.schedule.sessions.reduce((h, x) => h + x.hours, 0);
    expect(scheduled).toBe(back.plan.steps.reduce((h, x) => h + x.hours, 0));
  });

  it('searches the catalog with PostgreSQL full-text search', async () => {
    const r = await searchCatalog(app.ctx, { q: 'pivot tables', limit: 5, offset: 0 });
    expect(r.total).toBeGreaterThan(0);
    expect(r.resources[0]!.skills).toContain('pivot-tables');
    const bySkill = await searchCatalog(app.ctx, { skill: 'tableau', limit: 50, offset: 0 });
    expect(bySkill.resources.every((x) => x.skills.includes('tableau'))).toBe(true);
  });
});
