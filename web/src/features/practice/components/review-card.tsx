import type { Review, RubricCriterion } from '../../../../../src/shared/practice.ts';
import { formatDate } from '../../../ui/format.ts';
import { SourceBadge } from '../../model/components/source-badge.tsx';
import { formatScore, REVIEW_KIND_LABELS } from '../practice-labels.ts';
import { SCORE_MEANINGS } from './criterion-scores-form.tsx';

const WHO = { you: 'you', model: 'the model', peer: 'a peer' } as const;

/** One review: its average, then each rubric criterion's score, feedback, quotes and flags. */
export function ReviewCard({ review, rubric }: { review: Review; rubric: RubricCriterion[] }) {
  const model = typeof review.provenance?.model === 'string' ? review.provenance.model : null;
  const titleId = `review-${review.id}`;
  const uncounted = review.scores.filter((s) => s.counted === false).length;
  const general = review.flags.filter((f) => !f.criterionId);
  return (
    <article className={`review-card review-${review.kind}`} aria-labelledby={titleId}>
      <header className="review-head">
        <h3 id={titleId}>
          {REVIEW_KIND_LABELS[review.kind]}
          {review.kind === 'ai' ? <span className="badge badge-model">Model-generated</span> : null}
        </h3>
        <p className="review-average">
          <strong>{formatScore(review.average)}</strong> average
          {uncounted ? (
            <span className="field-hint">
              {' '}
              over {review.scores.length - uncounted} of {review.scores.length} criteria (
              {uncounted} not counted)
            </span>
          ) : null}
        </p>
        {review.kind === 'ai' && review.provenance ? (
          <SourceBadge source="model" provenance={review.provenance} />
        ) : null}
      </header>
      {general.map((f) => (
        <p key={`${f.kind}-${f.text}`} className="review-flag">
          <span className="badge badge-warning">Instruction-like text</span> “{f.text}” — {f.reason}
        </p>
      ))}
      <p className="field-hint">
        By {WHO[review.reviewer]}
        {model ? ` (${model})` : ''} · {formatDate(review.createdAt)}
      </p>
      <ul className="criterion-results">
        {rubric.map((c) => {
          const s = review.scores.find((x) => x.criterionId === c.id);
          const flagged = review.flags.filter((f) => f.criterionId === c.id);
          return (
            <li key={c.id} className="criterion-result">
              <div className="criterion-result-head">
                <span className="criterion-title">{c.title}</span>
                {s ? (
                  <span className="score-pill" data-score={s.score}>
                    {s.score}/4 · {SCORE_MEANINGS[s.score]}
                    {s.counted === false ? ' · not counted (unsupported)' : ''}
                  </span>
                ) : (
                  <span className="badge badge-warning">Not scored</span>
                )}
              </div>
              <div
                className="score-bar"
                role="presentation"
                style={{ ['--score' as string]: `${((s?.score ?? 0) / 4) * 100}%` }}
              />
              {s?.feedback ? <p className="criterion-feedback">{s.feedback}</p> : null}
              {s?.quotes.map((q) => (
                <blockquote key={q} className="review-quote">
                  <span className="visually-hidden">Quoted from your submission: </span>“{q}”
                </blockquote>
              ))}
              {flagged.map((f) => (
                <p key={`${f.kind}-${f.text}`} className="review-flag">
                  <span className="badge badge-warning">Flagged</span>{' '}
                  {f.kind === 'quote_not_found'
                    ? `Quote not found in your submission, so it was removed: “${f.text}”`
                    : `${f.kind.replace(/_/g, ' ')}: “${f.text}” — ${f.reason}`}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
