import type { Visibility } from '../../../../../src/shared/accounts.ts';
import type { CredentialInfo } from '../../../../../src/shared/evidence.ts';
import { FieldCheck } from '../../../ui/field-check.tsx';
import { formatDate } from '../../../ui/format.ts';
import { evidenceApi } from '../api.ts';
import { LEVEL_LABELS } from '../evidence-format.ts';

/** One issued credential: its name, status and what can be done with it. */
export function CredentialRow({
  credential: c,
  busy,
  onVerify,
  onVisibility,
  onRevoke,
}: {
  credential: CredentialInfo;
  busy: boolean;
  onVerify: () => void;
  onVisibility: (visibility: Visibility) => void;
  onRevoke: () => void;
}) {
  const name = `${c.skillName} — ${LEVEL_LABELS[c.level]} level${c.selfReported ? ' (self-reported)' : ''}`;
  const isPublic = c.visibility === 'public';
  return (
    <li className={c.revoked ? 'ev-cred ev-cred-revoked' : 'ev-cred'} data-testid="credential">
      <div className="ev-cred-main">
        <h3 className="ev-cred-title">{name}</h3>
        <p className="muted ev-small">
          Open Badges 3.0 · {c.skillName} · {LEVEL_LABELS[c.level]} · issued{' '}
          {formatDate(c.issuedAt)} · {c.evidenceIds.length} evidence entr
          {c.evidenceIds.length === 1 ? 'y' : 'ies'}
        </p>
        <p className="ev-cred-status">
          {c.revoked ? (
            <span className="badge ev-badge-bad">
              Revoked{c.revokedAt ? ` ${formatDate(c.revokedAt)}` : ''}
            </span>
          ) : (
            <span className="badge ev-badge-ok">Valid</span>
          )}{' '}
          {c.selfReported ? (
            <span
              className="badge ev-badge-info"
              title="No entry was confirmed by a client or reviewed by a qualified peer"
            >
              Self-reported
            </span>
          ) : null}{' '}
          <span className="muted ev-small">
            {c.revoked
              ? 'Anyone who verifies it sees it as revoked.'
              : isPublic
                ? 'Public: on your portfolio; anyone with the link can verify it.'
                : 'Not public: only people you send the file to can verify it.'}
          </span>
        </p>
      </div>
      <div className="ev-cred-actions">
        <button type="button" className="button button-secondary button-small" onClick={onVerify}>
          Verify
        </button>
        <a
          className="button button-ghost button-small"
          href={evidenceApi.downloadUrl(c.id, 'jwt')}
          download
        >
          Download .jwt
        </a>
        <a
          className="button button-ghost button-small"
          href={evidenceApi.downloadUrl(c.id, 'json')}
          download
        >
          Download .json
        </a>
        <FieldCheck
          checked={isPublic}
          disabled={busy}
          className="ev-public-toggle"
          onChange={(checked) => onVisibility(checked ? 'public' : 'private')}
        >
          <span>
            Public<span className="visually-hidden"> ({name})</span>
          </span>
        </FieldCheck>
        {!c.revoked ? (
          <button
            type="button"
            className="button button-danger-ghost button-small"
            onClick={onRevoke}
            disabled={busy}
            aria-label={`Revoke ${name}`}
          >
            Revoke
          </button>
        ) : null}
      </div>
    </li>
  );
}
