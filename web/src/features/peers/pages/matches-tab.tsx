import { useState } from 'react';
import { Link } from 'react-router';
import type { PeerMatch } from '../../../../../src/shared/peers.ts';
import { Alert } from '../../../components/alert.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useLoad } from '../../../hooks/use-load.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { peersApi } from '../api.ts';
import { MatchCard } from '../components/match-card.tsx';
import { ProposeExchangeDialog } from '../components/propose-exchange-dialog.tsx';

/** Your ten best complementary, non-competing matches, each with its reasons and numbers. */
export function MatchesTab() {
  usePageTitle('Peer matches');
  const { data, error, reload } = useLoad(() => peersApi.matches(), []);
  const [proposing, setProposing] = useState<PeerMatch | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (error) {
    return <LoadError what="your matches" message={error} onRetry={reload} />;
  }
  if (!data) return <LoadingState label="Finding complementary peers…" />;
  if (!data.optedIn) {
    return (
      <section className="panel callout">
        <h2>Peer matching is off</h2>
        <p>
          Turn it on in your <Link to="/app/peers/profile">peer profile</Link>. You choose what each
          field shows; who you serve stays private unless you share it.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="matches-title">
      <div className="pr-section-head">
        <h2 id="matches-title" className="pr-h2">
          Your matches <span className="muted pr-count">{data.matches.length} of up to 10</span>
        </h2>
      </div>
      <p className="muted pr-lead">
        Each person knows something you want to learn and wants something you know. People who show
        that they serve your niche and clients are left out, so you do not train a competitor;
        someone who keeps that private is matched on what they show.
      </p>
      <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>
      {data.matches.length === 0 ? (
        <p className="empty-note">
          No complementary peers yet. Add learning goals and verified skills in your{' '}
          <Link to="/app/peers/profile">peer profile</Link>, or invite people you trust into a{' '}
          <Link to="/app/peers/circles">circle</Link>.
        </p>
      ) : (
        <ol className="pr-cards" aria-label="Matches, best first">
          {data.matches.map((m) => (
            <MatchCard
              key={m.person.userId}
              match={m}
              onPropose={() => setProposing(m)}
              onBlocked={() => {
                setNotice(`${m.person.name} is blocked and will not be matched with you again.`);
                reload();
              }}
            />
          ))}
        </ol>
      )}
      <ProposeExchangeDialog
        match={proposing}
        onClose={() => setProposing(null)}
        onSent={(name) => {
          setProposing(null);
          setNotice(`Exchange proposed to ${name}. You will see their answer under Exchanges.`);
        }}
      />
    </section>
  );
}
