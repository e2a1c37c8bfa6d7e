import type { PathNumbers, Plan } from '../../shared/paths.ts';
import type { PathRow } from '../../store/repos/paths-repo.ts';
import type { Ctx } from '../ctx.ts';
import { doneStepsOf } from './done-steps.ts';
import { numbersOf } from './get-path.ts';
import type { PlanInputs } from './plan-types.ts';

/** One path of a person with its current plan, the steps done and its numbers. */
export interface UserPlan {
  path: PathRow;
  plan: Plan;
  done: ReadonlyMap<string, Date>;
  numbers: PathNumbers;
}

/** Local dates move at most every 15 minutes (every time zone's offset is a multiple of it). */
const CLOCK_WINDOW_MS = 15 * 60_000;

/**
 * The person's paths, most recently changed first, each with its current plan, done steps and
 * numbers: four queries however many paths there are (paths with current versions, ticks,
 * minutes per path summed in SQL). Cached per person until any of their paths, ticks or time
 * logs change (or the 15-minute clock window in which local dates stay put moves on); the
 * value is shared, callers must not change it.
 */
export function loadUserPlans(ctx: Ctx, userId: string): Promise<UserPlan[]> {
  const window = Math.floor(ctx.clock.now().getTime() / CLOCK_WINDOW_MS);
  return ctx.store.personCache.read(userId, `paths:${window}`, async () => {
    const rows = await ctx.store.paths.listCurrentPlans(userId);
    if (!rows.length) return [];
    const [ticks, minutes] = await Promise.all([
      ctx.store.paths.listDoneOfUser(userId),
      ctx.store.progress.minutesByPath(userId),
    ]);
    const out: UserPlan[] = [];
    for (const { plan: text, inputs_profile, inputs_availability, ...path } of rows) {
      const plan = JSON.parse(text) as Plan;
      const done = doneStepsOf(
        ticks.filter((t) => t.path_id === path.id),
        plan,
      );
      const inputs = {
        profile: inputs_profile ?? undefined,
        availability: inputs_availability ?? undefined,
      } as Partial<PlanInputs>;
      const numbers = await numbersOf(ctx, path, inputs, plan, done, minutes);
      out.push({ path, plan, done, numbers });
    }
    return out;
  });
}
