import type { ExternalCredential } from '../../../../../src/shared/practice.ts';
import { formatDate } from '../../../ui/format.ts';

const FORMAT = { ob2: 'Open Badges 2', ob3: 'Open Badges 3', link: 'Link' } as const;

/** One external credential: verified or self-reported, with the checks that decided it. */
export function CredentialItem({
  credential: c,
  onRemove,
}: {
  credential: ExternalCredential;
  onRemove: () => void;
}) {
  const verified = c.status === 'verified';
  return (
    <li className="mini-card credential-item">
      <div className="mini-card-head">
        <strong>{c.title}</strong>
        <span className={verified ? 'badge badge-ok' : 'badge badge-warning'}>
          {verified ? 'Verified' : 'Self-reported'}
        </span>
      </div>
      <p>
        {c.issuer} · {FORMAT[c.format]}
        {c.issuedOn ? ` · issued ${formatDate(c.issuedOn)}` : ''}
        {c.url ? (
          <>
            {' · '}
            <a href={c.url} target="_blank" rel="noreferrer noopener">
              Open the credential<span className="visually-hidden"> {c.title}</span>
            </a>
          </>
        ) : null}
      </p>
      {c.checks.length ? (
        <ul className="check-results">
          {c.checks.map((k) => (
            <li key={k.check} className={k.ok ? 'check-ok' : 'check-fail'}>
              <span aria-hidden="true">{k.ok ? '✓' : '✗'} </span>
              <span className="visually-hidden">{k.ok ? 'Passed: ' : 'Failed: '}</span>
              {k.check}: {k.detail}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing to verify automatically: shown to clients as self-reported.</p>
      )}
      <button type="button" className="button button-danger-ghost button-small" onClick={onRemove}>
        Remove<span className="visually-hidden"> {c.title}</span>
      </button>
    </li>
  );
}
