import type { Submission } from '../../../../../src/shared/practice.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { formatDate } from '../../../ui/format.ts';

/**
 * What was submitted. The API does not return a past submission, so after a reload only the
 * fact of submitting is known; right after submitting, the text, links and files are shown.
 */
export function SubmissionSummary({
  submission,
  onResubmit,
}: {
  submission: Submission | null;
  onResubmit: () => void;
}) {
  return (
    <div className="submission-summary" aria-live="polite">
      {submission ? (
        <>
          <p>
            <span className="badge badge-ok">Submitted</span> {formatDate(submission.createdAt)}
          </p>
          {submission.text ? (
            <ScrollRegion as="pre" className="submission-text" label="Submitted text">
              {submission.text}
            </ScrollRegion>
          ) : null}
          {submission.links.length ? (
            <ul>
              {submission.links.map((l) => (
                <li key={l}>
                  <a href={l} rel="noreferrer noopener" target="_blank">
                    {l}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {submission.files.length ? (
            <ul className="field-hint">
              {submission.files.map((f) => (
                <li key={f.sha256}>
                  {f.name} · {Math.ceil(f.bytes / 1024)} KB · sha256 {f.sha256.slice(0, 10)}…
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p>
          <span className="badge badge-ok">Submitted</span> Your deliverable is in; reviews use your
          latest version.
        </p>
      )}
      <button type="button" className="button button-ghost button-small" onClick={onResubmit}>
        Submit a new version
      </button>
    </div>
  );
}
