import { useState } from 'react';
import type { Brief, Review } from '../../../../../src/shared/practice.ts';
import { practiceApi } from '../api.ts';
import { AiReviewButton } from './ai-review-button.tsx';
import { CriterionScoresForm } from './criterion-scores-form.tsx';
import { ReviewCard } from './review-card.tsx';
import { ShareForReview } from './share-for-review.tsx';

/**
 * Step 2 of a brief: self-review (always), AI review (with a model), peer review (when shared),
 * then every review received, per rubric criterion.
 */
export function ReviewSection({
  brief,
  reviews,
  modelActive,
  onReviewed,
}: {
  brief: Brief;
  reviews: Review[];
  modelActive: boolean;
  onReviewed: (r: Review) => void;
}) {
  const rubric = brief.content.rubric;
  const hasSelf = reviews.some((r) => r.kind === 'self');
  const [selfOpen, setSelfOpen] = useState(!hasSelf);
  const submitted = brief.status !== 'open';

  return (
    <section className="panel" aria-labelledby="reviews-title">
      <h2 id="reviews-title">
        <span className="step-number" aria-hidden="true">
          2
        </span>
        Reviews against the rubric
      </h2>
      {!submitted ? (
        <p className="muted">Submit your deliverable first; then review it here.</p>
      ) : (
        <>
          <h3>Self-review</h3>
          {selfOpen ? (
            <CriterionScoresForm
              rubric={rubric}
              submitLabel="Save self-review"
              intro="Score your work as the client would: 0 missing, 1 weak, 2 partly there, 3 good, 4 excellent. Honest scores move your help level the right way."
              onSubmit={async (scores) => {
                onReviewed(await practiceApi.selfReview(brief.id, scores));
                setSelfOpen(false);
              }}
            />
          ) : (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setSelfOpen(true)}
            >
              Review yourself again
            </button>
          )}
          <h3>AI review</h3>
          <AiReviewButton briefId={brief.id} modelActive={modelActive} onReviewed={onReviewed} />
          <h3>Peer review</h3>
          <ShareForReview briefId={brief.id} />
        </>
      )}
      {reviews.length ? (
        <div className="review-list" aria-live="polite">
          <h3>Received ({reviews.length})</h3>
          {[...reviews].reverse().map((r) => (
            <ReviewCard key={r.id} review={r} rubric={rubric} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
