import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import { describeError } from '../forms/field-errors.ts';
import { useSession } from '../session/session-context.ts';
import { Alert } from './alert.tsx';

/**
 * "Try the demo": creates the visitor's own copy of the demo workspace, signs in to it and
 * opens its dashboard. Shows why when the server refuses (e.g. too many copies from here).
 */
export function TryDemoButton({ className = 'button button-primary' }: { className?: string }) {
  const { tryDemo } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      await tryDemo();
      navigate('/app', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'rate_limited' ? e.message : describeError(e));
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className={className} onClick={start} disabled={busy}>
        {busy ? 'Preparing your demo…' : 'Try the demo'}
      </button>
      {error ? (
        <Alert tone="error" title="Could not start the demo">
          {error}
        </Alert>
      ) : null}
    </>
  );
}
