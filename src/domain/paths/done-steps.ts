import type { Plan } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';

/**
 * The steps of `plan` that are done, with when: a step is done when it was ticked, and a
 * tick recorded before steps were split into objectives (keyed by the bare skill id) covers
 * every objective of that skill, so earlier progress carries over to re-planned versions.
 */
export async function listDoneSteps(
  ctx: Ctx,
  pathId: string,
  plan: Pick<Plan, 'steps'>,
): Promise<Map<string, Date>> {
  return doneStepsOf(await ctx.store.paths.listDone(pathId), plan);
}

/** `listDoneSteps` over tick rows already read (those of `plan`'s path). */
export function doneStepsOf(
  rows: ReadonlyArray<{ step_id: string; done_at: Date }>,
  plan: Pick<Plan, 'steps'>,
): Map<string, Date> {
  const recorded = new Map(rows.map((r) => [r.step_id, r.done_at]));
  const out = new Map<string, Date>();
  for (const s of plan.steps) {
    const at = recorded.get(s.id) ?? (s.id.includes('/') ? recorded.get(s.skillId) : undefined);
    if (at) out.set(s.id, at);
  }
  return out;
}
