import { AppError } from '../../errors.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { requirePath, requireVersion } from './get-path.ts';
import { recordStepEvidence } from './record-step-evidence.ts';
import { replanOnPace } from './replan-on-pace.ts';

/** Re-plans when the tick put the person off pace; a failed re-plan never fails the tick. */
async function replanAfterTick(ctx: Ctx, userId: string, pathId: string) {
  try {
    return await replanOnPace(ctx, userId, pathId);
  } catch (e) {
    ctx.log.warn('automatic re-plan failed', { pathId, error: (e as Error).message });
    return null;
  }
}

/**
 * Ticks a step of the current version done (recording evidence of it through the evidence
 * capability, and the time it took when given) or undone (the evidence entry and the time
 * logged stay: the ledger is append-only and the time was spent). Idempotent.
 * When the person is then ahead of or behind the plan, the path is re-planned (`replanned`).
 * Throws `not_found` for an unknown path or step.
 */
export async function tickStep(
  ctx: Ctx,
  userId: string,
  pathId: string,
  stepId: string,
  done: boolean,
  minutes?: number | undefined,
): Promise<{
  stepId: string;
  done: boolean;
  evidence: { entryId: string } | null;
  replanned: { version: number; reason: string } | null;
}> {
  const path = await requirePath(ctx, userId, pathId);
  const { plan } = await requireVersion(ctx, pathId, path.current_version);
  const step = plan.steps.find((s) => s.id === stepId);
  if (!step) throw new AppError('not_found', 'Step not found in the current version');
  if (!done) {
    await ctx.store.paths.markUndone(pathId, stepId);
    return {
      stepId,
      done: false,
      evidence: null,
      replanned: await replanAfterTick(ctx, userId, pathId),
    };
  }
  const ticked = await inTransaction(ctx, async (tx) => {
    const inserted = await tx.store.paths.markDone({
      path_id: pathId,
      step_id: stepId,
      user_id: userId,
      skill_id: step.skillId,
      done_at: tx.clock.now(),
    });
    const evidence = inserted
      ? await recordStepEvidence(tx, userId, pathId, path.title, step)
      : null;
    if (inserted && minutes) {
      // The time it took, as the person said when ticking: a manual entry of this path,
      // ending now (so it counts once, towards this path and the step's skill).
      const now = tx.clock.now();
      await tx.store.progress.insertTimeLog({
        id: tx.ids.id(),
        user_id: userId,
        target_kind: 'step',
        target_id: stepId,
        skill_id: step.skillId,
        path_id: pathId,
        source: 'manual',
        source_ref: `tick:${pathId}:${stepId}`,
        started_at: new Date(now.getTime() - minutes * 60_000),
        ended_at: now,
        minutes,
        note: 'Time given when ticking the step done',
        created_at: now,
      });
    }
    return { stepId, done: true, evidence };
  });
  return { ...ticked, replanned: await replanAfterTick(ctx, userId, pathId) };
}
