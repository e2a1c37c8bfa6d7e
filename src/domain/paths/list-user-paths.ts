import type { PathView } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import { loadUserPlans } from './user-plans.ts';

/** A path step as progress and review cards need it. */
export interface StepLike {
  id: string;
  title: string;
  objective: string;
  skillIds: string[];
  hours: number;
  done: boolean;
  doneAt: Date | undefined;
}

/** A path (a goal) with its steps. */
export interface PathLike {
  id: string;
  title: string;
  deadline: Date | undefined;
  steps: StepLike[];
  /** The path's numbers as the paths capability computes them (one source for every screen). */
  numbers: PathView['numbers'];
}

/** The person's paths with their current steps and which are done. */
export async function listUserPaths(ctx: Ctx, userId: string): Promise<PathLike[]> {
  return (await loadUserPlans(ctx, userId)).map(({ path, plan, done, numbers }) => {
    const deadline = plan.schedule.deadline;
    return {
      id: path.id,
      title: path.title,
      deadline: deadline ? new Date(`${deadline}T23:59:59Z`) : undefined,
      numbers,
      steps: plan.steps.map((s) => {
        const doneAt = done.get(s.id);
        return {
          id: s.id,
          title: s.title ?? s.skillName,
          objective: s.objective,
          skillIds: [s.skillId],
          hours: s.hours,
          done: !!doneAt,
          doneAt,
        };
      }),
    };
  });
}
