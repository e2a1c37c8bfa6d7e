import { type FormEvent, useState } from 'react';
import { useLocation } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useUser } from '../../../session/session-context.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { peersApi } from '../api.ts';
import { CircleDetail } from '../components/circle-detail.tsx';
import { CreateCircleForm } from '../components/create-circle-form.tsx';
import { OutlineCard } from '../components/outline-card.tsx';
import { ShareOutlineForm } from '../components/share-outline-form.tsx';

/** Private circles (create, join, invites, members, outlines) and public outlines. */
export function CirclesTab() {
  usePageTitle('Peer circles');
  const me = useUser();
  const circles = useLoad(() => peersApi.circles(), []);
  const invites = useLoad(() => peersApi.invites(), []);
  const publicShares = useLoad(() => peersApi.publicShares(), []);
  const myShares = useLoad(() => peersApi.myShares(), []);
  const [openId, setOpenId] = useState<string | null>(null);
  const joined = (useLocation().state as { joined?: string } | null)?.joined;
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(
    joined ? { tone: 'success', text: `You joined “${joined}”.` } : null,
  );
  const [token, setToken] = useState('');

  const done = (text: string) => {
    setNotice({ tone: 'success', text });
    circles.reload();
    invites.reload();
  };
  const fail = (e: unknown) => setNotice({ tone: 'error', text: describeError(e) });

  async function join(event: FormEvent) {
    event.preventDefault();
    const raw = token.trim();
    const t = raw.includes('token=')
      ? (new URL(raw, window.location.origin).searchParams.get('token') ?? '')
      : raw;
    if (t.length < 10) return fail(new Error('Paste the whole invite link or token.'));
    try {
      const c = await peersApi.joinCircle(t);
      setToken('');
      done(`You joined “${c.name}”.`);
    } catch (e) {
      fail(e);
    }
  }

  return (
    <div className="pr-circles">
      <div aria-live="polite">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      {invites.data && invites.data.invites.length > 0 ? (
        <section className="panel callout" aria-labelledby="invites-title">
          <h2 id="invites-title">Invites for you</h2>
          <ul className="pr-plain-list">
            {invites.data.invites.map((i) => (
              <li key={i.id} className="pr-row">
                <span>
                  <strong>{i.circleName}</strong> — from {i.invitedBy}{' '}
                  <span className="muted pr-small">(expires {formatDateTime(i.expiresAt)})</span>
                </span>
                <button
                  type="button"
                  className="button button-primary button-small"
                  onClick={() =>
                    peersApi
                      .acceptInvite(i.id)
                      .then(() => done(`You joined “${i.circleName}”.`), fail)
                  }
                >
                  Join {i.circleName}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="circles-title">
        <h2 id="circles-title" className="pr-h2 pr-group-title">
          Your circles
        </h2>
        <p className="muted pr-lead">
          Small, invite-only groups of people you trust. Fields you set to “My circles” are visible
          to their members.
        </p>
        {circles.error ? (
          <Alert tone="error">Could not load your circles: {circles.error}</Alert>
        ) : null}
        {!circles.data && !circles.error ? <LoadingState label="Loading your circles…" /> : null}
        {circles.data && circles.data.circles.length === 0 ? (
          <p className="empty-note">
            No circles yet. Create one below or join with an invite link.
          </p>
        ) : null}
        <ul className="pr-cards">
          {circles.data?.circles.map((c) => (
            <li key={c.id} className="pr-card" data-testid="circle-card">
              <div className="pr-card-head">
                <h3>{c.name}</h3>
                <span className="badge">{c.role === 'owner' ? 'Owner' : 'Member'}</span>
              </div>
              {c.description ? <p>{c.description}</p> : null}
              <p className="muted pr-small">
                {c.members} {c.members === 1 ? 'member' : 'members'} · since{' '}
                {formatDateTime(c.createdAt)}
              </p>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-expanded={openId === c.id}
                onClick={() => setOpenId(openId === c.id ? null : c.id)}
              >
                {openId === c.id ? 'Close' : 'Open'} {c.name}
              </button>
              {openId === c.id ? (
                <CircleDetail
                  circle={c}
                  myId={me.id}
                  onLeft={(text) => {
                    setOpenId(null);
                    done(text);
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <div className="pr-two">
        <section className="panel" aria-labelledby="create-title">
          <h2 id="create-title">Create a circle</h2>
          <CreateCircleForm
            onCreated={(name) => done(`Created “${name}”. Open it to invite people.`)}
          />
        </section>
        <section className="panel" aria-labelledby="join-title">
          <h2 id="join-title">Join with an invite link</h2>
          <form onSubmit={join} className="pr-form">
            <label htmlFor="join-token" className="field-label">
              Invite link or token
            </label>
            <input
              id="join-token"
              type="text"
              value={token}
              onChange={(e) => setToken(e.target.value)}
            />
            <button type="submit" className="button button-secondary">
              Join circle
            </button>
          </form>
        </section>
      </div>

      <section aria-labelledby="public-title">
        <h2 id="public-title" className="pr-h2 pr-group-title">
          Public outlines
        </h2>
        <p className="muted pr-lead">
          How others approached a skill: steps and sources, no deliverables or clients.
        </p>
        {publicShares.error ? <Alert tone="error">{publicShares.error}</Alert> : null}
        {publicShares.data && publicShares.data.shares.length === 0 ? (
          <p className="empty-note">Nobody has shared an outline publicly yet.</p>
        ) : null}
        <ul className="pr-cards">
          {publicShares.data?.shares.map((s) => (
            <OutlineCard key={s.id} share={s} />
          ))}
        </ul>
        <h3 className="pr-h3">What you shared publicly</h3>
        {myShares.data && !myShares.data.shares.some((s) => s.scope === 'public') ? (
          <p className="muted">Nothing yet.</p>
        ) : null}
        <ul className="pr-cards">
          {myShares.data?.shares
            .filter((s) => s.scope === 'public')
            .map((s) => (
              <OutlineCard
                key={s.id}
                share={s}
                onWithdraw={() => peersApi.unshare(s.id).then(myShares.reload, fail)}
              />
            ))}
        </ul>
        <ShareOutlineForm
          onShared={() => {
            myShares.reload();
            publicShares.reload();
          }}
        />
      </section>
    </div>
  );
}
