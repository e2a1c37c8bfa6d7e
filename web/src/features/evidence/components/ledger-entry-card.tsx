import type { Visibility } from '../../../../../src/shared/accounts.ts';
import {
  ASSURANCE_LABELS,
  EVIDENCE_KIND_LABELS,
  type EvidenceEntry,
} from '../../../../../src/shared/evidence.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { evidenceApi } from '../api.ts';
import { formatBytes, shortHash } from '../evidence-format.ts';
import { ConfirmationLinkPanel } from './confirmation-link-panel.tsx';
import { VisibilitySelect } from './visibility-select.tsx';

/** One ledger entry in the timeline: what, when, skills, files, who sees it, actions. */
export function LedgerEntryCard({
  entry,
  related,
  nameOf,
  busy,
  onVisibility,
  onDelete,
}: {
  entry: EvidenceEntry;
  /** Entries that point at this one (reviews of a deliverable, client confirmations). */
  related: EvidenceEntry[];
  nameOf: (skillId: string) => string;
  busy: boolean;
  onVisibility: (visibility: Visibility) => void;
  onDelete: () => void;
}) {
  if (entry.deleted) {
    return (
      <li className="ev-entry ev-entry-deleted" data-testid="ledger-entry">
        <div className="ev-entry-head">
          <span className="ev-kind">Deleted entry #{entry.seq}</span>
          <span className="muted">
            deleted {entry.deletedAt ? formatDate(entry.deletedAt) : ''}
          </span>
        </div>
        <p className="muted ev-small">
          The content is gone; a signed tombstone keeps the chain checkable (hash{' '}
          <span className="mono">{shortHash(entry.hash)}</span>).
        </p>
      </li>
    );
  }
  const confirmations = related.filter(
    (r) => r.kind === 'client_confirmation' && !r.deleted && r.assurance === 'client_confirmed',
  );
  const reviews = related.filter((r) => r.kind === 'practice_review' && !r.deleted);
  const client = typeof entry.data.client === 'string' ? entry.data.client : '';
  const confirmedBy = confirmations[0]?.data.confirmedBy;
  const selfReview = entry.data.reviewed === true && typeof entry.data.average === 'number';

  return (
    <li className={`ev-entry ev-entry-${entry.kind}`} data-testid="ledger-entry">
      <div className="ev-entry-head">
        <span className="ev-kind">{EVIDENCE_KIND_LABELS[entry.kind]}</span>
        <span
          className={`badge ${entry.assurance === 'self_reported' ? 'ev-badge-info' : 'ev-badge-ok'}`}
          data-testid="assurance"
          title={entry.assuranceDetail ?? 'How much this entry can be believed, set by Skilltrace'}
        >
          {ASSURANCE_LABELS[entry.assurance]}
        </span>
        {confirmations.length ? (
          <span className="badge ev-badge-ok">
            ✔ Confirmed by {typeof confirmedBy === 'string' ? confirmedBy : 'the client'}
          </span>
        ) : null}
        {reviews.length ? (
          <span className="badge ev-badge-info">
            {reviews.length} review{reviews.length === 1 ? '' : 's'}
          </span>
        ) : null}
        {selfReview ? (
          <span className="badge ev-badge-info">Reviewed · {String(entry.data.average)}/4</span>
        ) : null}
        <time className="muted ev-time" dateTime={entry.occurredAt}>
          {formatDate(entry.occurredAt)}
        </time>
      </div>
      <h3 className="ev-entry-title">{entry.title}</h3>
      {entry.assuranceDetail ? <p className="muted ev-small">{entry.assuranceDetail}</p> : null}
      {entry.description ? <p className="ev-entry-text">{entry.description}</p> : null}
      <ul className="ev-skill-list" aria-label="Skills">
        {entry.skills.map((s) => (
          <li key={s} className="ev-skill">
            {nameOf(s)}
          </li>
        ))}
      </ul>
      {entry.url ? (
        <p className="ev-small">
          Link:{' '}
          <a href={entry.url} target="_blank" rel="noopener noreferrer nofollow">
            {entry.url}
          </a>
        </p>
      ) : null}
      {entry.attachments.length ? (
        <ul className="ev-files" aria-label="Attachments">
          {entry.attachments.map((a) => (
            <li key={a.id}>
              <a href={evidenceApi.attachmentUrl(entry.id, a.id)} download={a.name}>
                {a.name}
              </a>{' '}
              <span className="muted">({formatBytes(a.size)})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {entry.kind === 'client_project' && !confirmations.length ? (
        <ConfirmationLinkPanel entryId={entry.id} defaultClient={client} />
      ) : null}
      <div className="ev-entry-foot">
        <span className="muted ev-small" title={`Recorded ${formatDateTime(entry.recordedAt)}`}>
          #{entry.seq} · hash <span className="mono">{shortHash(entry.hash)}</span>
        </span>
        <div className="ev-entry-actions">
          <VisibilitySelect
            value={entry.visibility}
            label={`Who can see “${entry.title}”`}
            disabled={busy}
            onChange={onVisibility}
          />
          <button
            type="button"
            className="button button-danger-ghost button-small"
            onClick={onDelete}
            disabled={busy}
            aria-label={`Delete “${entry.title}”`}
          >
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}
