import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpMember } from '../../../test/app-per-suite.ts';
import { fixedClock, makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { createPath } from './index.ts';
import { deadlineInText } from './resolve-goal.ts';
import { learningHoursBetween } from './schedule-steps.ts';

const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
// 2026-03-02 is a Monday: one start date per weekday.
const WEEK = Array.from({ length: 7 }, (_, i) => addDays('2026-03-02', i));

describe('relative deadlines in goal text', () => {
  it('reads "by Friday" as the coming Friday, a week later when said on a Friday', () => {
    const fridays = WEEK.map((d) => deadlineInText('Learn Tableau by Friday', d));
    expect(fridays).toEqual([
      '2026-03-06',
      '2026-03-06',
      '2026-03-06',
      '2026-03-06',
      '2026-03-13',
      '2026-03-13',
      '2026-03-13',
    ]);
    expect(deadlineInText('Tableau by Friday (today)', '2026-03-06')).toBe('2026-03-06');
    expect(deadlineInText('SQL by tomorrow', '2026-03-06')).toBe('2026-03-07');
    expect(deadlineInText('SQL in 3 days', '2026-03-06')).toBe('2026-03-09');
    expect(deadlineInText('SQL in two weeks', '2026-03-06')).toBe('2026-03-20');
    expect(deadlineInText('SQL by the end of the week', '2026-03-04')).toBe('2026-03-08');
    expect(deadlineInText('SQL by the end of the month', '2026-02-10')).toBe('2026-02-28');
    expect(deadlineInText('SQL by 2026-04-01', '2026-03-06')).toBe('2026-04-01');
    expect(deadlineInText('SQL for a client', '2026-03-06')).toBeNull();
  });

  it('counts the learning hours up to a deadline', () => {
    // Mon–Thu with Mon, Wed, Fri learning days at 5 h a week: Mon and Wed, 1.75 h each.
    expect(learningHoursBetween('2026-03-02', '2026-03-05', 5, ['mon', 'wed', 'fri'])).toEqual({
      hours: 3.5,
      days: 2,
      perDay: 1.75,
    });
  });
});

describe('plans that fit a deadline', () => {
  let app: App;
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(), { clock: fixedClock('2026-03-02T09:00:00Z') });
  });
  afterAll(() => app.close());

  it('plans the objectives that fit three days out, whatever the weekday, and lists the rest', async () => {
    // Default profile: 5 h a week on Mon, Wed, Fri.
    const u = await signUpMember(app.ctx, 'fit@example.com', 'F');
    for (const start of WEEK) {
      const deadline = addDays(start, 3);
      const p = await createPath(app.ctx, u, {
        goal: { roleId: 'data-analytics-consultant' },
        startDate: start,
        deadline,
      });
      const where = `start ${start}`;
      expect(p.plan.schedule.feasible, where).toBe(true);
      expect(p.plan.steps.length, where).toBeGreaterThanOrEqual(1);
      expect(p.plan.deferred?.length, where).toBeGreaterThan(0);
      for (const d of p.plan.deferred ?? []) expect(d.reason, where).toMatch(/\S/);
      expect(p.plan.schedule.sessions.every((s) => s.date <= deadline && !s.afterDeadline)).toBe(
        true,
      );
      // What is planned and what is deferred together cover the whole path.
      const planned = p.plan.steps.reduce((h, s) => h + s.hours, 0);
      const deferred = (p.plan.deferred ?? []).reduce((h, s) => h + s.hours, 0);
      expect(planned + deferred).toBeGreaterThan(100);
      const kinds = (p.plan.alternatives ?? []).map((a) => a.kind);
      expect(kinds).toEqual(['extend_deadline', 'more_hours']);
      const extend = p.plan.alternatives![0]!;
      expect(extend.deadline! > deadline).toBe(true);
    }
  });

  it('keeps the goal skill ahead of its prerequisites and each skill’s objectives in order', async () => {
    const u = await signUpMember(app.ctx, 'fit2@example.com', 'G');
    const p = await createPath(app.ctx, u, {
      goal: { text: 'Tableau for a client dashboard by Friday' },
      startDate: '2026-03-06',
    });
    expect(p.plan.schedule.deadline).toBe('2026-03-13');
    expect(p.plan.schedule.feasible).toBe(true);
    expect(p.plan.steps.some((s) => s.skillId === 'tableau')).toBe(true);
    const tableau = p.plan.steps.filter((s) => s.skillId === 'tableau').map((s) => s.id);
    expect(tableau[0]).toBe('tableau/orientation');
    const noDeadline = await createPath(app.ctx, u, {
      goal: { skillIds: ['tableau'] },
      startDate: '2026-03-06',
    });
    expect(noDeadline.plan.deferred).toEqual([]);
  });
});
