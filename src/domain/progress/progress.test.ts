import { describe, expect, it } from 'vitest';
import { appPerSuite } from '../../../test/app-per-suite.ts';
import { submitAndSelfReview } from '../../../test/practice-steps.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { STORE_KINDS } from '../../../test/test-store.ts';
import { createPath, setBusyWeeks } from '../paths/index.ts';
import { addCard, createBrief } from '../practice/index.ts';
import {
  getProgressOverview,
  getProgressView,
  getTrends,
  getVelocity,
  getWeeklySummary,
  listNotifications,
  logCalendarSession,
  logTime,
  markNotificationsRead,
  notify,
  scanUserNotifications,
  startTimer,
  stopTimer,
  streakWeeks,
  updateNotificationSettings,
  updateProgressView,
} from './index.ts';

const DAY = 86_400_000;

describe('streaks', () => {
  const now = new Date('2026-03-04T12:00:00Z'); // a Wednesday
  const log = (iso: string) => ({ started_at: new Date(iso), minutes: 30 });
  it('counts consecutive weeks, skipping declared busy weeks instead of breaking', () => {
    const logs = [
      log('2026-03-02T10:00:00Z'),
      log('2026-02-23T10:00:00Z'),
      log('2026-02-09T10:00:00Z'),
    ];
    expect(streakWeeks(logs, new Set(), now)).toBe(2);
    expect(streakWeeks(logs, new Set(['2026-02-16']), now)).toBe(3);
    // An empty current week does not break the streak yet.
    expect(streakWeeks(logs.slice(1), new Set(['2026-02-16']), now)).toBe(2);
  });
});

describe.each(STORE_KINDS)('progress on %s', (kind) => {
  const clock = fixedClock('2026-03-02T09:00:00Z');
  const { ctx, user } = appPerSuite(kind, { clock, prefix: 'g' });

  it('refuses time on another person’s path', async () => {
    const owner = await user();
    const other = await user();
    const path = await createPath(ctx(), owner, {
      goal: { skillIds: ['excel'] },
      startDate: '2026-03-02',
    });
    const step = path.plan.steps[0]!.id;
    await expect(
      startTimer(ctx(), other, { targetKind: 'step', targetId: step, pathId: path.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const mine = await startTimer(ctx(), owner, {
      targetKind: 'step',
      targetId: step,
      pathId: path.id,
    });
    expect(mine.running).toBe(true);
    await stopTimer(ctx(), owner);
  });

  it('refuses time not yet spent, on a step no path has, or on a step two paths share unnamed', async () => {
    const u = await user();
    const now = ctx().clock.now().getTime();
    await expect(
      logTime(ctx(), u, {
        targetKind: 'skill',
        targetId: 'excel',
        startedAt: new Date(now + DAY).toISOString(),
        minutes: 30,
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/future/) });
    const a = await createPath(ctx(), u, {
      goal: { skillIds: ['excel'] },
      startDate: '2026-03-02',
    });
    const at = new Date(now - DAY).toISOString();
    await expect(
      logTime(ctx(), u, {
        targetKind: 'step',
        targetId: 'no-such-step',
        pathId: a.id,
        startedAt: at,
        minutes: 30,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const step = a.plan.steps[0]!.id;
    const one = await logTime(ctx(), u, {
      targetKind: 'step',
      targetId: step,
      startedAt: at,
      minutes: 30,
    });
    expect(one.pathId).toBe(a.id);
    const b = await createPath(ctx(), u, {
      goal: { skillIds: ['excel'] },
      startDate: '2026-03-02',
    });
    expect(b.plan.steps.some((x) => x.id === step)).toBe(true);
    await expect(
      logTime(ctx(), u, { targetKind: 'step', targetId: step, startedAt: at, minutes: 30 }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/pathId/) });
  });

  it('counts a week marked busy on the paths side as busy, with its hours as the budget', async () => {
    const u = await user();
    await setBusyWeeks(ctx(), u, {
      busyWeeks: [
        { weekStart: '2026-02-23', hours: 0, note: 'client crunch' },
        { weekStart: '2026-03-02', hours: 2, note: 'half week' },
      ],
    });
    const crunch = await getWeeklySummary(ctx(), u, '2026-02-23');
    expect(crunch).toMatchObject({ busyWeek: true, hoursBudget: 0 });
    expect(crunch.slipped.some((x) => /planned hours/.test(x))).toBe(false);
    const half = await getWeeklySummary(ctx(), u, '2026-03-02');
    expect(half).toMatchObject({ busyWeek: true, hoursBudget: 2 });
    expect(half.slipped).toContain('Logged 0 of 2 planned hours');
    // The overview and dashboard give this week the same budget.
    expect((await getProgressOverview(ctx(), u)).weeklyBudgetHours).toBe(2);
  });

  it('refuses an entry overlapping one already logged, and skill time on a path without the skill', async () => {
    const u = await user();
    const at = (h: number) => new Date(ctx().clock.now().getTime() - h * 3_600_000).toISOString();
    await logTime(ctx(), u, { targetKind: 'other', startedAt: at(30), minutes: 720 });
    await expect(
      logTime(ctx(), u, { targetKind: 'other', startedAt: at(28), minutes: 60 }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/overlaps/) });
    // Right after it is fine.
    await logTime(ctx(), u, { targetKind: 'other', startedAt: at(18), minutes: 60 });
    const p = await createPath(ctx(), u, {
      goal: { skillIds: ['excel'] },
      startDate: '2026-03-02',
    });
    await expect(
      logTime(ctx(), u, {
        targetKind: 'skill',
        targetId: 'python',
        pathId: p.id,
        startedAt: at(10),
        minutes: 30,
      }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/does not teach/),
    });
    const ok = await logTime(ctx(), u, {
      targetKind: 'skill',
      targetId: 'excel',
      pathId: p.id,
      startedAt: at(10),
      minutes: 30,
    });
    expect(ok.pathId).toBe(p.id);
  });

  it('runs one timer at a time and logs manual and calendar time', async () => {
    const u = await user();
    const t = await startTimer(ctx(), u, { targetKind: 'skill', targetId: 'excel' });
    expect(t.running).toBe(true);
    await expect(
      startTimer(ctx(), u, { targetKind: 'skill', targetId: 'sql' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    clock.advance(45 * 60_000);
    expect(await stopTimer(ctx(), u)).toMatchObject({
      minutes: 45,
      running: false,
      skillId: 'excel',
    });
    await expect(stopTimer(ctx(), u)).rejects.toMatchObject({ code: 'not_found' });
    await logTime(ctx(), u, {
      targetKind: 'skill',
      targetId: 'sql',
      startedAt: '2026-03-01T10:00:00Z',
      minutes: 30,
    });
    const session = {
      targetKind: 'other',
      sessionId: 'cal-1',
      startedAt: '2026-03-02T07:00:00Z',
      endedAt: '2026-03-02T08:00:00Z',
    };
    expect((await logCalendarSession(ctx(), u, session)).created).toBe(true);
    expect((await logCalendarSession(ctx(), u, session)).created).toBe(false);
    const overview = await getProgressOverview(ctx(), u);
    expect(overview.hoursThisWeek).toBe(1.8); // 45 + 60 minutes; Sunday's 30 belongs to last week
    expect(overview.skills.find((s) => s.skillId === 'excel')).toMatchObject({ hoursLogged: 0.8 });
    expect(overview.streakWeeks).toBe(2);
    const trends = await getTrends(ctx(), u, 4);
    expect(trends.series.find((s) => s.name === 'hours_per_week')!.points.map((p) => p.y)).toEqual([
      0, 0, 0.5, 1.8,
    ]);
  });

  it('shows practice results per skill and a weekly summary', async () => {
    const u = await user();
    const brief = await createBrief(ctx(), u, { skillId: 'tableau', seed: 'w' });
    await submitAndSelfReview(ctx(), u, brief, 3, 'Dashboard done');
    const overview = await getProgressOverview(ctx(), u);
    const tableau = overview.skills.find((s) => s.skillId === 'tableau')!;
    expect(tableau.practice).toEqual([
      { briefId: brief.id, at: clock.now().toISOString(), average: 3 },
    ]);
    expect(tableau.evidenceCount).toBe(1);
    const week = await getWeeklySummary(ctx(), u);
    expect(week.learned.join(' ')).toContain('Practised Tableau');
    expect(week.slipped.join(' ')).toContain('Logged 0 of 5 planned hours');
    await updateProgressView(ctx(), u, { busyWeeks: [week.weekStart] });
    const busy = await getWeeklySummary(ctx(), u);
    expect(busy.busyWeek).toBe(true);
    expect(busy.slipped.join(' ')).not.toContain('planned hours');
  });

  it('compares velocity with others only when at least 5 people learned the skill', async () => {
    const learn = async (days: number) => {
      const u = await user();
      await logTime(ctx(), u, {
        targetKind: 'skill',
        targetId: 'power-bi',
        startedAt: new Date(clock.now().getTime() - days * DAY).toISOString(),
        minutes: 60,
      });
      const b = await createBrief(ctx(), u, { skillId: 'power-bi', seed: `v${days}` });
      await submitAndSelfReview(ctx(), u, b, 3, 'Report');
      return u;
    };
    const me = await learn(10);
    for (const d of [2, 4, 6]) await learn(d);
    const few = await getVelocity(ctx(), me);
    expect(few.skills).toEqual([expect.objectContaining({ skillId: 'power-bi', days: 10 })]);
    expect(few.ownMedianDays).toBe(10);
    expect(few.others).toEqual([]);
    await learn(8);
    await learn(20);
    const enough = await getVelocity(ctx(), me);
    expect(enough.others).toEqual([{ skillId: 'power-bi', people: 5, medianDays: 6 }]);
  });

  it('creates notifications only for kinds the person keeps on, once per day', async () => {
    const u = await user();
    await addCard(ctx(), u, {
      skillId: 'excel',
      front: 'What is VLOOKUP?',
      back: 'A lookup function',
    });
    expect(await scanUserNotifications(ctx(), u)).toBe(1);
    expect(await scanUserNotifications(ctx(), u)).toBe(0);
    const { notifications, unread } = await listNotifications(ctx(), u);
    expect(notifications[0]).toMatchObject({ kind: 'reviews_due', payload: { count: 1 } });
    expect(unread).toBe(1);
    await updateNotificationSettings(ctx(), u, { reviews_due: false, peer_answer: false });
    clock.advance(DAY);
    expect(await scanUserNotifications(ctx(), u)).toBe(0);
    expect(await notify(ctx(), u, 'peer_answer', { briefId: 'x' })).toBeUndefined();
    expect(await notify(ctx(), u, 'credential_issued', { title: 'Excel' })).toMatchObject({
      kind: 'credential_issued',
    });
    expect(await markNotificationsRead(ctx(), u)).toBe(2);
    expect((await listNotifications(ctx(), u, { unreadOnly: true })).unread).toBe(0);
  });

  it('keeps the personal view and appends panels it does not list', async () => {
    const u = await user();
    const saved = await updateProgressView(ctx(), u, {
      panels: [
        { id: 'velocity', visible: false },
        { id: 'today', visible: true },
      ],
    });
    expect(saved.panels.slice(0, 2)).toEqual([
      { id: 'velocity', visible: false },
      { id: 'today', visible: true },
    ]);
    expect(saved.panels).toHaveLength(9);
    expect(await getProgressView(ctx(), u)).toEqual(saved);
    await expect(
      updateProgressView(ctx(), u, { panels: [{ id: 'nope', visible: true }] }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('learning velocity', () => {
  it('counts a ticked path step as learning, not as applying the skill', async () => {
    const { skillVelocity } = await import('./velocity.ts');
    const started = new Date('2026-03-02T09:00:00Z');
    const ticked = new Date('2026-03-02T11:00:00Z');
    const applied = new Date('2026-03-09T10:00:00Z');
    const d = {
      paths: [],
      logs: [{ skill_id: 'excel', started_at: started, minutes: 60 }],
      evidence: [
        { id: 'a', kind: 'path_step', skillIds: ['excel'], at: ticked },
        { id: 'b', kind: 'client_project', skillIds: ['excel'], at: applied },
      ],
      practice: [],
    } as unknown as Parameters<typeof skillVelocity>[0];
    expect(skillVelocity(d)).toEqual([
      {
        skillId: 'excel',
        startedAt: started.toISOString(),
        firstEvidenceAt: applied.toISOString(),
        days: 7,
      },
    ]);
  });
});

describe('weeks on the person’s own calendar', () => {
  it('puts a Monday morning in Auckland (a Sunday in UTC) in that Monday’s week', async () => {
    const { localDayStart, localWeekKey } = await import('./time.ts');
    const mondayInAuckland = new Date('2026-12-06T20:00:00Z');
    expect(localWeekKey(mondayInAuckland, 'Pacific/Auckland')).toBe('2026-12-07');
    expect(localWeekKey(mondayInAuckland, 'UTC')).toBe('2026-11-30');
    expect(localDayStart('2026-12-07', 'Pacific/Auckland').toISOString()).toBe(
      '2026-12-06T11:00:00.000Z',
    );
    // The day after Berlin moves its clocks forward begins at 22:00 UTC, not 23:00.
    expect(localDayStart('2026-03-30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(
      streakWeeks(
        [{ started_at: mondayInAuckland, minutes: 60 }],
        new Set(),
        new Date('2026-12-07T10:00:00Z'),
        'Pacific/Auckland',
      ),
    ).toBe(1);
  });
});
