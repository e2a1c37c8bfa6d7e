import type { PathNumbers, Plan } from '../../shared/paths.ts';
import type { TimeLogRow } from '../../store/repos/progress-repo.ts';
import type { PlanInputs } from './plan-types.ts';
import { scheduleSteps } from './schedule-steps.ts';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The one set of numbers every screen shows for a path: steps done of total, hours planned,
 * hours logged (time entries recorded against this path only, so an hour shared by paths
 * with the same skills counts once), and the finish date at the person's pace from today
 * for what is left (it moves as they work ahead or fall behind). Pure.
 */
export function pathNumbers(opts: {
  pathId: string;
  plan: Pick<Plan, 'steps' | 'schedule'>;
  inputs: Partial<PlanInputs> | undefined;
  done: ReadonlyMap<string, Date>;
  logs: readonly Pick<TimeLogRow, 'path_id' | 'minutes'>[];
  today: string;
}): PathNumbers {
  const { plan, done } = opts;
  const s = plan.schedule;
  const left = plan.steps.filter((x) => !done.has(x.id));
  const minutes = opts.logs
    .filter((l) => l.path_id === opts.pathId)
    .reduce((m, l) => m + l.minutes, 0);
  let finishDate: string | null = null;
  if (left.length) {
    const profile = opts.inputs?.profile;
    const projected = scheduleSteps(left, {
      startDate: opts.today > s.startDate ? opts.today : s.startDate,
      deadline: s.deadline,
      weeklyHours: profile?.weeklyHours ?? s.hoursPerLearningDay * s.learningDays.length,
      learningDays:
        profile?.learningDays ?? (s.learningDays as PlanInputs['profile']['learningDays']),
      dayStart: profile?.preferredStart,
      availability: opts.inputs?.availability,
    });
    finishDate = projected.endDate;
  }
  return {
    stepsDone: plan.steps.length - left.length,
    stepsTotal: plan.steps.length,
    hoursPlanned: s.totalHours,
    hoursLogged: round1(minutes / 60),
    hoursLeft: round1(left.reduce((h, x) => h + x.hours, 0)),
    plannedFinish: s.endDate,
    finishDate,
    finished: left.length === 0 && plan.steps.length > 0,
  };
}
