import type { z } from 'zod';
import { AppError, parseInput } from '../../errors.ts';
import { type Annotation, AnnotationInput } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import { listDoneSteps } from './done-steps.ts';
import { requirePath, requireVersion } from './get-path.ts';

async function requireStep(ctx: Ctx, userId: string, pathId: string, stepId: string) {
  const path = await requirePath(ctx, userId, pathId);
  const { plan } = await requireVersion(ctx, pathId, path.current_version);
  const step = plan.steps.find((s) => s.id === stepId);
  if (!step) throw new AppError('not_found', 'Step not found in the current version');
  return { step, plan };
}

/**
 * Records whether a finished step worked for the person, with a note (a community trace:
 * public annotations are shown to everyone whose path has the same skill step). Throws
 * `not_found`, `invalid_input` (no verdict), and `conflict` when the step is not ticked done yet.
 */
export async function annotateStep(
  ctx: Ctx,
  userId: string,
  pathId: string,
  stepId: string,
  raw: z.input<typeof AnnotationInput> | Record<string, unknown>,
): Promise<Annotation> {
  const { step, plan } = await requireStep(ctx, userId, pathId, stepId);
  const input = parseInput(AnnotationInput, raw, 'The annotation is not valid');
  const done = await listDoneSteps(ctx, pathId, plan);
  if (!done.has(stepId))
    throw new AppError('conflict', 'Tick the step done before saying whether it worked');
  const row = {
    id: ctx.ids.id(),
    user_id: userId,
    path_id: pathId,
    step_id: stepId,
    skill_id: step.skillId,
    verdict: input.verdict,
    note: input.note,
    visibility: input.visibility,
    created_at: ctx.clock.now(),
  };
  await ctx.store.paths.insertAnnotation(row);
  return {
    id: row.id,
    stepId,
    skillId: step.skillId,
    verdict: row.verdict,
    note: row.note,
    mine: true,
    createdAt: row.created_at.toISOString(),
  };
}

/** Annotations on this step's skill the user may read (public ones and their own). Throws `not_found`. */
export async function listStepAnnotations(
  ctx: Ctx,
  userId: string,
  pathId: string,
  stepId: string,
): Promise<Annotation[]> {
  const { step } = await requireStep(ctx, userId, pathId, stepId);
  const rows = await ctx.store.paths.listAnnotations(step.skillId, userId);
  return rows.map((r) => ({
    id: r.id,
    stepId: r.step_id,
    skillId: r.skill_id,
    verdict: r.verdict,
    note: r.note,
    mine: r.user_id === userId,
    createdAt: r.created_at.toISOString(),
  }));
}
