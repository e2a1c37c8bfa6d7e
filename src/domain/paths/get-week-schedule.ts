import type { z } from 'zod';
import type { WeekSchedule } from '../../shared/paths.ts';
import { getProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { listDoneSteps } from './done-steps.ts';
import { today } from './gather-inputs.ts';
import { requirePath, requireVersion } from './get-path.ts';

function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * The sessions of the current version in one week (Monday to Sunday; default: this week),
 * each with its step's name and whether the step is done. Throws `not_found`.
 */
export async function getWeekSchedule(
  ctx: Ctx,
  userId: string,
  pathId: string,
  week?: string,
): Promise<z.infer<typeof WeekSchedule>> {
  const path = await requirePath(ctx, userId, pathId);
  const { plan } = await requireVersion(ctx, pathId, path.current_version);
  const done = await listDoneSteps(ctx, pathId, plan);
  const weekStart = mondayOf(week ?? today(ctx, (await getProfile(ctx, userId)).timeZone));
  const end = new Date(`${weekStart}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 7);
  const weekEnd = end.toISOString().slice(0, 10);
  const names = new Map(plan.steps.map((s) => [s.id, s.title ?? s.skillName]));
  const sessions = plan.schedule.sessions
    .filter((s) => s.date >= weekStart && s.date < weekEnd)
    .map((s) => ({ ...s, skillName: names.get(s.stepId) ?? s.stepId, done: done.has(s.stepId) }));
  return { weekStart, sessions, hours: sessions.reduce((h, s) => h + s.hours, 0) };
}
