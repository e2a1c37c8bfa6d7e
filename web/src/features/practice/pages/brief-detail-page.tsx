import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Brief, Review, Submission } from '../../../../../src/shared/practice.ts';
import { ApiError } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { practiceApi } from '../api.ts';
import { ClientMessage } from '../components/client-message.tsx';
import { EvidenceRecorded } from '../components/evidence-recorded.tsx';
import { ReviewSection } from '../components/review-section.tsx';
import { ScaffoldPanel } from '../components/scaffold-panel.tsx';
import { SubmissionForm } from '../components/submission-form.tsx';
import { SubmissionSummary } from '../components/submission-summary.tsx';

/** One brief: the client message, help, the deliverable, reviews and the evidence entry. */
export function BriefDetailPage() {
  const { id = '' } = useParams();
  const [brief, setBrief] = useState<Brief | null>(null);
  const [reviews, setReviews] = useState<Review[]>([]);
  const [modelActive, setModelActive] = useState(false);
  const [submission, setSubmission] = useState<Submission | null>(null);
  const [resubmit, setResubmit] = useState(false);
  const [error, setError] = useState<{ text: string; missing: boolean } | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const nameOf = useSkillNames(brief ? [brief.skillId] : []);
  usePageTitle(brief ? brief.content.title : 'Practice brief');

  const load = useCallback(async () => {
    setError(null);
    try {
      const [b, r, m] = await Promise.all([
        practiceApi.brief(id),
        practiceApi.reviews(id),
        practiceApi.modelStatus().catch(() => ({ active: 'offline' as const })),
      ]);
      setBrief(b);
      setReviews(r.reviews);
      setModelActive(m.active !== 'offline');
    } catch (e) {
      setError({
        text: describeError(e),
        missing: e instanceof ApiError && e.status === 404,
      });
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (error)
    return (
      <Alert tone="error" title={error.missing ? 'Brief not found' : 'Could not load the brief'}>
        <p>{error.missing ? 'It does not exist or is not yours.' : error.text}</p>
        <Link to="/app/practice">Back to your briefs</Link>
      </Alert>
    );
  if (!brief) return <LoadingState label="Loading the brief…" />;
  const current = brief;

  async function afterReview(review: Review) {
    setReviews((rs) => [...rs, review]);
    // The first review records evidence and may move the help level: read both again.
    setBrief(await practiceApi.brief(current.id).catch(() => current));
    setRefreshKey((k) => k + 1);
  }

  const skillName = nameOf(brief.skillId);
  return (
    <div className="brief-detail">
      <p className="back-link">
        <Link to="/app/practice">← All briefs</Link>
      </p>
      <div className="brief-layout">
        <div className="brief-message">
          <ClientMessage brief={brief} />
        </div>
        <aside className="brief-aside" aria-label="Help">
          <ScaffoldPanel
            skillId={brief.skillId}
            skillName={skillName}
            scaffold={brief.scaffold}
            refreshKey={refreshKey}
          />
        </aside>
        <div className="brief-work">
          <section className="panel" aria-labelledby="deliver-title">
            <h2 id="deliver-title">
              <span className="step-number" aria-hidden="true">
                1
              </span>
              Deliver
            </h2>
            {brief.status === 'open' || resubmit ? (
              <SubmissionForm
                briefId={brief.id}
                onSubmitted={(s) => {
                  setSubmission(s);
                  setResubmit(false);
                  setBrief({
                    ...current,
                    status: current.status === 'open' ? 'submitted' : current.status,
                  });
                }}
              />
            ) : (
              <SubmissionSummary submission={submission} onResubmit={() => setResubmit(true)} />
            )}
          </section>
          <ReviewSection
            brief={brief}
            reviews={reviews}
            modelActive={modelActive}
            onReviewed={(r) => void afterReview(r)}
          />
          {brief.evidenceId ? <EvidenceRecorded evidenceId={brief.evidenceId} /> : null}
        </div>
      </div>
    </div>
  );
}
