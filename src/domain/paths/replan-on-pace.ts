import type { Ctx } from '../ctx.ts';
import { listDoneSteps } from './done-steps.ts';
import { today } from './gather-inputs.ts';
import { requirePath, requireVersion } from './get-path.ts';
import type { PlanInputs } from './plan-types.ts';
import { regeneratePath } from './regenerate-path.ts';

const round = (h: number) => Math.round(h * 4) / 4;

/**
 * How far the person's ticks are from the current plan today: hours of the steps done that
 * this version scheduled, against the hours its sessions planned before today (behind) or
 * up to the end of today (ahead). Off by a learning day's hours (at least 2 h) either way
 * gives the reason to re-plan; else null.
 */
export function paceOf(opts: {
  plan: {
    steps: Array<{ id: string; hours: number }>;
    schedule: {
      hoursPerLearningDay: number;
      sessions: Array<{ stepId: string; date: string; hours: number }>;
    };
  };
  doneBefore: readonly string[];
  done: ReadonlySet<string>;
  today: string;
}): string | null {
  const before = new Set(opts.doneBefore);
  const sum = (keep: (date: string) => boolean) =>
    round(opts.plan.schedule.sessions.filter((s) => keep(s.date)).reduce((h, s) => h + s.hours, 0));
  // Behind: less done than the days before today planned. Ahead: more than today's end will.
  const planned = sum((d) => d < opts.today);
  const plannedToday = sum((d) => d <= opts.today);
  const done = round(
    opts.plan.steps
      .filter((s) => opts.done.has(s.id) && !before.has(s.id))
      .reduce((h, s) => h + s.hours, 0),
  );
  const threshold = Math.max(2, opts.plan.schedule.hoursPerLearningDay);
  const hours = (h: number) => `${h} ${h === 1 ? 'hour' : 'hours'}`;
  if (done - plannedToday >= threshold)
    return `Re-planned: you are ahead of the plan (${hours(done)} done, ${hours(plannedToday)} planned up to ${opts.today}), so the rest moves earlier.`;
  if (planned - done >= threshold)
    return `Re-planned: you are behind the plan (${hours(done)} done, ${hours(planned)} planned before ${opts.today}), so the rest moves from today.`;
  return null;
}

/**
 * Re-plans a path automatically when progress runs ahead of or behind its schedule (see
 * `paceOf`): a new version from today that keeps the done steps (without sessions) and
 * names the reason. A deadline already passed is dropped. Returns the new version, or null
 * when the path is on pace (or the re-plan changes nothing).
 */
export async function replanOnPace(
  ctx: Ctx,
  userId: string,
  pathId: string,
): Promise<{ version: number; reason: string } | null> {
  const path = await requirePath(ctx, userId, pathId);
  const cur = await requireVersion(ctx, pathId, path.current_version);
  const inputs = cur.row.inputs as Partial<PlanInputs>;
  const done = await listDoneSteps(ctx, pathId, cur.plan);
  if (done.size === cur.plan.steps.length) return null;
  const day = today(ctx, inputs.profile?.timeZone);
  // A step this version left unscheduled as done, now undone, needs its sessions back whatever
  // the pace says: otherwise the schedule, the calendar and the hours left disagree.
  const reopened = (inputs.doneStepIds ?? []).filter((id) => !done.has(id));
  const reason = reopened.length
    ? `Re-planned: ${reopened.length === 1 ? 'a step you had ticked is' : `${reopened.length} steps you had ticked are`} to do again, so ${reopened.length === 1 ? 'it is' : 'they are'} scheduled.`
    : paceOf({
        plan: cur.plan,
        doneBefore: inputs.doneStepIds ?? [],
        done: new Set(done.keys()),
        today: day,
      });
  if (!reason) return null;
  const deadline = inputs.deadline && inputs.deadline >= day ? inputs.deadline : null;
  const r = await regeneratePath(
    ctx,
    userId,
    pathId,
    {},
    {
      doneStepIds: [...done.keys()],
      reason,
      deadline,
    },
  );
  return r.changed ? { version: r.path.version.version, reason } : null;
}
