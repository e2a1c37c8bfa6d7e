import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { type PeerRequest, practiceApi } from '../api.ts';
import { CriterionScoresForm } from '../components/criterion-scores-form.tsx';
import { formatScore } from '../practice-labels.ts';

/** The reviewer's side of a peer review: the brief, the deliverable, and the rubric to score. */
export function PeerReviewPage() {
  usePageTitle('Peer review');
  const { token = '' } = useParams();
  const [request, setRequest] = useState<PeerRequest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    practiceApi
      .peerRequest(token)
      .then((r) => live && setRequest(r))
      .catch((e) => live && setError(describeError(e)));
    return () => {
      live = false;
    };
  }, [token]);

  if (error)
    return (
      <Alert tone="error" title="Could not open this review request">
        <p>{error}</p>
        <Link to="/app/practice">Back to Practice</Link>
      </Alert>
    );
  if (!request) return <LoadingState label="Loading the review request…" />;
  const { brief, submission } = request;
  return (
    <div className="peer-review">
      <p className="back-link">
        <Link to="/app/practice">← Practice</Link>
      </p>
      <section className="panel" aria-labelledby="peer-brief-title">
        <p className="section-title">A peer asks for your review</p>
        <h2 id="peer-brief-title">{brief.title}</h2>
        <h3>Deliverable asked for</h3>
        <p>{brief.deliverable}</p>
        <h3>Acceptance criteria</h3>
        <ul className="acceptance-list">
          {brief.acceptanceCriteria.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <h3>Their submission</h3>
        {submission.text ? (
          <ScrollRegion as="pre" className="submission-text" label="Submitted text">
            {submission.text}
          </ScrollRegion>
        ) : null}
        {submission.links.map((l) => (
          <p key={l}>
            <a href={l} target="_blank" rel="noreferrer noopener">
              {l}
            </a>
          </p>
        ))}
      </section>
      <section className="panel" aria-labelledby="peer-score-title" aria-live="polite">
        <h2 id="peer-score-title">Your review</h2>
        {done !== null ? (
          <Alert tone="success" title="Review sent">
            <p>Thank you. Average {formatScore(done)}. They see it as “a peer”, never your name.</p>
          </Alert>
        ) : request.status !== 'pending' ? (
          <p className="muted">
            {request.status === 'answered'
              ? 'You already answered this request.'
              : 'The owner withdrew this request.'}
          </p>
        ) : (
          <CriterionScoresForm
            rubric={brief.rubric}
            submitLabel="Send review"
            intro="Score each criterion 0–4 and say what to keep and what to change. Be specific: quote their text where you can."
            onSubmit={async (scores) =>
              setDone((await practiceApi.peerReview(token, scores)).average)
            }
          />
        )}
      </section>
    </div>
  );
}
