import { AppError } from '../../errors.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { requirePath, requireVersion } from './get-path.ts';
import { recordStepEvidence } from './record-step-evidence.ts';

/**
 * Ticks a step of the current version done (recording evidence of it through the evidence
 * capability) or undone (the evidence entry stays: the ledger is append-only). Idempotent.
 * Throws `not_found` for an unknown path or step.
 */
export async function tickStep(
  ctx: Ctx,
  userId: string,
  pathId: string,
  stepId: string,
  done: boolean,
): Promise<{ stepId: string; done: boolean; evidence: { entryId: string } | null }> {
  const path = await requirePath(ctx, userId, pathId);
  const { plan } = await requireVersion(ctx, pathId, path.current_version);
  const step = plan.steps.find((s) => s.id === stepId);
  if (!step) throw new AppError('not_found', 'Step not found in the current version');
  if (!done) {
    await ctx.store.paths.markUndone(pathId, stepId);
    return { stepId, done: false, evidence: null };
  }
  return inTransaction(ctx, async (tx) => {
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
    return { stepId, done: true, evidence };
  });
}
