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
          {verified.length
            ? verified.map((s) => (
                <span key={s.skillId}>
                  In {s.name}: {s.evidence} evidence {s.evidence === 1 ? 'entry' : 'entries'} others
                  back{s.credential ? ` · a ${s.credential}-level credential` : ''}
                </span>
              ))
            : 'Nothing others back in this skill any more.'}
        </p>
        <p className="muted pr-small">
          Weight in the step’s confidence: {a.weight.toFixed(2)} (more verified evidence in the
          skill, more weight).
        </p>
      </footer>
    </article>
  );
}
