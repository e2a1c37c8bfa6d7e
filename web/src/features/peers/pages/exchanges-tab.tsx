import { useState } from 'react';
import { Link } from 'react-router';
import type { Exchange } from '../../../../../src/shared/peers.ts';
import { Alert } from '../../../components/alert.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { peersApi } from '../api.ts';
import { ExchangeCard } from '../components/exchange-card.tsx';

/** Skill exchanges: requests to answer, requests you sent, and running exchanges with a thread. */
export function ExchangesTab() {
  usePageTitle('Peer exchanges');
  const { data, error, reload } = useLoad(() => peersApi.exchanges(), []);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function respond(ex: Exchange, answer: 'accept' | 'decline') {
    setBusyId(ex.id);
    setNotice(null);
    try {
      await peersApi.respond(ex.id, answer);
      setNotice({
        tone: 'success',
        text:
          answer === 'accept'
            ? `You accepted ${ex.other.name}’s exchange. Open the thread to agree on a time.`
            : `You declined ${ex.other.name}’s request. They see it as declined, with no reason.`,
      });
      reload();
    } catch (e) {
      setNotice({ tone: 'error', text: describeError(e) });
    } finally {
      setBusyId(null);
    }
  }

  if (error) {
    return <LoadError what="your exchanges" message={error} onRetry={reload} />;
  }
  if (!data) return <LoadingState label="Loading your exchanges…" />;
  const all = data.exchanges;
  const incoming = all.filter((e) => e.status === 'requested' && e.role === 'peer');
  const outgoing = all.filter((e) => e.status === 'requested' && e.role === 'requester');
  const active = all.filter((e) => e.status === 'accepted');
  const past = all.filter((e) => e.status === 'declined' || e.status === 'closed');
  const groups = [
    { key: 'incoming', title: 'Requests for you', list: incoming },
    { key: 'active', title: 'Running exchanges', list: active },
    { key: 'outgoing', title: 'Waiting for an answer', list: outgoing },
    { key: 'past', title: 'Declined or closed', list: past },
  ].filter((g) => g.list.length > 0);

  return (
    <div>
      <div aria-live="polite">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      {all.length === 0 ? (
        <p className="empty-note">
          No exchanges yet. Propose one from your <Link to="/app/peers">matches</Link>: you teach
          something they want, they teach something you want.
        </p>
      ) : null}
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`ex-${g.key}`}>
          <h2 id={`ex-${g.key}`} className="pr-h2 pr-group-title">
            {g.title} <span className="muted pr-count">{g.list.length}</span>
          </h2>
          <ul className="pr-cards">
            {g.list.map((ex) => (
              <ExchangeCard
                key={ex.id}
                exchange={ex}
                busy={busyId === ex.id}
                onRespond={(answer) => respond(ex, answer)}
                onChanged={reload}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
