import type { CreatePathInput, PathView } from '../../shared/paths.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { presentPath } from './get-path.ts';
import { planPath } from './plan-path.ts';

/**
 * Creates a path from a goal (role, skill ids, radar learn-next skill or free text) for the
 * user's profile, as version 1. Throws `invalid_input` for a goal that resolves to no skill,
 * unknown ids, or a deadline before the start date.
 */
export async function createPath(
  ctx: Ctx,
  userId: string,
  input: CreatePathInput,
): Promise<PathView> {
  const planned = await planPath(ctx, userId, {
    goal: input.goal,
    title: input.title,
    startDate: input.startDate,
    deadline: input.deadline,
  });
  const id = ctx.ids.id();
  const now = ctx.clock.now();
  const path = {
    id,
    user_id: userId,
    title: planned.plan.title,
    goal: input.goal,
    current_version: 1,
    visibility: 'private' as const,
    created_at: now,
    updated_at: now,
  };
  const version = {
    id: ctx.ids.id(),
    path_id: id,
    user_id: userId,
    version: 1,
    input_hash: planned.inputHash,
    plan_hash: planned.planHash,
    inputs: planned.inputs,
    inputsText: planned.inputsText,
    plan: planned.planText,
    reasons: ['First version.'],
    created_at: now,
  };
  await inTransaction(ctx, async (tx) => {
    await tx.store.paths.insertPath(path);
    await tx.store.paths.insertVersion(version);
  });
  // The plan was made from link statuses read moments ago: no need to compare them again.
  return presentPath(ctx, path, version, planned.plan, new Map(), false);
}
