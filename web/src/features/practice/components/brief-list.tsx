import { Link } from 'react-router';
import type { Brief } from '../../../../../src/shared/practice.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { formatDate } from '../../../ui/format.ts';
import { LEVEL_LABELS, SCAFFOLD_LABELS } from '../practice-labels.ts';
import { SourceBadge } from './source-badge.tsx';

const STATUS = {
  open: { label: 'To do', className: 'badge' },
  submitted: { label: 'Submitted · awaiting review', className: 'badge badge-warning' },
  reviewed: { label: 'Reviewed', className: 'badge badge-ok' },
} as const;

/** Your briefs, newest first, each linking to its detail page. */
export function BriefList({ briefs }: { briefs: Brief[] }) {
  const nameOf = useSkillNames(briefs.map((b) => b.skillId));
  if (briefs.length === 0)
    return (
      <p className="empty-note">
        No briefs yet. Create one above: pick a skill you want clients to pay you for.
      </p>
    );
  return (
    <ul className="brief-list">
      {briefs.map((b) => (
        <li key={b.id} className="mini-card brief-item">
          <div className="mini-card-head">
            <Link to={`/app/practice/briefs/${b.id}`}>{b.content.title}</Link>
            <span className={STATUS[b.status].className}>{STATUS[b.status].label}</span>
          </div>
          <p>
            {nameOf(b.skillId)} · {LEVEL_LABELS[b.level]} · help:{' '}
            {SCAFFOLD_LABELS[b.scaffold.level].title} · from {b.content.persona.name},{' '}
            {b.content.persona.company} · {formatDate(b.createdAt)}
          </p>
          <div className="brief-item-foot">
            <SourceBadge source={b.source} />
            {b.evidenceId ? <span className="badge badge-ok">In your evidence ledger</span> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
