import type { BriefContent, Review } from '../../shared/practice.ts';
import type { BriefRow, ReviewRow, SubmissionRow } from '../../store/repos/practice-repo.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import type { CheckedReview } from './check-review.ts';
import { recordPracticeEvidence } from './ports.ts';
import { presentReview } from './present.ts';
import { refreshScaffold } from './scaffolding.ts';

/**
 * Stores a checked review, marks the brief reviewed, re-applies the scaffolding rule for the
 * skill, and on the brief's first review records it in the evidence ledger (once per brief).
 */
export async function saveReview(
  ctx: Ctx,
  brief: BriefRow,
  submission: SubmissionRow,
  kind: Review['kind'],
  checked: CheckedReview,
  extra: {
    provenance?: Record<string, unknown> | null;
    shareId?: string | null;
    /** The peer who reviewed (named in the ledger entry, so its assurance can be judged). */
    reviewerId?: string | undefined;
  } = {},
): Promise<Review> {
  // Joins the caller's transaction when there is one (e.g. the demo seeding), else opens one.
  const run = <T>(fn: (tx: Ctx) => Promise<T>) =>
    ctx.store.db.isTransaction ? fn(ctx) : inTransaction(ctx, fn);
  return run(async (tx) => {
    const now = tx.clock.now();
    const row: ReviewRow = {
      id: tx.ids.id(),
      user_id: brief.user_id,
      brief_id: brief.id,
      submission_id: submission.id,
      kind,
      share_id: extra.shareId ?? null,
      scores: checked.scores,
      average: checked.average,
      flags: checked.flags,
      provenance: extra.provenance ?? null,
      created_at: now,
    };
    await tx.store.practice.insertReview(row);
    await tx.store.practice.updateBrief(brief.user_id, brief.id, {
      status: 'reviewed',
      updated_at: now,
    });
    await refreshScaffold(tx, brief.user_id, brief.skill_id);
    if (!brief.evidence_id) {
      const content = brief.content as BriefContent;
      const evidenceId = await recordPracticeEvidence(tx, brief.user_id, {
        title: `Practice: ${content.title}`,
        description: `Mock client brief (${brief.level}) delivered and reviewed (${kind} review, ${checked.average}/4).`,
        skillId: brief.skill_id,
        occurredAt: now,
        data: {
          briefId: brief.id,
          submissionId: submission.id,
          reviewId: row.id,
          reviewKind: kind,
          ...(kind === 'peer' && extra.reviewerId ? { reviewerId: extra.reviewerId } : {}),
          average: checked.average,
          scores: checked.scores.map((s) => ({ criterionId: s.criterionId, score: s.score })),
        },
      });
      if (evidenceId)
        await tx.store.practice.updateBrief(brief.user_id, brief.id, { evidence_id: evidenceId });
    }
    return presentReview(row);
  });
}
