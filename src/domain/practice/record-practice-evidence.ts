import type { Ctx } from '../ctx.ts';
import { recordEvidence } from '../evidence/index.ts';

/** Records a reviewed practice deliverable in the evidence ledger; returns the entry id. */
export async function recordPracticeEvidence(
  ctx: Ctx,
  userId: string,
  input: {
    title: string;
    description: string;
    skillId: string;
    occurredAt: Date;
    data: Record<string, unknown>;
  },
): Promise<string> {
  const entry = await recordEvidence(ctx, userId, {
    kind: 'practice_deliverable',
    title: input.title.slice(0, 200),
    description: input.description,
    skills: [input.skillId],
    occurredAt: input.occurredAt.toISOString(),
    data: { ...input.data, reviewed: true },
    visibility: 'private',
  });
  return entry.id;
}
