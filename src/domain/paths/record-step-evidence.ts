import type { PlanStep } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import { recordEvidence } from '../evidence/index.ts';

/**
 * Turns a completed path step into an evidence-ledger entry (kind `path_step`, data
 * `{ pathId, stepId }`) through the evidence capability, inside the caller's transaction.
 * Returns the entry id. Throws what `recordEvidence` throws (`invalid_input`).
 */
export async function recordStepEvidence(
  ctx: Ctx,
  userId: string,
  pathId: string,
  pathTitle: string,
  step: PlanStep,
): Promise<{ entryId: string }> {
  const entry = await recordEvidence(ctx, userId, {
    kind: 'path_step',
    title: `Completed "${step.skillName}" in "${pathTitle}"`.slice(0, 200),
    description: `${step.objective}\nPractice task: ${step.practiceTask}`.slice(0, 5000),
    skills: [step.skillId],
    data: {
      pathId,
      stepId: step.id,
      // Ticked by the person: a self-reported completion (assurance self_reported).
      completion: 'ticked',
      hours: step.hours,
      resources: step.resources.map((r) => r.url).slice(0, 5),
    },
    visibility: 'private',
  });
  return { entryId: entry.id };
}
