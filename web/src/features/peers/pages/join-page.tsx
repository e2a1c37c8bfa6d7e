import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { peersApi } from '../api.ts';

/** Where an invite link lands (`/app/peers/join?token=`): one button to join the circle. */
export function JoinPage() {
  usePageTitle('Join a circle');
  const token = useSearchParams()[0].get('token') ?? '';
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function join() {
    setBusy(true);
    setError(null);
    try {
      const c = await peersApi.joinCircle(token);
      navigate('/app/peers/circles', { state: { joined: c.name } });
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  return (
    <section className="panel callout" aria-labelledby="join-h">
      <h2 id="join-h">You were invited to a peer circle</h2>
      <p>
        Members see each other’s names, the outlines shared in the circle, and any peer-profile
        fields set to “My circles”. You can leave at any time.
      </p>
      {!token ? (
        <Alert tone="error">This link has no invite token. Ask for a new link.</Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={!token || busy}
          onClick={join}
        >
          {busy ? 'Joining…' : 'Join the circle'}
        </button>
        <Link to="/app/peers/circles" className="button button-secondary">
          Not now
        </Link>
      </div>
    </section>
  );
}
