import type { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { PathSummary, PathVersionInfo } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import { requirePath } from './get-path.ts';
import { loadUserPlans } from './user-plans.ts';

/** The user's paths, most recently changed first, with progress and schedule summary. */
export async function listPaths(
  ctx: Ctx,
  userId: string,
): Promise<Array<z.infer<typeof PathSummary>>> {
  return (await loadUserPlans(ctx, userId)).map(({ path: p, plan, done, numbers }) => ({
    id: p.id,
    title: p.title,
    currentVersion: p.current_version,
    steps: plan.steps.length,
    done: done.size,
    totalHours: plan.schedule.totalHours,
    endDate: plan.schedule.endDate,
    feasible: plan.schedule.feasible,
    updatedAt: p.updated_at.toISOString(),
    numbers,
  }));
}

/** Every version of a path, newest first, with the reasons recorded for it. Throws `not_found`. */
export async function listPathVersions(
  ctx: Ctx,
  userId: string,
  pathId: string,
): Promise<PathVersionInfo[]> {
  await requirePath(ctx, userId, pathId);
  const rows = await ctx.store.paths.listVersions(pathId);
  return rows.map((r) => ({
    version: r.version,
    inputHash: r.input_hash,
    planHash: r.plan_hash,
    reasons: r.reasons as string[],
    createdAt: r.created_at.toISOString(),
  }));
}

/** Deletes a path with its versions, progress, annotations and calendar links. Throws `not_found`. */
export async function deletePath(ctx: Ctx, userId: string, pathId: string): Promise<void> {
  if (!(await ctx.store.paths.deletePath(userId, pathId))) {
    throw new AppError('not_found', 'Path not found');
  }
}
