import type { PeerAnnotation } from '../../../../../src/shared/peers.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { VERDICT_LABELS } from '../peers-format.ts';

/** A peer answer as an attributed source: what they said, and why their word carries weight. */
export function PeerAnnotationView({ annotation: a }: { annotation: PeerAnnotation }) {
  const { author } = a;
  const verified = author.verifiedSkills;
  return (
    <article className="pr-annotation" data-testid="peer-annotation">
      <header className="pr-annotation-head">
        <span className="badge pr-badge-peer">Peer annotation</span>
        <span className={`badge pr-verdict-${a.verdict}`}>{VERDICT_LABELS[a.verdict]}</span>
      </header>
      <p className="pr-annotation-body">{a.body}</p>
      <footer className="pr-provenance">
        <p>
          <strong>{author.name}</strong>{' '}
          <span className="muted">· answered {formatDateTime(a.createdAt)}</span>
        </p>
        <p className="pr-small">
          {author.evidenceCount} evidence {author.evidenceCount === 1 ? 'entry' : 'entries'} ·{' '}
          {author.credentialCount} {author.credentialCount === 1 ? 'credential' : 'credentials'}
          {verified.length ? ' · verified in ' : ''}
          {verified.map((s, i) => (
            <span key={s.skillId}>
              {i > 0 ? ', ' : ''}
              {s.name} ({s.credential ? 'credential' : `${s.evidence} evidence`})
            </span>
          ))}
        </p>
        <p className="muted pr-small">
          Weight in the step’s confidence: {a.weight.toFixed(2)} (more verified evidence in the
          skill, more weight).
        </p>
      </footer>
    </article>
  );
}
