import type { Brief } from '../../../../../src/shared/practice.ts';
import { formatDate } from '../../../ui/format.ts';
import { ClaimFlags } from '../../model/components/claim-flags.tsx';
import { SourceBadge as ModelSourceBadge } from '../../model/components/source-badge.tsx';
import { BRIEF_SOURCE_LABELS } from '../practice-labels.ts';
import { SourceBadge } from './source-badge.tsx';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** The brief as a client would send it: who writes, what they need, constraints, criteria. */
export function ClientMessage({ brief }: { brief: Brief }) {
  const { content } = brief;
  const { persona, constraints, changeRequest } = content;
  const changeDay = Math.max(1, Math.round(constraints.deadlineDays * changeRequest.at));
  const budget = new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency: constraints.budget.currency,
    maximumFractionDigits: 0,
  }).format(constraints.budget.amount);
  return (
    <article className="panel client-message" aria-labelledby="brief-title">
      <header className="message-head">
        <span className="message-avatar" aria-hidden="true">
          {initials(persona.name)}
        </span>
        <div>
          <p className="message-from">
            <strong>{persona.name}</strong> · {persona.role}, {persona.company}
          </p>
          <p className="message-style">{persona.style}</p>
        </div>
        <SourceBadge source={brief.source} />
        {brief.provenance && (brief.source === 'model' || brief.provenance.fallback) ? (
          <ModelSourceBadge
            source={brief.source === 'model' ? 'model' : 'offline'}
            provenance={brief.provenance}
          />
        ) : null}
      </header>
      {typeof brief.provenance?.reason === 'string' ? (
        <p className="field-hint">Offline brief used: {brief.provenance.reason}</p>
      ) : null}
      <ClaimFlags flags={brief.flags} />
      <h2 id="brief-title" className="message-subject">
        {content.title}
      </h2>
      <p>{content.context}</p>
      <h3>What I need</h3>
      <p>{content.deliverable}</p>
      <dl className="brief-constraints">
        <div>
          <dt>Deadline</dt>
          <dd>{constraints.deadlineDays} days</dd>
        </div>
        <div>
          <dt>Budget</dt>
          <dd>{budget}</dd>
        </div>
        <div>
          <dt>Tone</dt>
          <dd>{constraints.tone}</dd>
        </div>
        <div className="brief-tools">
          <dt>Tools</dt>
          <dd>{constraints.tools.length ? constraints.tools.join(', ') : 'Your choice'}</dd>
        </div>
      </dl>
      <h3>I will accept it when</h3>
      <ul className="acceptance-list">
        {content.acceptanceCriteria.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <aside className="change-request" aria-label="Change request">
        <p className="change-request-head">
          Follow-up from {persona.name} · day {changeDay} of {constraints.deadlineDays}
        </p>
        <p>{changeRequest.text}</p>
        <p className="field-hint">
          Handle it as you would with a real client: adapt, and say what changes.
        </p>
      </aside>
      <footer className="message-foot">
        <p className="field-hint">
          {BRIEF_SOURCE_LABELS[brief.source]} · created {formatDate(brief.createdAt)}
        </p>
        {brief.postingPatterns.length ? (
          <details>
            <summary>
              Built from {brief.postingPatterns.length} phrases in your imported postings
            </summary>
            <ul>
              {brief.postingPatterns.map((p) => (
                <li key={p}>“{p}”</li>
              ))}
            </ul>
          </details>
        ) : null}
      </footer>
    </article>
  );
}
