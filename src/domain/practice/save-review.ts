import type { BriefContent, Review } from '../../shared/practice.ts';
import type { BriefRow, ReviewRow, SubmissionRow } from '../../store/repos/practice-repo.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import type { CheckedReview } from './check-review.ts';
import { presentReview } from './present.ts';
import { recordPracticeEvidence } from './record-practice-evidence.ts';
import { refreshScaffold } from './scaffolding.ts';

/**
 * Stores a checked review, marks the brief reviewed, re-applies the scaffolding rule for the
 * skill, and on the brief's first review with a counted score records it in the evidence
 * ledger (once per brief), with the average of the counted scores only.
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
  return inTransaction(ctx, async (tx) => {
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
    // A review none of whose scores counts (an obeyed or unsupported model review) is shown,
    // but it moves nothing: no ledger entry, and the scaffolding replay skips it.
    if (!brief.evidence_id && checked.counted > 0) {
      const content = brief.content as BriefContent;
      const evidenceId = await recordPracticeEvidence(tx, brief.user_id, {
        title: `Practice: ${content.title}`,
        description: `Mock client brief (${brief.level}) delivered and reviewed (${kind} review, ${checked.average}/4${checked.counted < checked.scores.length ? ` over the ${checked.counted} of ${checked.scores.length} criteria backed by quotes` : ''}).`,
        skillId: brief.skill_id,
        occurredAt: now,
        data: {
          briefId: brief.id,
          submissionId: submission.id,
          reviewId: row.id,
          reviewKind: kind,
          ...(kind === 'peer' && extra.reviewerId ? { reviewerId: extra.reviewerId } : {}),
          average: checked.average,
          scores: checked.scores
            .filter((s) => s.counted !== false)
            .map((s) => ({ criterionId: s.criterionId, score: s.score })),
        },
      });
      if (evidenceId)
        await tx.store.practice.updateBrief(brief.user_id, brief.id, { evidence_id: evidenceId });
    }
    return presentReview(row);
  });
}
