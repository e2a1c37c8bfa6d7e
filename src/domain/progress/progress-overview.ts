import type { GoalProgress, ProgressOverview, SkillProgress } from '../../shared/progress.ts';
import type { Ctx } from '../ctx.ts';
import { getProgressView } from '../notifications/index.ts';
import { gatherProgress, type ProgressData } from './gather.ts';
import { addDayKey, localWeekKey, round1 } from './time.ts';

const minutesToHours = (m: number) => round1(m / 60);

function goalRows(d: ProgressData): GoalProgress[] {
  // The paths capability's numbers: the same on the dashboard, the path and here.
  return d.paths.map((p) => {
    return {
      pathId: p.id,
      title: p.title,
      stepsDone: p.numbers.stepsDone,
      stepsTotal: p.numbers.stepsTotal,
      hoursLogged: p.numbers.hoursLogged,
      hoursPlanned: p.numbers.hoursPlanned,
      finishDate: p.numbers.finishDate,
      skills: [...new Set(p.steps.flatMap((s) => s.skillIds))].sort(),
    };
  });
}

function skillRows(d: ProgressData): SkillProgress[] {
  const ids = new Set<string>();
  for (const p of d.paths) for (const s of p.steps) for (const k of s.skillIds) ids.add(k);
  for (const l of d.logs) if (l.skill_id) ids.add(l.skill_id);
  for (const r of d.practice) ids.add(r.skillId);
  for (const e of d.evidence) for (const k of e.skillIds) ids.add(k);
  for (const k of d.credentials.keys()) ids.add(k);
  const steps = d.paths.flatMap((p) => p.steps);
  return [...ids].sort().map((skillId) => {
    const mine = steps.filter((s) => s.skillIds.includes(skillId));
    return {
      skillId,
      stepsDone: mine.filter((s) => s.done).length,
      stepsTotal: mine.length,
      hoursLogged: minutesToHours(
        d.logs.filter((l) => l.skill_id === skillId).reduce((a, l) => a + l.minutes, 0),
      ),
      // A step that teaches several skills counts its estimate evenly towards each.
      hoursPlanned: round1(mine.reduce((a, s) => a + s.hours / Math.max(1, s.skillIds.length), 0)),
      practice: d.practice
        .filter((r) => r.skillId === skillId)
        .map((r) => ({ briefId: r.briefId, at: r.at.toISOString(), average: r.average })),
      evidenceCount: d.evidence.filter((e) => e.skillIds.includes(skillId)).length,
      credential: d.credentials.get(skillId) ?? 'none',
    };
  });
}

/**
 * Consecutive weeks with logged learning up to now. Declared busy weeks are skipped (they
 * neither count nor break the streak), and the current week only counts once it has time.
 */
export function streakWeeks(
  logs: Array<{ started_at: Date; minutes: number }>,
  busy: Set<string>,
  now: Date,
  tz = 'UTC',
): number {
  const active = new Set(
    logs.filter((l) => l.minutes > 0).map((l) => localWeekKey(new Date(l.started_at), tz)),
  );
  let key = localWeekKey(now, tz);
  let streak = 0;
  if (!active.has(key)) key = addDayKey(key, -7);
  for (let i = 0; i < 520; i++, key = addDayKey(key, -7)) {
    if (active.has(key)) streak++;
    else if (!busy.has(key)) break;
  }
  return streak;
}

/**
 * Progress per goal (path) and per skill: steps done, hours logged against planned, practice
 * results, evidence count and credential status, plus the week's hours against the budget.
 * Capabilities that are not available count as zero/none and are named in `unavailable`.
 */
export function getProgressOverview(ctx: Ctx, userId: string): Promise<ProgressOverview> {
  // Week starts and local dates move at most every 15 minutes; any change to what the
  // overview reads renews the person's stamp.
  const window = Math.floor(ctx.clock.now().getTime() / (15 * 60_000));
  return ctx.store.personCache.read(userId, `progress:${window}`, () =>
    computeOverview(ctx, userId),
  );
}

async function computeOverview(ctx: Ctx, userId: string): Promise<ProgressOverview> {
  const view = await getProgressView(ctx, userId);
  const d = await gatherProgress(ctx, userId, view.busyWeeks);
  const now = ctx.clock.now();
  // This week on the person's own calendar (a Monday 09:00 in Auckland is Sunday in UTC).
  const thisWeek = localWeekKey(now, d.timeZone);
  return {
    goals: goalRows(d),
    skills: skillRows(d),
    // This week's budget: the weekly hours, or the hours a busy week was marked with.
    weeklyBudgetHours: Math.min(d.weeklyHours, d.busyHours.get(thisWeek) ?? d.weeklyHours),
    hoursThisWeek: minutesToHours(
      d.logs
        .filter((l) => localWeekKey(new Date(l.started_at), d.timeZone) === thisWeek)
        .reduce((a, l) => a + l.minutes, 0),
    ),
    streakWeeks: streakWeeks(d.logs, d.busyWeeks, now, d.timeZone),
    unavailable: d.unavailable,
  };
}
