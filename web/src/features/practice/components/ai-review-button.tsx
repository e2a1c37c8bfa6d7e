import { useState } from 'react';
import { Link } from 'react-router';
import type { Review } from '../../../../../src/shared/practice.ts';
import { describeError } from '../../../forms/field-errors.ts';
import { practiceApi } from '../api.ts';

/**
 * Asks the configured model to review the latest submission. Without a model the button is
 * disabled and says why and where to set one up.
 */
export function AiReviewButton({
  briefId,
  modelActive,
  onReviewed,
}: {
  briefId: string;
  modelActive: boolean;
  onReviewed: (r: Review) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function run() {
    setBusy(true);
    setMessage('The model is reading your submission…');
    try {
      const review = await practiceApi.aiReview(briefId);
      setMessage(
        review.flags.length
          ? `AI review added, with ${review.flags.length} flagged item(s) — see below.`
          : 'AI review added below.',
      );
      onReviewed(review);
    } catch (e) {
      setMessage(`AI review failed: ${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ai-review">
      <button
        type="button"
        className="button button-secondary"
        disabled={!modelActive || busy}
        aria-describedby="ai-review-why"
        onClick={run}
      >
        {busy ? 'Reviewing…' : 'Ask the AI to review'}
      </button>
      <p id="ai-review-why" className="field-hint">
        {modelActive ? (
          'The model scores each criterion and quotes your text; quotes it invents are removed and flagged.'
        ) : (
          <>
            AI review needs a model, and none is configured. Add your own in{' '}
            <Link to="/app/settings">Settings</Link> (or ask your admin). Self and peer review work
            without one.
          </>
        )}
      </p>
      <p className="field-hint" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
