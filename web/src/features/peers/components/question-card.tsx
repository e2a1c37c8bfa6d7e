import { Link } from 'react-router';
import type { Question } from '../../../../../src/shared/peers.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { TRIGGER_LABELS } from '../peers-format.ts';
import { PeerAnnotationView } from './peer-annotation-view.tsx';

/** A question you asked: why it was asked, who it went to, and the attributed answers. */
export function QuestionCard({ question: q }: { question: Question }) {
  const nameOf = useSkillNames([q.skillId]);
  const skill = nameOf(q.skillId);
  const routed =
    q.routedTo === 0
      ? `No peer with verified evidence in ${skill} was free to take it yet.`
      : `Sent to ${q.routedTo} ${q.routedTo === 1 ? 'peer' : 'peers'} with verified evidence in ${skill}; they do not see who asked.`;
  return (
    <li className="pr-card" data-testid="question-card">
      <div className="pr-card-head">
        <h3>{q.question}</h3>
        <span className="badge">{q.status === 'open' ? 'Open' : 'Closed'}</span>
      </div>
      <p className="muted pr-small">
        {skill} · asked {formatDateTime(q.createdAt)}
        {q.pathId ? (
          <>
            {' · '}
            <Link to={`/app/paths/${encodeURIComponent(q.pathId)}`}>open the path step</Link>
          </>
        ) : null}
      </p>
      {q.context ? <blockquote className="pr-quote">{q.context}</blockquote> : null}
      <p className="pr-small">
        Why peers were asked:{' '}
        {q.trigger.map((t) => (
          <span key={t} className="badge badge-warning pr-trigger">
            {TRIGGER_LABELS[t] ?? t}
          </span>
        ))}
      </p>
      <p className="pr-small">{routed}</p>
      <h4 className="pr-h4">
        {q.answers.length === 0
          ? 'No answers yet'
          : `${q.answers.length} ${q.answers.length === 1 ? 'answer' : 'answers'}`}
      </h4>
      {q.answers.map((a) => (
        <PeerAnnotationView key={a.id} annotation={a} />
      ))}
    </li>
  );
}
