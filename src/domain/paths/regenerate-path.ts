import type { PathDiff, PathView, RegeneratePathInput } from '../../shared/paths.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { diffPlans } from './diff-plans.ts';
import { getPath, requirePath, requireVersion } from './get-path.ts';
import { planPath } from './plan-path.ts';
import type { PlanInputs } from './plan-types.ts';

/**
 * Re-plans a path from the current profile, catalog, taxonomy and model (and any new goal or
 * dates). When the inputs are unchanged the plan would be byte-identical, so no version is
 * added (`changed: false`); otherwise a new version is stored with the reasons for the change
 * and the diff from the previous one. Throws `not_found` and `invalid_input`.
 */
export async function regeneratePath(
  ctx: Ctx,
  userId: string,
  pathId: string,
  input: RegeneratePathInput,
  /** An automatic re-plan: the steps done so far (they get no sessions) and why. */
  pace?: { doneStepIds: string[]; reason: string; startDate?: string; deadline?: string | null },
): Promise<{ changed: boolean; path: PathView; diff: PathDiff | null }> {
  const path = await requirePath(ctx, userId, pathId);
  const cur = await requireVersion(ctx, pathId, path.current_version);
  const curInputs = cur.row.inputs as PlanInputs;
  const planned = await planPath(ctx, userId, {
    goal: input.goal ?? curInputs.goal,
    title: input.goal ? undefined : curInputs.title,
    startDate: pace ? pace.startDate : (input.startDate ?? curInputs.startDate),
    deadline:
      pace?.deadline !== undefined
        ? pace.deadline
        : input.deadline !== undefined
          ? input.deadline
          : curInputs.deadline,
    doneStepIds: pace?.doneStepIds ?? curInputs.doneStepIds,
    pace: pace?.reason ?? curInputs.pace,
  });
  if (planned.inputHash === cur.row.input_hash) {
    return { changed: false, path: await getPath(ctx, userId, pathId), diff: null };
  }
  const version = path.current_version + 1;
  const diff = diffPlans(
    { version: cur.row.version, plan: cur.plan, inputs: curInputs },
    { version, plan: planned.plan, inputs: planned.inputs },
  );
  const now = ctx.clock.now();
  await inTransaction(ctx, async (tx) => {
    await tx.store.paths.insertVersion({
      id: ctx.ids.id(),
      path_id: pathId,
      user_id: userId,
      version,
      input_hash: planned.inputHash,
      plan_hash: planned.planHash,
      inputs: planned.inputs,
      inputsText: planned.inputsText,
      plan: planned.planText,
      reasons: diff.inputChanges.length ? diff.inputChanges : ['Regenerated.'],
      created_at: now,
    });
    await tx.store.paths.updatePath(pathId, {
      current_version: version,
      updated_at: now,
      title: planned.plan.title,
      ...(input.goal ? { goal: input.goal } : {}),
    });
  });
  return { changed: true, path: await getPath(ctx, userId, pathId), diff };
}

/** The diff between two versions of a path (default: previous → current). Throws `not_found`. */
export async function diffPathVersions(
  ctx: Ctx,
  userId: string,
  pathId: string,
  q: { from?: number | undefined; to?: number | undefined },
): Promise<PathDiff> {
  const path = await requirePath(ctx, userId, pathId);
  const to = q.to ?? path.current_version;
  const from = q.from ?? Math.max(1, to - 1);
  const a = await requireVersion(ctx, pathId, from);
  const b = await requireVersion(ctx, pathId, to);
  return diffPlans(
    { version: from, plan: a.plan, inputs: a.row.inputs as PlanInputs },
    { version: to, plan: b.plan, inputs: b.row.inputs as PlanInputs },
  );
}
