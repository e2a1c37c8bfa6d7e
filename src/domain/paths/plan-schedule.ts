import type { Plan, PlanStep } from '../../shared/paths.ts';
import { fitToDeadline } from './fit-to-deadline.ts';
import type { PlanInputs } from './plan-types.ts';
import { learningHoursBetween, scheduleSteps } from './schedule-steps.ts';

const MAX_WEEKLY_HOURS = 80;

/**
 * Schedules a plan's steps. When a deadline leaves too little time for all of them, plans the
 * most valuable objectives that fit (see `fitToDeadline`), lists the deferred ones with why,
 * and offers two ways to fit everything: move the deadline to the date the whole path would
 * end at this pace, or learn more hours a week until the deadline. Pure.
 */
export function planSchedule(
  all: PlanStep[],
  inputs: Pick<PlanInputs, 'startDate' | 'deadline' | 'profile' | 'availability' | 'doneStepIds'>,
): Pick<Plan, 'steps' | 'schedule' | 'deferred' | 'alternatives'> {
  // Steps done before a re-plan stay in the plan (their ticks carry over) but get no sessions.
  const doneIds = new Set(inputs.doneStepIds ?? []);
  if (doneIds.size) {
    const left = all.filter((s) => !doneIds.has(s.id));
    const r = planSchedule(left, { ...inputs, doneStepIds: [] });
    const kept = new Set(r.steps.map((s) => s.id));
    return { ...r, steps: all.filter((s) => doneIds.has(s.id) || kept.has(s.id)) };
  }
  const steps = all;
  const opts = {
    startDate: inputs.startDate,
    deadline: inputs.deadline,
    weeklyHours: inputs.profile.weeklyHours,
    learningDays: inputs.profile.learningDays,
    dayStart: inputs.profile.preferredStart,
    availability: inputs.availability,
  };
  const total = steps.reduce((h, s) => h + s.hours, 0);
  const deadline = inputs.deadline;
  if (!deadline)
    return { steps, schedule: scheduleSteps(steps, opts), deferred: [], alternatives: [] };
  const window = learningHoursBetween(
    inputs.startDate,
    deadline,
    opts.weeklyHours,
    opts.learningDays,
    opts.availability,
    opts.dayStart,
  );
  if (total <= window.hours || window.hours <= 0)
    return { steps, schedule: scheduleSteps(steps, opts), deferred: [], alternatives: [] };
  const { kept, deferred } = fitToDeadline(steps, window.hours, deadline);
  const whole = scheduleSteps(steps, { ...opts, deadline: null });
  const alternatives: NonNullable<Plan['alternatives']> = [];
  if (whole.endDate)
    alternatives.push({
      kind: 'extend_deadline',
      deadline: whole.endDate,
      weeklyHours: null,
      message: `Extend the deadline to ${whole.endDate} to fit all ${steps.length} objectives (${total} h) at your current ${opts.weeklyHours} h a week.`,
    });
  const learningDays = opts.learningDays.length;
  const perDay = window.days ? total / window.days : Number.POSITIVE_INFINITY;
  const weekly = Math.ceil(perDay * learningDays);
  alternatives.push({
    kind: 'more_hours',
    deadline: null,
    weeklyHours: weekly <= MAX_WEEKLY_HOURS ? weekly : null,
    message:
      weekly <= MAX_WEEKLY_HOURS
        ? `Learn ${weekly} h a week (instead of ${opts.weeklyHours} h) until ${deadline} to fit everything.`
        : `Even ${MAX_WEEKLY_HOURS} h a week would not fit everything before ${deadline}; extend the deadline or narrow the goal.`,
  });
  return {
    steps: kept,
    schedule: scheduleSteps(kept, opts),
    deferred,
    alternatives,
  };
}
