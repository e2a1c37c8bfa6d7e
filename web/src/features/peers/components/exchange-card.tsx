import { useState } from 'react';
import type { Exchange } from '../../../../../src/shared/peers.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { ExchangeThread } from './exchange-thread.tsx';
import { PersonActions } from './person-actions.tsx';
import { TeachingsPanel } from './teachings-panel.tsx';

const STATUS: Record<Exchange['status'], string> = {
  requested: 'Waiting for an answer',
  accepted: 'Running',
  declined: 'Declined',
  closed: 'Closed',
};

const ANSWERS = [
  { answer: 'accept', label: 'Accept', tone: 'primary' },
  { answer: 'decline', label: 'Decline', tone: 'secondary' },
] as const;

/** One exchange: who, what each side teaches, accept/decline, and (once running) the thread. */
export function ExchangeCard({
  exchange: ex,
  busy,
  onRespond,
  onChanged,
}: {
  exchange: Exchange;
  busy: boolean;
  onRespond: (answer: 'accept' | 'decline') => void;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const nameOf = useSkillNames([...ex.learn, ...ex.offer, ...ex.teachings.map((t) => t.skillId)]);
  const names = (ids: string[]) => (ids.length ? ids.map(nameOf).join(', ') : 'nothing named');
  const incoming = ex.status === 'requested' && ex.role === 'peer';
  return (
    <li className="pr-card" data-testid="exchange-card">
      <div className="pr-card-head">
        <h3>
          {incoming ? `${ex.other.name} asks for an exchange` : `Exchange with ${ex.other.name}`}
        </h3>
        <span className={`badge pr-status-${ex.status}`}>{STATUS[ex.status]}</span>
      </div>
      <dl className="pr-swap">
        <div>
          <dt>You learn</dt>
          <dd>{names(ex.learn)}</dd>
        </div>
        <div>
          <dt>You teach</dt>
          <dd>{names(ex.offer)}</dd>
        </div>
      </dl>
      {ex.message ? <blockquote className="pr-quote">{ex.message}</blockquote> : null}
      <p className="muted pr-small">
        Requested {formatDateTime(ex.createdAt)}
        {ex.respondedAt ? ` · answered ${formatDateTime(ex.respondedAt)}` : ''}
      </p>
      <div className="pr-card-actions">
        {incoming
          ? ANSWERS.map(({ answer, label, tone }) => (
              <button
                key={answer}
                type="button"
                className={`button button-${tone}`}
                disabled={busy}
                onClick={() => onRespond(answer)}
              >
                {label}
              </button>
            ))
          : null}
        {ex.status === 'accepted' ? (
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide thread' : 'Open thread'}
          </button>
        ) : null}
        <PersonActions person={ex.other} report={{ itemType: 'exchange', itemId: ex.id }} />
      </div>
      {open ? (
        <div className="pr-exchange-body">
          <TeachingsPanel exchange={ex} nameOf={nameOf} onChanged={onChanged} />
          <ExchangeThread exchangeId={ex.id} otherName={ex.other.name} />
        </div>
      ) : null}
    </li>
  );
}
